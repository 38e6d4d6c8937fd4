/**
 * Rules of the option to keep the register of members' information on the central register kept by
 * the registrar (CA 2006 ss.128A–128K; BRIEF RM-7), and of its removal by ECCTA 2023 (EC-6).
 */
export type CentralRegisterErrorCode =
  /** EC-6: an election made on or after 18 November 2025, when ECCTA 2023 removed the option. */
  | 'CENTRAL_REGISTER_OPTION_REMOVED'
  /** RM-7: an election dated before 30 June 2016, when ss.128A–128K (SBEEA 2015 Sch 5) came into force. */
  | 'CENTRAL_REGISTER_OPTION_NOT_YET_IN_FORCE'
  /** RM-7, s.128B(2)(a): a member on the register on the election's day has not assented to it. */
  | 'CENTRAL_REGISTER_ASSENT_MISSING'
  /** RM-7: an assent given by someone who is not a member on the register on the election's day. */
  | 'CENTRAL_REGISTER_ASSENT_NOT_MEMBER'
  /** RM-7, s.128C(2): an election made while an earlier one is still in force. */
  | 'CENTRAL_REGISTER_ELECTION_IN_FORCE'
  /** RM-7, s.128J: a withdrawal with no election in force on its day. */
  | 'CENTRAL_REGISTER_NO_ELECTION';
