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
export * from './ledger/hash-chain';
