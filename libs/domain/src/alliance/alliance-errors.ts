/** Rules of partnerships, service contracts, networks and TUPE transfers (SI 2006/246). */
export type AllianceErrorCode =
  /** An organisation, partnership, service line, contract or network with an empty id or name. */
  | 'INVALID_ALLIANCE_RECORD'
  | 'ORGANISATION_ALREADY_RECORDED'
  | 'ORGANISATION_UNKNOWN'
  | 'PARTNERSHIP_MEMBER_ALREADY_ACTIVE'
  | 'PARTNERSHIP_MEMBER_NOT_ACTIVE'
  | 'MEMBERSHIP_ENDS_BEFORE_START'
  | 'SERVICE_LINE_ALREADY_RECORDED'
  | 'SERVICE_LINE_MANAGER_NOT_A_MEMBER'
  | 'CONTRACT_ENDS_BEFORE_START'
  /** A change of commissioner on or before the contract's first day, or after its last (details: startOn, endOn). */
  | 'COMMISSIONER_CHANGE_OUTSIDE_CONTRACT'
  /** A change of commissioner dated on or before the contract's latest change (details: latestOn). */
  | 'COMMISSIONER_CHANGE_OUT_OF_ORDER'
  /** A change of commissioner to the body that already commissions the contract on that day. */
  | 'COMMISSIONER_UNCHANGED'
  /** A contract's commissioner the same body as its holder. */
  | 'COMMISSIONER_IS_HOLDER'
  /** A clinical commissioning group made a contract's commissioner from 1 July 2022, when CCGs were abolished (details: commissionerId, commissionerName, abolishedOn). */
  | 'COMMISSIONER_ABOLISHED'
  /** A contract or service line starting or ending further ahead than it can have been planned (details: field, latest). */
  | 'DATED_TOO_FAR_AHEAD'
  | 'NETWORK_UNKNOWN'
  | 'PRACTICE_ALREADY_IN_A_NETWORK'
  | 'PRACTICE_NOT_IN_A_NETWORK'
  | 'PRACTICE_ALREADY_IN_THAT_NETWORK'
  /** A transfer with an empty id or party, or a malformed representation or consultation entry. */
  | 'INVALID_TRANSFER'
  | 'TRANSFER_PARTIES_SAME'
  | 'CONSULTATION_ENTRY_ALREADY_RECORDED'
  | 'CONSULTATION_REPLY_WITHOUT_REPRESENTATION'
  /** Measures or a pension arrangement the same as the one already recorded: nothing would change. */
  | 'TUPE_RECORD_UNCHANGED'
  /** One employee's record is malformed; details list each field and problem. */
  | 'INVALID_EMPLOYEE'
  | 'EMPLOYEE_ALREADY_ON_TRANSFER'
  /** A staff list has at least one bad row; details.errors lists every `{ row, field, problem }`. */
  | 'STAFF_LIST_INVALID';
