/**
 * Rules of lodged transfers (s.771), the certificate register (ss.769, 776; SR-3) and corrections of
 * the register (s.125; RM-4, SR-4), and buy-backs, forfeitures and reductions of capital (SR-1, SR-2).
 */
export type ShareRecordsErrorCode =
  | 'TRANSFER_NOT_LODGED'
  /** SH-3, s.771: an instrument of transfer of a share lodged while an earlier one of the same share still awaits the directors' decision. */
  | 'TRANSFER_ALREADY_LODGED'
  | 'TRANSFER_ALREADY_DECIDED'
  | 'TRANSFER_DECIDED_BEFORE_LODGED'
  | 'TRANSFER_REFUSAL_WITHOUT_REASONS'
  | 'CERTIFICATE_NOT_FOUND'
  | 'CERTIFICATE_ALREADY_ISSUED'
  | 'CERTIFICATE_SHARE_NOT_HELD'
  | 'NO_CERTIFICATE_TO_REPLACE'
  | 'CERTIFICATE_NOT_IN_FORCE'
  | 'INDEMNITY_AFTER_REPLACEMENT'
  | 'CERTIFICATE_ISSUED_BEFORE_HOLDING'
  | 'CORRECTION_TARGET_UNKNOWN'
  | 'CORRECTION_REASON_MISSING'
  /** RM-4, SR-4: the correction would leave a later entry breaking a rule; that one is corrected first. */
  | 'CORRECTION_BREAKS_LATER_ENTRY'
  /** RM-4, SR-4 with MA-1, WR-2: the correction would leave a member's vote, agreement, presence or chair at a general meeting or on a written resolution relying on membership the register no longer shows that day. */
  | 'CORRECTION_BREAKS_LATER_RECORD'
  /** SR-1: a cancellation or a surrender (each a reduction of capital) names neither its solvency statement nor the court's order. */
  | 'REDUCTION_WITHOUT_SOLVENCY_STATEMENT'
  | 'SOLVENCY_STATEMENT_OUT_OF_TIME'
  | 'BUY_BACK_CARRIED_BY_SELLER'
  /** SR-1: forfeiture only where the articles provide for it, after their notice. */
  | 'FORFEITURE_NOT_IN_ARTICLES'
  | 'FORFEITURE_WITHOUT_NOTICE'
  | 'FORFEITURE_NOTICE_TOO_SHORT';
