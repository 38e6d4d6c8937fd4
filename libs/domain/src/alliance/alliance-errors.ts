/** Rules of partnerships, service contracts, networks and TUPE transfers (SI 2006/246). */
export type AllianceErrorCode = never;
