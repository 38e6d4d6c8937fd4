/**
 * The governance rules of a community interest company limited by shares: pure TypeScript,
 * no framework, no database, no I/O.
 */
export * from './calendar/calendar-date';
export * from './errors';
export * from './company/company';
export * from './share-register/share-event';
export * from './share-register/share-register';
export * from './share-register/register-of-members';
export * from './share-register/record-share-event';
export * from './ledger/hash-chain';
export * from './governance/governance-settings';
export * from './governance/directors';
export * from './governance/member-snapshot';
export * from './governance/resolution';
export * from './governance/written-resolution';
export * from './governance/general-meeting';
export * from './governance/board-resolution';
export * from './governance/resolution-outcome';
export * from './governance/share-authority';
export * from './governance/governance-events';
export * from './governance/filing-periods';
export * from './governance/compliance-calendar';
export * from './governance/past-filings';
export * from './alliance/organisation';
export { isMemberOn, type DatedMembership } from './alliance/dated-period';
export * from './alliance/partnership';
export * from './alliance/service-contract';
export * from './alliance/practice-network';
export * from './alliance/alliance-events';
export * from './tupe/transferring-employee';
export * from './tupe/tupe-transfer';
export { findingsAsAt, type TupeCheck, type TupeFinding, type TupeRule } from './tupe/tupe-finding';
export * from './tupe/tupe-checks';
export * from './tupe/tupe-consultation-checks';
export * from './tupe/tupe-summary';
export { STAFF_LIST_COLUMNS, type StaffListColumn, type StaffListError } from './tupe/staff-list-row';
export * from './tupe/staff-list';
export * from './tupe/tupe-events';
