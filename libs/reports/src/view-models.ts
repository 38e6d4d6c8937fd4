import type { RegisterCorrectionView } from './correction-view';
import type { FormerParticularsView } from './former-particulars-view';
import type { NoticeSentWords } from './notice-sent-view';

/** A members' resolution's matter where the law sets a procedure or a duty for it (absent: no such matter). */
export type MatterView = 'removal-of-director' | 'removal-of-auditor' | 'amendment-of-articles' | 'change-of-objects';

/**
 * The view models the reports draw. Plain data (strings and numbers) so the API maps into them field
 * by field; nothing here knows about the database or the domain's classes.
 *
 * Calendar dates are `'YYYY-MM-DD'` strings with no time zone; instants are ISO-8601 strings in UTC
 * (`'2026-11-22T09:30:00Z'`); money is an integer number of pence.
 */

/** A calendar date, `'YYYY-MM-DD'`. */
export type CalendarDateString = string;

/** An instant, ISO-8601 with a zone designator, e.g. `'2026-11-22T09:30:00Z'`. */
export type InstantString = string;

/**
 * Rows read afresh on every call. A report calls it once per layout pass (twice in all), so the caller
 * can page through a database instead of holding the rows; both calls must yield the same rows in the
 * same order (read them as at one ledger head), or the render fails.
 */
export type RowSource<T> = () => Iterable<T> | AsyncIterable<T>;

/** The head of the hash-chained ledger a report was built from, printed on every page. */
export interface LedgerHeadView {
  readonly sequence: number;
  readonly hash: string;
  /** The fingerprint (16 hex digits of SHA-256 of the raw public key) of the Ed25519 key the service signs checkpoints of this chain with, printed under the head so an auditor can tell which published key vouches for it. */
  readonly signingKeyId?: string;
}

/** The company as named on the first page. */
export interface CompanyView {
  readonly name: string;
  readonly number: string;
  readonly registeredOffice: string;
}

/** What every report carries: whose it is, the date it speaks for, and the ledger state it came from. */
export interface ReportBasis {
  readonly company: CompanyView;
  /** The date the report is "as at", printed in the title block and every footer. */
  readonly asAt: CalendarDateString;
  /**
   * The instant written as the PDF's CreationDate and ModDate. Take it from the data (e.g. when the
   * ledger head was recorded), never the clock: equal view models must give equal bytes.
   */
  readonly documentDate: InstantString;
  readonly ledgerHead: LedgerHeadView;
  /**
   * The day (in England) the ledger head was recorded, when the report is built from the ledger. An
   * as-at date after it is printed with a note that the report shows what was recorded up to that day,
   * as it would stand on the as-at date if nothing else were recorded.
   */
  readonly recordedOn?: CalendarDateString;
}

/** A share against a member's entry (s.113(3)): number, class, nominal value and amount paid up. */
export interface ShareView {
  readonly shareNumber: number;
  readonly shareClass: string;
  readonly nominalPence: number;
  readonly paidUpPence: number;
}

/**
 * One share as held in one entry (RM-1): acquired when and from whom (null: allotted by the company),
 * disposed of when and how (`transfer`, `surrender`, `buy-back`, `forfeiture`, `cancellation`) and to whom, with the
 * certificate number and the resolutions that authorised each.
 */
export interface ShareHeldView {
  readonly shareNumber: number;
  readonly acquiredOn: CalendarDateString;
  readonly acquiredFrom: string | null;
  /** SH-2: the certificate issued for the holding, as numbered in the certificate register (`C-0001`); null: none issued. */
  readonly certificateNumber: string | null;
  readonly authorisedBy: string | null;
  readonly disposedOn: CalendarDateString | null;
  readonly disposal: string | null;
  readonly disposedTo: string | null;
  readonly disposalAuthorisedBy: string | null;
  /** FC-1: taken by a subscriber to the memorandum on incorporation ("as a subscriber on incorporation"), not allotted later. */
  readonly subscriber?: boolean;
}

/** One entry of the register (one period of membership). A former member's entry has no shares. */
export interface RegisterEntryView {
  readonly name: string;
  readonly address: string;
  readonly registeredOn: CalendarDateString;
  readonly ceasedOn: CalendarDateString | null;
  readonly shares: readonly ShareView[];
  /** RM-2: the other joint holders' names, after the first-named `name`. */
  readonly jointHolders?: readonly string[];
  /** RM-1: every share the entry held, current and disposed of; a former member's entry names its shares here. */
  readonly sharesHeld?: readonly ShareHeldView[];
  /** RM-3: earlier names, addresses and joint holders of the entry, with the day each was replaced, in the order entered. */
  readonly formerParticulars?: readonly FormerParticularsView[];
}

/** The register of members as at a date (RM-1), in register order (by name). */
export interface RegisterOfMembersView extends ReportBasis {
  /** Current and former members' entries; read twice, see {@link RowSource}. */
  readonly entries: RowSource<RegisterEntryView>;
  /** s.120: the date of the last alteration to the register, and whether more are pending. */
  readonly lastAlteration?: { readonly on: CalendarDateString; readonly pending: boolean } | null;
  /** SR-4, RM-4: every correcting entry (the register as at any date is the corrected one), each leaving the entry it voids visible. */
  readonly corrections?: readonly RegisterCorrectionView[];
}

/** An organisation in the alliance and its part in it. */
export interface AlliancePartnerView {
  readonly name: string;
  readonly role: string;
  readonly joinedOn: CalendarDateString;
  readonly leftOn: CalendarDateString | null;
}

/** A service line and the partner that manages it. */
export interface ServiceLineView {
  readonly name: string;
  readonly managedBy: string;
  readonly from: CalendarDateString;
  readonly until: CalendarDateString | null;
}

/** A contract the company holds with a commissioner. */
export interface ServiceContractView {
  readonly reference: string;
  readonly title: string;
  /** Who commissions it on the report's day. */
  readonly commissioner: string;
  /** The change of commissioner that made it the commissioner (its first day and how it passed), or null when it let the contract. */
  readonly since: { readonly on: CalendarDateString; readonly reason: string | null } | null;
  /** Who commissioned it before, each from the day a change made it so (null: it let the contract) to its last day; empty if none. */
  readonly earlierCommissioners: readonly { readonly name: string; readonly from: CalendarDateString | null; readonly until: CalendarDateString }[];
  readonly startsOn: CalendarDateString;
  readonly endsOn: CalendarDateString | null;
  readonly annualValuePence: number | null;
}

/** Full-time equivalents in one Agenda for Change band: totals only, never people. */
export interface FteBandView {
  readonly band: string;
  readonly headcount: number;
  readonly fte: number;
}

/** A TUPE transfer, summarised: counts and totals, no personal data. */
export interface TupeTransferView {
  readonly reference: string;
  /** e.g. 'Service provision change (re-tender)'. */
  readonly kind: string;
  readonly transferor: string;
  readonly transferee: string;
  readonly transferOn: CalendarDateString;
  /** Employees assigned to the grouping immediately before the transfer. */
  readonly inScopeHeadcount: number;
  readonly transferredHeadcount: number;
  /** Employees who objected (reg 4(7)); a count only. */
  readonly objectorCount: number;
  readonly fteByBand: readonly FteBandView[];
}

/** The result of one compliance check (TU-4 … TU-9) on a transfer. */
export interface ComplianceFindingView {
  readonly transferReference: string;
  /** The rule checked, e.g. 'TU-4 ELI on time'. */
  readonly check: string;
  readonly status: 'met' | 'not met' | 'open';
  readonly detail: string;
}

/** The alliance as at a date: partners, service lines, contracts, TUPE transfers and findings. */
export interface AllianceReportView extends ReportBasis {
  readonly partners: readonly AlliancePartnerView[];
  readonly serviceLines: readonly ServiceLineView[];
  readonly contracts: readonly ServiceContractView[];
  readonly transfers: readonly TupeTransferView[];
  readonly findings: readonly ComplianceFindingView[];
}

/** An agreement to a written resolution (WR-3): a member's with the votes it carries, or a director's (1). */
export interface AgreementView {
  readonly name: string;
  readonly agreedOn: CalendarDateString;
  readonly votes: number;
}

/**
 * A vote at a meeting; `votes` is the number of votes cast (1 on a show of hands). `note`: how it was
 * cast ("by proxy: Ms A") or why it is not counted ("interested; not counted").
 */
export interface VoteView {
  readonly name: string;
  readonly vote: 'for' | 'against' | 'abstain';
  readonly votes: number;
  readonly note?: string;
}

/**
 * A share change a resolution authorises, as the resolution's page names it ("buy-back of share 14").
 * `buy-back`: a cancellation approving the company's off-market purchase of the share (s.694).
 */
export interface AuthorisationView {
  readonly action: 'allotment' | 'transfer' | 'cancellation' | 'buy-back';
  readonly shareNumber: number;
  /**
   * A buy-back on a members' resolution: the member holding the share on the circulation date or the
   * day of the meeting, who was not an eligible member of a written resolution and whose votes at a
   * meeting do not count (SR-2, s.695); absent where nobody held it.
   */
  readonly seller?: string;
}

/** How the resolution was decided, with the dates and the record that belongs to each procedure. */
export type ResolutionProcedureView =
  | {
      readonly kind: 'written';
      readonly circulatedOn: CalendarDateString;
      /** Members' written resolutions (WR-3); null for the directors', which do not lapse. */
      readonly lapsesOn: CalendarDateString | null;
      /** Eligible members' total votes on the circulation date (WR-2), or the directors then on the board. */
      readonly eligibleVotes: number;
      readonly agreements: readonly AgreementView[];
    }
  | {
      readonly kind: 'meeting';
      /** The meeting as named, e.g. "General meeting GM-2025-01" or "Board meeting BM-2024-03". */
      readonly meeting: string;
      /** General meetings: the day notice was given; null for a board meeting (no notice is recorded). */
      readonly noticeGivenOn: CalendarDateString | null;
      /** MT-2 (s.1147): the day the notice was sent and how, when recorded. MT-1, s.307(4)–(6): short notice and the members' agreement, in words. Absent or null otherwise. */
      readonly noticeSent?: NoticeSentWords | null;
      readonly shortNotice?: string | null;
      readonly meetingOn: CalendarDateString;
      /** Days the meeting sat before it was adjourned to `meetingOn` (MA-3). */
      readonly adjournedFrom: readonly CalendarDateString[];
      readonly chair: string | null;
      /** How the votes were taken: a general meeting on a show of hands or a poll (s.282–284), a board by the directors' votes. */
      readonly method: VotingMethod;
      readonly votes: readonly VoteView[];
      /**
       * The votes that count, as the outcome counted them (leaving out an interested director's where
       * the articles do, MA-2, and a buy-back's seller's where the item passes without them, s.695(3));
       * absent: counted from `votes`, leaving out those noted "not counted".
       */
      readonly counted?: { readonly inFavour: number; readonly against: number; readonly abstaining: number };
    };

/** A copy of one resolution with its procedure, record of votes and outcome. */
export interface ResolutionCopyView extends ReportBasis {
  readonly reference: string;
  readonly title: string;
  /** Whose resolution it is: the members' (ss.281–283) or the directors' (the articles). */
  readonly decidedBy: 'members' | 'directors';
  /** Members' resolutions: ordinary or special; null for the directors'. */
  readonly kind: 'ordinary' | 'special' | null;
  /** The resolution's text; blank lines separate paragraphs. */
  readonly text: string;
  readonly procedure: ResolutionProcedureView;
  readonly passedOn: CalendarDateString | null;
  readonly filingDueOn: CalendarDateString | null;
  readonly outcome: {
    readonly status: 'passed' | 'not passed' | 'lapsed' | 'pending';
    /**
     * Votes needed to pass, e.g. 19 of 37 for a written ordinary resolution; null where no vote counts
     * (a meeting not yet held, or one without a quorum or due notice).
     */
    readonly required: number | null;
    /**
     * MA-2 (model articles art. 13): passed on an equality of votes by the chair's casting vote; the copy
     * then says the votes were equal instead of giving the number needed, which the votes for fell short of.
     */
    readonly castingVote?: true;
    readonly summary?: string;
  };
  /** The share changes the resolution authorises, in the order it names them; empty for none. */
  readonly authorises: readonly AuthorisationView[];
  /** s.168(2), s.511, s.312: the day the company received special notice of a resolution removing a director or an auditor; absent for others. */
  readonly specialNoticeReceivedOn?: CalendarDateString;
  /** SH-4, s.696(2): the day the contract for a buy-back it approves was disclosed to members (sent, written; open to inspection from, meeting); absent for others. */
  readonly contractDisclosedOn?: CalendarDateString;
  /** What a members' resolution is for, where the law sets its procedure or a duty (s.168, s.510, s.21; a change of the objects, CI-6); absent for any other. */
  readonly matter?: MatterView;
  /**
   * EC-3: one sentence for each director who took part in the board's decision while their identity
   * verification was due and not done, as the resolution's page words it; empty for none (and for
   * members' resolutions).
   */
  readonly unverifiedDirectors: readonly string[];
}

/** How a meeting's votes were taken: at a general meeting on a show of hands or a poll (ss.282–284); at a board meeting by the directors' votes. */
export type VotingMethod = 'show of hands' | 'poll' | 'directors';
