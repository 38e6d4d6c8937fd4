/** Rules of the record of officers, the company's particulars and the inspection log (EC-1…EC-5, FC-5, IN-1…IN-6). */
export type OfficerErrorCode =
  | 'OFFICER_NOT_FOUND'
  | 'OFFICER_ALREADY_IN_OFFICE'
  /** EC-2: an appointment of someone (same name and date of birth) already holding that office. */
  | 'OFFICER_ALREADY_APPOINTED'
  | 'OFFICER_NOT_IN_OFFICE'
  | 'CHANGE_BEFORE_APPOINTMENT'
  /** s.168: a term recorded as ended by removal whose resolution is not a passed members' resolution removing a director (`checkRemovalResolution`). */
  | 'REMOVAL_RESOLUTION_INVALID'
  | 'VERIFICATION_NOT_FOR_DIRECTOR'
  /** EC-3: an identity verification dated before Companies House began verifying identities (8 April 2025). */
  | 'VERIFIED_BEFORE_VERIFICATION_BEGAN'
  /** EC-3: an identity verification identical to the one in force (the same day, route and personal code), sent again. */
  | 'IDENTITY_VERIFICATION_ALREADY_RECORDED'
  /** EC-3: an AP01 recorded as filed before the director's identity was verified. */
  | 'IDENTITY_NOT_VERIFIED'
  /** A confirmation statement made up to a date from 5 March 2024 recorded with no registered email address on record. */
  | 'REGISTERED_EMAIL_MISSING'
  /** A confirmation statement made up to a date from 5 March 2024 recorded without the statement that the company's intended future activities are lawful (CA 2006 s.853A). */
  | 'LAWFUL_PURPOSE_STATEMENT_MISSING'
  | 'PERSONAL_DETAILS_MISSING'
  /** s.157: a director not yet 16 on the day of appointment (or born after it). */
  | 'DIRECTOR_UNDER_MINIMUM_AGE'
  /** A director's date of birth making them older than 120 on the day of appointment: no real date of birth. */
  | 'DATE_OF_BIRTH_IMPLAUSIBLE'
  /** EC-2: an appointment of someone with the name of an officer in that office, not said to be a different person. */
  | 'OFFICER_NAME_IN_OFFICE'
  | 'PARTICULARS_CHANGE_EMPTY'
  /** EC-4: a change of an officer's particulars that changes none of them. */
  | 'OFFICER_PARTICULARS_UNCHANGED'
  | 'INVALID_COMPANY_NUMBER'
  | 'COMPANY_NUMBER_ALREADY_SET'
  | 'INVALID_SIC_CODES'
  | 'INVALID_REFERENCE_DAY'
  | 'REGISTER_OF_OFFICERS_AFTER_ECCTA'
  | 'INSPECTION_REQUEST_NOT_FOUND'
  | 'INSPECTION_REQUEST_ALREADY_RECORDED'
  | 'INSPECTION_REQUEST_ALREADY_ANSWERED'
  | 'ANSWER_BEFORE_REQUEST'
  | 'INVALID_REQUEST_ANSWER'
  /** IN-5: a day or hours that cannot be named for an inspection. */
  | 'INSPECTION_APPOINTMENT_INVALID'
  /** IN-5: fewer working days' notice than SI 2008/3006 reg 4 requires. */
  | 'INSPECTION_NOTICE_TOO_SHORT'
  /** EC-5: no share in issue, so no PSC position to state. */
  | 'PSC_NO_POSITION'
  | 'PSC_STATEMENT_ALREADY_RECORDED';
