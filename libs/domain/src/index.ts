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
export * from './resolutions/governance-settings';
export * from './resolutions/directors';
export * from './resolutions/member-snapshot';
export * from './resolutions/resolution';
export * from './resolutions/written-resolution';
export * from './resolutions/general-meeting';
export * from './resolutions/board-resolution';
export * from './resolutions/resolution-outcome';
export * from './resolutions/share-authority';
export * from './compliance/filing-periods';
export * from './compliance/compliance-calendar';
export * from './alliance/organisation';
export { isMemberOn, type DatedMembership } from './alliance/dated-period';
export * from './alliance/partnership';
export * from './alliance/service-contract';
export * from './alliance/practice-network';
export * from './alliance/tower-hamlets-alliance';
export * from './tupe/transferring-employee';
export * from './tupe/tupe-transfer';
export { findingsAsAt, type TupeCheck, type TupeFinding, type TupeRule } from './tupe/tupe-finding';
export * from './tupe/tupe-checks';
export * from './tupe/tupe-consultation-checks';
export * from './tupe/tupe-summary';
export * from './tupe/csv';
export { STAFF_LIST_COLUMNS, type StaffListColumn, type StaffListError } from './tupe/staff-list-row';
export * from './tupe/staff-list';
export * from './tupe/health-visiting-2016';
