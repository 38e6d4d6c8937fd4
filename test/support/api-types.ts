// Generated from the OpenAPI document by `npm run openapi:types` (openapi-typescript). Do not edit.

export interface paths {
    "/api/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List companies
         * @description Each with the company number and registered office in force today (FC-5).
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["CompaniesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a company
         * @description The company number and registered office in force today (FC-5); `GET …/particulars?asAt=` for another day.
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["CompaniesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/asset-locked-bodies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the asset-locked bodies the articles name
         * @description The asset-locked bodies (CICs and charities) the company’s articles name at the end of `asAt` (today by default), to which the asset lock allows a transfer below full value without the Regulator’s consent (CIC Regs 2005 Sch 2 para 1; CI-2); and every change of them recorded, by the day it took effect, with the special resolution and the Regulator’s approval that made it (CI-6).
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["AssetLockedBodiesController_list"];
        put?: never;
        /**
         * Record a change of the asset-locked bodies the articles name
         * @description From `effectiveOn` the articles name exactly `bodies` ([]: none). Naming or changing the asset-locked body in the articles needs a members’ special resolution passed on or before that day (CA 2006 s.21; 422 SPECIAL_RESOLUTION_REQUIRED, 404 RESOLUTION_NOT_FOUND) and the CIC Regulator’s approval, its reference and date, on or before that day (CI-6; 422 REGULATOR_APPROVAL_REQUIRED, APPROVAL_AFTER_CHANGE). Bodies already named that day are 422 ASSET_LOCKED_BODIES_UNCHANGED; a back-dated change that would leave a transfer recorded as to a named body unnamed on its day is 409 ASSET_LOCKED_BODY_HAS_TRANSFERS. A refusal writes nothing; the same `Idempotency-Key` sent again is answered as the first was.
         *
         *     Roles: secretary.
         */
        post: operations["AssetLockedBodiesController_change"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/asset-transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the register of asset transfers
         * @description Each transfer of the company’s assets with the ground the asset lock allowed it on (CIC Regs 2005 Sch 2 para 1; CI-2) and the value transferred below full consideration (pence). `asAt`: those dated by the end of that day (all by default). `financialYearEnd`: only the company’s financial year ending that day (its accounting reference period, CA 2006 ss.390–392; a day that ends none is 422 NOT_A_FINANCIAL_YEAR_END; the year ends the company recorded, its dividends’ years, are its years’ ends, s.390(3), so a year begins the day after the recorded end of the one before and another day of a recorded year’s period is 422 FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY), with its total below full consideration, the figure the CIC34 report states (CI-5).
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["AssetTransfersController_list"];
        put?: never;
        /**
         * Record a transfer of assets
         * @description The asset lock (CIC Regs 2005 Sch 2 para 1; CI-2, CI-6) classifies it: full consideration; to an asset-locked body named in the articles; to another asset-locked body with the Regulator’s consent; or for the benefit of the community. A transfer below full value that fits none is refused (422 ASSET_LOCK_BREACH, REGULATOR_CONSENT_REQUIRED, CONSENT_AFTER_TRANSFER) and nothing is written. The same `Idempotency-Key` sent again is answered as the first was, with the same ledger entry, and records nothing.
         *
         *     Roles: secretary.
         */
        post: operations["AssetTransfersController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the certificate register
         * @description The certificate register: every certificate issued, with the date and reason of its cancellation.
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["CertificatesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/certificates/{certificateNumber}/certificate.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a certificate by its number (PDF)
         * @description A certificate of the certificate register as issued (`1` or `C-0001`), byte-identical on every download.
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["CertificateReportController_certificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the compliance calendar
         * @description The compliance calendar: duties due from `from` to `to`, with status as at `asAt`. A confirmation statement done lists in `undeliveredNotices` the notices (AP01, TM01, CH01, AP03, TM02, CH03, AD01, PSC01, PSC08) of changes on or before its confirmation date that were not delivered by the day it was, which it confirmed as delivered (CA 2006 s.853A(1)(b)).
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["DeadlinesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/directors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the register of directors
         * @description The register of directors; with `asAt`, the board on that day.
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["DirectorsController_list"];
        put?: never;
        /**
         * Appoint a director
         * @description A name and service address only. A director appointed on or after 18 November 2025 needs the s.163 and s.165 particulars (EC-4): this route refuses such an appointment (422 `PERSONAL_DETAILS_MISSING`); record it through `POST …/officers` with them.
         *
         *     Roles: secretary.
         */
        post: operations["DirectorsController_appoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/directors/{directorId}/resignation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a director's resignation
         * @description Roles: secretary.
         */
        post: operations["DirectorsController_resign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/dividends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List dividends declared, with each financial year's cap and headroom
         * @description CI-3 / CI-5: each dividend declared (by the end of `asAt`, or every one without it; of one financial year with `financialYearEnd`, a day that ends one of the company’s financial years, CA 2006 ss.390–392, or 422 NOT_A_FINANCIAL_YEAR_END; another day than the one a dividend recorded names for the same period, s.390(3), is 422 FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY), by the day declared and then the order recorded; and for each financial year they are paid out of the figures the CIC34 report states: distributable profits, the aggregate cap (35% of them, rounded down to whole pence, reg 19), the total declared and the headroom left. Amounts in whole pence.
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["DividendsController_list"];
        put?: never;
        /**
         * Record a dividend declared
         * @description CI-3: only where the articles allow it and a members' ordinary or special resolution passed on or before the day declared approves it (reg 17); out of one of the company's financial years, its accounting reference periods (CA 2006 ss.390–392), ending on the accounting reference date or up to 7 days either side of it (s.390(3); 422 NOT_A_FINANCIAL_YEAR_END otherwise); the year's dividends together at most 35% of its distributable profits (reg 19); declared from 1 October 2014 (SI 2014/2483), not before incorporation nor after today. A refusal writes nothing. The same `Idempotency-Key` sent again is answered as the first was, with the same ledger entry (the year's figures as they stand then), and records nothing.
         *
         *     Roles: secretary.
         */
        post: operations["DividendsController_declare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/filings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a filing
         * @description Records that a filing was made or a duty done, which marks it done in the calendar.
         *
         *     Roles: secretary.
         */
        post: operations["DeadlinesController_recordFiling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/filings/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import past filings (CSV or JSON)
         * @description Records past filings all together or not at all: a CSV with the header `kind,reference,filedOn` (text/csv) or JSON `{filings: [...]}`. Every bad row is listed (400 for its shape, 422 `FILINGS_INVALID` for a duty the calendar does not know, a filing already recorded, one dated before what it files, or one stating what is not on record: an AP01 of a director whose identity is not verified by its date, a confirmation statement made up to a date from 5 March 2024 with no registered email address on record or without its statement of lawful purpose: a `lawfulPurposeStatement` column of `yes`, CA 2006 s.853A).
         *
         *     Roles: secretary.
         */
        post: operations["DeadlinesController_importFilings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/inspection-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List inspection requests
         * @description Requests received by `asAt` (default today), each with its validity, deadline, status, day named for the inspection (IN-5), fee and s.120 statement. The requester's address is personal data: only the secretary's answer carries it (`personalData: true`).
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["CompanyRecordsController_listRequests"];
        put?: never;
        /**
         * Record an inspection request
         * @description Roles: secretary.
         */
        post: operations["CompanyRecordsController_receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/inspection-requests/{requestId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer an inspection request
         * @description Roles: secretary.
         */
        post: operations["CompanyRecordsController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/inspection-requests/{requestId}/appointment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Name the day and hours of an inspection
         * @description IN-5 (SI 2008/3006 reg 4): a working day, between 9am and 5pm, for at least 2 hours, with 10 working days' notice (2 when the notice is given during a general meeting's notice period or a written resolution's period); England and Wales bank holidays are not working days. A later naming replaces the earlier one.
         *
         *     Roles: secretary.
         */
        post: operations["CompanyRecordsController_nameAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read ledger entries
         * @description The company's ledger entries in sequence order, with their hashes; an entry voided by a correction has `correctedBy` (RM-4).
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["LedgerController_page"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/ledger/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sign a checkpoint of the ledger's head
         * @description A checkpoint of the chain's head, signed with the service's Ed25519 key (kept outside the database), and the public key to check it with. Keep it: `verify?knownSequence=&knownHash=` later proves the ledger still holds that entry unchanged.
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["LedgerController_checkpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/ledger/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct a ledger entry
         * @description Corrects the register (RM-4, SR-4; s.125): a new ledger entry voids the share entry `correctsSequence`, optionally putting a corrected entry in its place. The original stays in the ledger, marked as corrected; the register as at every date reflects the correction. An entry not in force (no share entry, or one corrected before) is 409 `CORRECTION_TARGET_UNKNOWN` naming its ledger number (`details.correctsSequence`) and, when corrected before, the correction's (`details.correctedBySequence`), both numbers as `sequence` is. A correction that would leave a member's vote, agreement, presence or chair at a general meeting or on a written resolution relying on membership the corrected register no longer shows that day (SR-4 with MA-1, WR-2) is 409 `CORRECTION_BREAKS_LATER_RECORD`, naming the member, the record (`details.response`, `resolutionId`, `reference`, `meetingId`, `meetingReference`) and the day (`details.on`); so is one that would change the eligible members of a written resolution already circulated (WR-2, `response: eligible`), with the member's shares when the circulation date began, before and after (`details.sharesBefore`, `sharesAfter`).
         *
         *     Roles: secretary.
         */
        post: operations["CorrectionsController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/ledger/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the whole ledger (JSON)
         * @description The whole ledger as JSON with every hash, streamed; check it offline with `npm run verify-ledger -- <file>`.
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["ReportsController_ledgerExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/ledger/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify the ledger's hash chain and projection
         * @description `{valid, events, headHash, headSequence, projection}`, or `{valid: false, events, firstBreak}` naming the first broken link. `projection` says whether the register tables equal the fold of the ledger, or names the first row that differs. With `knownSequence` and `knownHash` (a head you hold, e.g. from a checkpoint), `knownHead` says whether the ledger still has that entry with that hash.
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["LedgerController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List meetings
         * @description Every meeting in the order recorded, its items' outcomes as at `asAt`. Given `asAt`, only the meetings called by the end of that day: a general meeting once its notice was given, a board meeting on the day it is held.
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["MeetingsController_list"];
        put?: never;
        /**
         * Call a meeting
         * @description A meeting called with its items (each a resolution), and optionally who attended and an adjournment.
         *
         *     Roles: secretary.
         */
        post: operations["MeetingsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a meeting
         * @description Roles: secretary, board, auditor.
         */
        get: operations["MeetingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/meetings/{meetingId}/adjournments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adjourn a meeting
         * @description The meeting adjourned from its current sitting to a later day (MA-3).
         *
         *     Roles: secretary.
         */
        post: operations["MeetingsController_adjourn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/meetings/{meetingId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record attendance at a meeting
         * @description People present at the meeting's current sitting.
         *
         *     Roles: secretary.
         */
        post: operations["MeetingsController_attend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/meetings/{meetingId}/interests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a declaration of interest at a board meeting
         * @description MA-2 (model articles art. 14): a director recorded present at a sitting declares an interest in items of the meeting (1 = first item) after the attendance was recorded and before voting on them. From then on the director counts neither in the quorum nor in the vote on those items, as if the attendance had named them. `declaredOn` is the day of the sitting that takes the items. Refused: a director not recorded present (`DIRECTOR_NOT_PRESENT`), no attendance yet (`ATTENDANCE_NOT_RECORDED`), an item the director has voted on or decided at an earlier sitting (`INTEREST_DECLARED_AFTER_VOTE`), an interest already recorded (`INTEREST_ALREADY_DECLARED`, 409), an item or day not of the meeting (`ATTENDANCE_NOT_FOR_MEETING`).
         *
         *     Roles: secretary.
         */
        post: operations["MeetingsController_declareInterest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/meetings/{meetingId}/minutes.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a meeting's minutes (PDF)
         * @description The minutes of a meeting: attendance and quorum at each sitting, each item's outcome, the chair's signature line. 409 `MEETING_NOT_YET_HELD` before the day it is held.
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["ReportsController_minutes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/members/{memberId}/particulars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a change of a member's particulars
         * @description RM-3: a dated change of a member's name, address or joint holders (RM-2).
         *
         *     Roles: secretary.
         */
        post: operations["PracticesController_memberParticulars"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/networks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List practice networks as at a date
         * @description Every practice network and its practices as at the end of `asAt` (default today).
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["NetworksController_asAt"];
        put?: never;
        /**
         * Record a practice network
         * @description Roles: secretary.
         */
        post: operations["NetworksController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/networks/{networkId}/practices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a practice to a network
         * @description A practice that is in no network joins this one.
         *
         *     Roles: secretary.
         */
        post: operations["NetworksController_addPractice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/networks/moves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a practice to another network
         * @description A practice leaves its network and joins another on the same day.
         *
         *     Roles: secretary.
         */
        post: operations["NetworksController_move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/officers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List officers
         * @description Every term of office; with `asAt`, those in office at the end of that day.
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["OfficersController_list"];
        put?: never;
        /**
         * Appoint an officer
         * @description Roles: secretary.
         */
        post: operations["OfficersController_appoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/officers/{officerId}/identity-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an officer's identity verification
         * @description EC-3. A verification identical to the one in force (the same day, route and personal code) is refused, 409 `IDENTITY_VERIFICATION_ALREADY_RECORDED`, nothing written; one dated before 8 April 2025, when Companies House began verifying identities, is 422 `VERIFIED_BEFORE_VERIFICATION_BEGAN`; the same `Idempotency-Key` sent again is answered as the first was.
         *
         *     Roles: secretary.
         */
        post: operations["OfficersController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/officers/{officerId}/particulars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a change of an officer's particulars
         * @description Roles: secretary.
         */
        post: operations["OfficersController_change"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/officers/{officerId}/resignation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that an officer left office: a resignation, or a director's removal by the members (s.168)
         * @description Roles: secretary.
         */
        post: operations["OfficersController_resign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/officers/warnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List identity verification warnings
         * @description EC-3: directors in office not verified by `asAt` (default today), each with the day verification was or is due; and (EC-2, EC-3) directors appointed since 18 November 2025 whose appointment is not yet notified (no AP01 filed by `asAt`: `appointment-not-notified`, with the AP01's due day), who must not act until it is.
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["OfficersController_warnings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organisations
         * @description Every organisation recorded: partners, commissioners, employers.
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["OrganisationsController_list"];
        put?: never;
        /**
         * Record an organisation
         * @description Roles: secretary.
         */
        post: operations["OrganisationsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/organisations/{organisationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an organisation
         * @description Roles: secretary, board, auditor.
         */
        get: operations["OrganisationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/particulars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the company's particulars
         * @description The particulars in force at the end of `asAt` (default today), and every dated change in the order they apply (by effective date, then as recorded).
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["CompanyRecordsController_readParticulars"];
        put?: never;
        /**
         * Record a change of the company's particulars
         * @description Roles: secretary.
         */
        post: operations["CompanyRecordsController_changeParticulars"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/partnerships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List partnerships as at a date
         * @description Every partnership as at the end of `asAt` (default today): members, roles, service lines, and the dated history.
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["PartnershipsController_list"];
        put?: never;
        /**
         * Record a partnership
         * @description Roles: secretary.
         */
        post: operations["PartnershipsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/partnerships/{partnershipId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a partnership as at a date
         * @description Roles: secretary, board, auditor.
         */
        get: operations["PartnershipsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/partnerships/{partnershipId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a member to a partnership
         * @description An organisation joins in a role; the response is the partnership as at that day.
         *
         *     Roles: secretary.
         */
        post: operations["PartnershipsController_addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/partnerships/{partnershipId}/members/{organisationId}/departure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a member leaving a partnership
         * @description A member leaves; the response is the partnership as at that day.
         *
         *     Roles: secretary.
         */
        post: operations["PartnershipsController_recordDeparture"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/partnerships/{partnershipId}/service-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a service line to a partnership
         * @description A service the partnership provides, managed directly by one member.
         *
         *     Roles: secretary.
         */
        post: operations["PartnershipsController_addServiceLine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/practices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List practices as at a date
         * @description The borough's practices on the list as at `asAt` (default today): particulars and network that day, eligibility, closure and history.
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["PracticesController_list"];
        put?: never;
        /**
         * Add a practice to the list
         * @description RM-1: a practice joins the list; an allotment with `holder: {practiceId}` then admits it as a member.
         *
         *     Roles: secretary.
         */
        post: operations["PracticesController_admit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/practices/{practiceId}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a change of a practice's particulars
         * @description RM-3: a dated change of the practice's particulars, carried to its member's register entry.
         *
         *     Roles: secretary.
         */
        post: operations["PracticesController_change"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/practices/{practiceId}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a practice's closure
         * @description SH-5: the practice ceases; it leaves its network and a share it holds becomes a dated duty.
         *
         *     Roles: secretary.
         */
        post: operations["PracticesController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/psc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the PSC statement
         * @description The PSC position in force at the end of `asAt` (default today) computed from the register, its warnings, every dated position (`statements`), the statements the company recorded (`recorded`) and the changes of position no recorded statement covers yet (`unrecorded`).
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["CompanyRecordsController_readPsc"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/psc/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the PSC statement
         * @description EC-5: the statement the company makes on `madeOn`, kept in the ledger as a dated record (`psc.statement-recorded`): the position the register of members gives at the end of that day. One a day. A statement naming registrable persons records that the company has their confirmed particulars: the PSC01 for that change falls due 14 days after it (EC-2).
         *
         *     Roles: secretary.
         */
        post: operations["CompanyRecordsController_recordPsc"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the register of members
         * @description The register of members (s.113) as at a date: current and former members, in name order, paged. A share held jointly (s.113(5)) names every joint holder as they stood on that day: `name` is the first-named holder and `jointHolders` the other joint holders after it, in order (absent for a sole holder; `[]` with `include=history`, whose `particulars` give each version's joint holders). A current entry whose practice has ceased and still holds its share carries `practiceCeased` `{practiceId, ceasedOn, duties: [{reference, shareNumber, action, dueOn}]}` until the share leaves it (SH-5).
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["RegisterController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/register-of-members/central-register-election": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read where the register of members' information is kept
         * @description Where the register of members' information is kept at the end of `asAt` (today by default): `keptAt` `company` (the company's own register at its registered office, s.114; RM-1) or `companies-house` (the central register under an election, ss.128B–128D; RM-7), with `electedOn`, the day the election took effect, while it is; and `history`, each change by then: `election-made` (with `assentedBy`), `election-withdrawn` (s.128J), or `election-ended-by-law` on 2025-11-18, when ECCTA 2023 removed the option and an election still in force ended (EC-6).
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["CentralRegisterElectionController_read"];
        put?: never;
        /**
         * Record an election to keep the register of members' information at Companies House, or its withdrawal
         * @description `action` `elect`: the election (s.128B), effective on `effectiveOn`, the day the registrar registered the notice (s.128C); `assentedBy` lists the members who assented, and every member on the register that day must be among them (s.128B(2)(a); 422 CENTRAL_REGISTER_ASSENT_MISSING with `missing`, each `{memberId, name}`; 422 CENTRAL_REGISTER_ASSENT_NOT_MEMBER for an id not on the register that day). No election before 2016-06-30, when ss.128A–128K came into force (422 CENTRAL_REGISTER_OPTION_NOT_YET_IN_FORCE), nor on or after 2025-11-18, when ECCTA 2023 removed the option (422 CENTRAL_REGISTER_OPTION_REMOVED, EC-6), nor while one is in force (409 CENTRAL_REGISTER_ELECTION_IN_FORCE). `withdraw`: the withdrawal of the election in force (s.128J; 409 CENTRAL_REGISTER_NO_ELECTION when there is none that day). Dated on or after incorporation and not after today (422). A refusal writes nothing; the same `Idempotency-Key` sent again is answered as the first was.
         *
         *     Roles: secretary.
         */
        post: operations["CentralRegisterElectionController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/reports/alliance.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the alliance report (PDF)
         * @description Partners, service lines, contracts, TUPE transfers (totals only) and findings as at `asAt` (default today).
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["ReportsController_alliance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/reports/officers.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the register of officers (PDF)
         * @description Directors and secretaries as at `asAt` (default today): before 18 November 2025 the register of directors and of secretaries; from then the record of officers and their notifications (EC-1).
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["OfficersReportController_officers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/reports/register-of-members.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the register of members (PDF)
         * @description The register of members (current and former entries) as at `asAt` (default today in the UK), streamed page by page.
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["ReportsController_registerOfMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/reports/register.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the register of members (CSV)
         * @description The register as CSV: a header line and one line per entry, as at `asAt` (default today), then one line per entry voided by a correction (SR-4), marked `Voided` `yes` (`no` on every entry's line) with what it recorded, the day it was voided and the reason. Cells a spreadsheet would run as a formula are neutralised; `bom=true` starts it with a UTF-8 byte-order mark.
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["ReportsController_registerCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/resolutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List resolutions
         * @description Every resolution proposed by the end of `asAt` (default today), as it stood then: the agreements, votes and attendance recorded as done by that day, and its outcome as at that day.
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["ResolutionsController_list"];
        put?: never;
        /**
         * Propose a resolution
         * @description Proposes a board or members' resolution; eligible members or the board are fixed from the registers.
         *
         *     Roles: secretary.
         */
        post: operations["ResolutionsController_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/resolutions/{resolutionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a resolution
         * @description A resolution as it stood at the end of `asAt` (default today): the agreements, votes and attendance recorded as done by that day, and its outcome then. A day before it was proposed (circulated, notice given or sent, or its board meeting held) is refused with 400 naming `asAt`.
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["ResolutionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/resolutions/{resolutionId}/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record agreement to a written resolution
         * @description A member's (or director's) agreement to a written resolution, irrevocable once recorded.
         *
         *     Roles: secretary.
         */
        post: operations["ResolutionsController_agree"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/resolutions/{resolutionId}/copy.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a copy of a resolution (PDF)
         * @description A copy of the resolution with its record of votes and outcome as at `asAt`; without `asAt`, as at its decisive date (passed, failed or lapsed on; else the last response or its proposal), never today.
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["ReportsController_resolutionCopy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/resolutions/{resolutionId}/regulator-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the CIC Regulator's decision on a change of the objects
         * @description CI-6 (CIC Regulator guidance ch.5 §5.4; CA 2006 s.21): a special resolution changing the company's objects is pending once passed until the CIC Regulator decides. Approved, the articles are amended on `decidedOn`, and the articles as amended are owed to the registrar within 15 days of it (s.26, an `articles-filing` duty in the compliance calendar); refused, the articles are unchanged and nothing is owed under s.26. The answer is the resolution’s standing with the Regulator. 404 NOT_FOUND for a resolution the company has none of; 422 NOT_AWAITING_REGULATOR for one that is not a change of the objects or not passed, 409 REGULATOR_ALREADY_DECIDED for a second decision (the Regulator decides once); 422 DATED_AFTER_RECORDING for a date after today, REGULATOR_DECISION_BEFORE_PASSING for one before the resolution passed. A refusal writes nothing.
         *
         *     Roles: secretary.
         */
        post: operations["RegulatorDecisionsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/resolutions/{resolutionId}/short-notice-agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record consent to short notice
         * @description A member's consent to a general meeting at short notice.
         *
         *     Roles: secretary.
         */
        post: operations["ResolutionsController_shortNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/resolutions/{resolutionId}/votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a vote on a resolution
         * @description A vote at the meeting that decides the resolution.
         *
         *     Roles: secretary.
         */
        post: operations["ResolutionsController_vote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/service-contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List service contracts
         * @description The company's service contracts; with `asAt`, only those running at the end of that day. `currentCommissionerId` is who commissions each on `asAt` (or today).
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["OrganisationsController_listContracts"];
        put?: never;
        /**
         * Record a service contract
         * @description Roles: secretary.
         */
        post: operations["OrganisationsController_recordContract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/service-contracts/{contractId}/commissioner-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the commissioner of a service contract
         * @description The contract passes to another commissioner from `on` (by novation, or by statute: the Health and Care Act 2022 moved each CCG's contracts to its ICB on 1 July 2022). The change falls after the contract starts, not after it ends, and after its latest change; the ledger keeps who let the contract and every change.
         *
         *     Roles: secretary.
         */
        post: operations["OrganisationsController_changeCommissioner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/share-allotments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Allot a share
         * @description Allots a share (s.554) and enters the holder on the register.
         *
         *     Roles: secretary.
         */
        post: operations["ShareEventsController_allot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/share-cancellations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a share
         * @description Records a share surrendered, bought back or cancelled; its number is never used again.
         *
         *     Roles: secretary.
         */
        post: operations["ShareEventsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/share-events/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record share events in one batch
         * @description Allotments, transfers and cancellations (each with its `type`), checked one after another by the same rules and written all or nothing in one transaction: one extension of the chain. A refused event gives its own error with its `index` in `details`, and nothing is written.
         *
         *     Roles: secretary.
         */
        post: operations["ShareEventsController_recordBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/share-transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List lodged transfers
         * @description Transfers lodged with the company and the decision on each (s.771); `status=lodged`: those still to decide; `corrected`: registered, but the share transfer entered for it was later voided by a correcting entry (`correctedBy`: its ledger sequence; `replacedBy`: the entry in force in its place, or null).
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["LodgedTransfersController_list"];
        put?: never;
        /**
         * Record a share transfer
         * @description Registers a transfer lodged with the company (s.770–771); with `status: "lodged"` (and no `effectiveOn`) records it as lodged, to be registered or refused later, and returns its `transferId`; a lodged transfer is refused, nothing written, unless the share is in issue and held by `fromMemberId` on `lodgedOn` (`SHARE_NOT_ISSUED`, `SHARE_ALREADY_CANCELLED`, `SHARE_NOT_HELD_BY_MEMBER`).
         *
         *     Roles: secretary.
         */
        post: operations["ShareEventsController_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/share-transfers/{transferId}/refusal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refuse a lodged transfer
         * @description Refuses a lodged transfer: the notice of refusal with reasons (s.771). The register is unchanged.
         *
         *     Roles: secretary.
         */
        post: operations["LodgedTransfersController_refuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/share-transfers/{transferId}/registration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a lodged transfer
         * @description Registers a lodged transfer (s.770): the share passes to the transferee on `effectiveOn`.
         *
         *     Roles: secretary.
         */
        post: operations["LodgedTransfersController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/shares/{shareNumber}/certificate.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a share's current certificate (PDF)
         * @description The certificate (SH-2) for the share's current holding, as issued and numbered in the certificate register. While none has been issued for the holding, a draft: its number and date of issue print as "not yet issued" and it is marked "DRAFT — not a certificate until issued and recorded" (issue it with `POST …/shares/:shareNumber/certificates`). 404 share never allotted, 409 cancelled.
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["ReportsController_certificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/shares/{shareNumber}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a share certificate issued
         * @description Records the certificate issued for the share's holding (s.769, s.776): it does the SH-2 duty.
         *
         *     Roles: secretary.
         */
        post: operations["CertificatesController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/shares/{shareNumber}/certificates/replacement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a replacement certificate
         * @description Issues a replacement for a lost or defaced certificate (SR-3), marked as such; the old one is cancelled.
         *
         *     Roles: secretary.
         */
        post: operations["CertificatesController_replace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/tupe-transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List TUPE transfers
         * @description Every transfer as it stood at the end of `asAt` (default today: the ELI received and its updates, the log entries and the objections dated by then), with its totals and its number of findings then.
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["TupeTransfersController_list"];
        put?: never;
        /**
         * Record a TUPE transfer
         * @description Roles: secretary.
         */
        post: operations["TupeTransfersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/tupe-transfers/{transferId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a TUPE transfer
         * @description The transfer as it stood at the end of `asAt` (the ELI received and its updates, the log entries and the objections dated by then), its totals (no personal data), its compliance findings and the claims they open as at `asAt` (default today): TU-5 (reg 12), the transferee's against the transferor for employee liability information missing, late or incomplete, at least £500 (`minimumPence`) per employee concerned; TU-8 (regs 15–16), the affected employees' or their representatives' for a failure to inform or consult, up to 13 weeks' pay each (`maximumPence`, a total; transferor and transferee jointly and severally liable for the transferor's failure). Each is presented within three months beginning with the transfer date (`lastDayToClaim`; `open` while `asAt` is not after it). Only breaches open a claim. No employee's pay is given: board members and auditors see the total, but not where it is one employee's pay (`maximumWithheld`).
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["TupeTransfersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/tupe-transfers/{transferId}/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a consultation log entry
         * @description An entry of the information and consultation log (TU-6): information, consultation, representation or reply.
         *
         *     Roles: secretary.
         */
        post: operations["TupeTransfersController_recordConsultation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/tupe-transfers/{transferId}/eli-receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record employee liability information received
         * @description Employee liability information received (TU-4): the first receipt, then updates.
         *
         *     Roles: secretary.
         */
        post: operations["TupeTransfersController_recordEliReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/tupe-transfers/{transferId}/employees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the staff list
         * @description The staff list. The secretary gets every record in full (name, date of birth, pay, band, ELI); board members and auditors get the totals and, per employee, only staff number, role, FTE, assignment, whether they objected and which ELI items are missing.
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["TupeEmployeesController_list"];
        put?: never;
        /**
         * Import the staff list (CSV or JSON)
         * @description Imports the transferor's staff list (ELI spreadsheet) as `text/csv` (header row first, up to 5 MB) or as `application/json` `{"rows": [{column: value}]}`. Every row is checked; if any is bad nothing is saved and the 422 lists each `{row, field, problem}`. Rows merge by staff number, so the same file twice adds nobody: 201 when records were added or changed, 200 (and no ledger entry) when not.
         *
         *     Roles: secretary.
         */
        post: operations["TupeEmployeesController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/tupe-transfers/{transferId}/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record measures envisaged
         * @description The measures one party envisages, or that it envisages none (TU-6).
         *
         *     Roles: secretary.
         */
        post: operations["TupeTransfersController_recordMeasures"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/tupe-transfers/{transferId}/pension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the pension arrangement
         * @description The pension arrangement (TU-9).
         *
         *     Roles: secretary.
         */
        post: operations["TupeTransfersController_recordPension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/winding-up-distribution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Work out how the residual assets would be distributed on a winding up
         * @description CI-4 (CIC Regs 2005 reg 23): given the company’s residual assets in whole pence (`residualAssetsPence`: what is left once its liabilities and the costs of the winding up are met), how they would be distributed as at the end of `asAt` (today in England by default). Each member on the register that day (`members`, in the register’s order, with `name` as the register gives it and `jointHolders` for a joint holding) receives at most the paid-up value of the shares they hold (`paidUpPence`); when the residual assets are less than the total paid up they are shared in proportion to the paid-up values, in whole pence by the largest remainder (ties in the register’s order), so the `entitlementPence` add up exactly to `toMembersPence`. The rest, `residuePence`, goes to the asset-locked bodies the articles name that day in the proportions the articles provide (`residueTo.kind` `named-asset-locked-bodies`), or, when they name none, as the CIC Regulator directs (`as-regulator-directs`). A read: nothing is recorded.
         *
         *     Roles: secretary, board, auditor.
         */
        get: operations["WindingUpController_distribution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tokens
         * @description Every token with its status, expiry, revocation and last use; never a token or its hash.
         *
         *     Roles: secretary.
         */
        get: operations["TokensController_list"];
        put?: never;
        /**
         * Issue a token
         * @description Makes a token for a role, optionally expiring; the token is in this response only.
         *
         *     Roles: secretary.
         */
        post: operations["TokensController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a token
         * @description Revokes a token: from then on it is refused (401).
         *
         *     Roles: secretary.
         */
        delete: operations["TokensController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Service health
         * @description `{status, database}`: whether the service can reach its database, and which kind it is.
         *
         *     Public: no token needed.
         */
        get: operations["HealthController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description Liveness: the process is up and serving HTTP (200 `{status: "ok"}`); restart it if this fails.
         *
         *     Public: no token needed.
         */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description Readiness: the database answers (`database`), its migrations are current (`migrations`) and, on the embedded database, its data directory can be written and has at least `DATA_DIR_MIN_FREE_MB` free (`dataDirectory`); 503 with the failing checks otherwise.
         *
         *     Public: no token needed.
         */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AddNetworkPracticeDto: {
            /**
             * Format: date
             * @description The day it joins the network
             * @example 2009-04-01
             */
            on: string;
            /**
             * @description A practice of the company
             * @example practice-z00001
             */
            practiceId: string;
        };
        AddPartnershipMemberDto: {
            /**
             * Format: date
             * @description The day it joins: a member as at the end of that day
             * @example 2017-04-01
             */
            on: string;
            /**
             * @description A recorded organisation
             * @example barts-health
             */
            organisationId: string;
            /** @enum {string} */
            role: "alliance-manager" | "partner" | "commissioner";
        };
        AddServiceLineDto: {
            /**
             * Format: date
             * @description Last day of the service
             * @example 2026-03-06
             */
            endOn?: string;
            /**
             * @description The member that manages it directly
             * @example tower-hamlets-gp-care-group
             */
            managedById: string;
            /** @example Out of hours service */
            name: string;
            /**
             * @description Defaults to the name in lower case with hyphens
             * @example out-of-hours-service
             */
            serviceLineId?: string;
            /**
             * Format: date
             * @description First day of the service
             * @example 2017-04-01
             */
            startOn: string;
        };
        AdjournMeetingDto: {
            /**
             * Format: date
             * @example 2024-06-27
             */
            to: string;
        };
        AdmitPracticeDto: {
            /** @example 1 Example Street, London E1 1AA */
            address: string;
            /** @example Example Health Centre */
            name: string;
            /**
             * @description A network it joins the same day
             * @example network-1
             */
            networkId?: string;
            /**
             * @description The practice’s ODS code: letters and digits
             * @example Z00038
             */
            odsCode: string;
            /**
             * Format: date
             * @description The day it joins the list
             * @example 2026-04-01
             */
            on: string;
            /**
             * @description Defaults to `practice-` and the ODS code in lower case
             * @example practice-z00038
             */
            practiceId?: string;
        };
        AnswerInspectionRequestDto: {
            /** @enum {string} */
            answer: "complied" | "applied-to-court" | "invalid-request";
            /**
             * Format: date
             * @example 2026-12-23
             */
            answeredOn: string;
            /** @example copy sent by post */
            note?: string;
        };
        AppointDirectorDto: {
            /**
             * Format: date
             * @example 2014-09-01
             */
            appointedOn: string;
            /**
             * @description Recorded trimmed, each run of spaces one space
             * @example Dr A. Example (synthetic)
             */
            name: string;
            /** @example 1 Demo Yard, London E1 0XX */
            serviceAddress: string;
        };
        AppointOfficerDto: {
            /**
             * Format: date
             * @example 2026-11-02
             */
            appointedOn: string;
            /**
             * @description Director: country or state of usual residence
             * @example United Kingdom
             */
            countryOfResidence?: string;
            /**
             * Format: date
             * @description Protected: the secretary alone sees it; others see the month and year
             * @example 1970-05-14
             */
            dateOfBirth?: string;
            /**
             * @description EC-2: the person appointed is not the officer of the same name already in that office (another date of birth); without it such an appointment is refused with 409 OFFICER_NAME_IN_OFFICE naming that term
             * @default false
             */
            differentPerson?: boolean;
            /** @description Former names (s.163(1)(b)) */
            formerNames?: string[];
            /**
             * @description Recorded trimmed, each run of spaces one space
             * @example Dr A. Example (synthetic)
             */
            name: string;
            /** @example British */
            nationality?: string;
            /** @example General practitioner */
            occupation?: string;
            /**
             * @description Protected (s.165): the secretary alone sees it
             * @example 12 Home Street, London E1 2AB
             */
            residentialAddress?: string;
            /** @enum {string} */
            role: "director" | "secretary";
            /** @example 1 Demo Yard, London E1 0XX */
            serviceAddress: string;
        };
        AttendeeDto: {
            directorId?: string;
            /** @description Board meetings: the items (numbered from 1) the director is interested in (MA-2) */
            interestedIn?: number[];
            memberId?: string;
            /** @description The proxy who attended for the member (s.324) */
            proxyName?: string;
            /** @description The corporate member's representative (s.323) */
            representativeName?: string;
        };
        ChangeAssetLockedBodiesDto: {
            /** @description Every body the articles name from that day, each number once (at most 20); [] when they cease to name any */
            bodies: components["schemas"]["NamedAssetLockedBodyDto"][];
            /**
             * Format: date
             * @description The day the change of the articles takes effect (YYYY-MM-DD): on or after incorporation, not after today
             * @example 2025-05-01
             */
            effectiveOn: string;
            /**
             * Format: date
             * @description The date the Regulator approved the change, on or before effectiveOn (422 APPROVAL_AFTER_CHANGE otherwise); without it 422 REGULATOR_APPROVAL_REQUIRED
             * @example 2025-04-20
             */
            regulatorApprovalOn?: string;
            /**
             * @description The CIC Regulator's reference for its approval of the change (CI-6); without it 422 REGULATOR_APPROVAL_REQUIRED
             * @example CIC/ART/0007
             */
            regulatorApprovalReference?: string;
            /**
             * @description The members' special resolution that made the change, passed on or before effectiveOn (CA 2006 s.21); without it, or for another kind of resolution or one passed later, 422 SPECIAL_RESOLUTION_REQUIRED
             * @example resolution-12
             */
            resolutionId?: string;
        };
        ChangeCommissionerDto: {
            /**
             * @description The organisation that commissions the contract from `on`
             * @example north-east-london-icb
             */
            commissionerId: string;
            /**
             * Format: date
             * @description The first day the new commissioner commissions the contract: after the contract starts, not after it ends
             * @example 2022-07-01
             */
            on: string;
            /**
             * @description How the contract passed
             * @example Health and Care Act 2022: the CCG was abolished and its contracts passed to the ICB
             */
            reason?: string;
        };
        ChangeMemberParticularsDto: {
            /** @example 2 Example Street, London E1 1AB */
            address?: string;
            /**
             * Format: date
             * @description The day the new particulars take effect
             * @example 2026-06-01
             */
            effectiveOn: string;
            /**
             * @description The other joint holders after the first-named; `[]` for a sole holder
             * @example [
             *       "Dr B Example"
             *     ]
             */
            jointHolders?: string[];
            /** @example Example Medical Practice */
            name?: string;
        };
        ChangeOfficerParticularsDto: {
            /**
             * @description Director: country or state of usual residence
             * @example United Kingdom
             */
            countryOfResidence?: string;
            /**
             * Format: date
             * @description Protected: the secretary alone sees it; others see the month and year
             * @example 1970-05-14
             */
            dateOfBirth?: string;
            /**
             * Format: date
             * @description The day the particulars changed
             * @example 2026-11-20
             */
            effectiveOn: string;
            /** @description Former names (s.163(1)(b)) */
            formerNames?: string[];
            /** @description Recorded trimmed, each run of spaces one space */
            name?: string;
            /** @example British */
            nationality?: string;
            /** @example General practitioner */
            occupation?: string;
            /**
             * @description Protected (s.165): the secretary alone sees it
             * @example 12 Home Street, London E1 2AB
             */
            residentialAddress?: string;
            serviceAddress?: string;
        };
        ChangeParticularsDto: {
            /** @description Raises an AA01, due on the effective date (s.392) */
            accountingReferenceDate?: components["schemas"]["ReferenceDayDto"];
            /**
             * @description 8 digits, or 2 letters and 6 digits; never changes once set
             * @example 09191234
             */
            companyNumber?: string;
            /**
             * Format: date
             * @description The day the change takes effect
             * @example 2026-11-30
             */
            effectiveOn: string;
            /** @example secretary@example.org */
            registeredEmailAddress?: string;
            /**
             * @description Raises an AD01, due on the effective date (s.87)
             * @example 1 New Yard, London E1 1AA
             */
            registeredOffice?: string;
            /**
             * @example [
             *       "86210"
             *     ]
             */
            sicCodes?: string[];
        };
        ChangePracticeDto: {
            /** @example 2 Example Street, London E1 1AB */
            address?: string;
            /**
             * Format: date
             * @description The day the new particulars take effect
             * @example 2026-06-01
             */
            effectiveOn: string;
            /** @example Example Medical Practice */
            name?: string;
        };
        ClosePracticeDto: {
            /**
             * Format: date
             * @description The day it ceases: it leaves its network that day
             * @example 2026-09-30
             */
            effectiveOn: string;
            /** @enum {string} */
            reason: "closed" | "merged" | "contract-ended";
            /**
             * @description The practice that carries it on (required for a merger)
             * @example practice-z00002
             */
            successorPracticeId?: string;
        };
        CorrectedShareEventDto: {
            /** @description The authorising resolution; defaults to the corrected entry’s */
            authorisedBy?: string;
            /**
             * Format: date
             * @example 2024-05-20
             */
            effectiveOn: string;
            /**
             * Format: date
             * @description Cancellation by forfeiture: the day the notice requiring payment was given; defaults to the corrected entry’s
             * @example 2026-03-06
             */
            forfeitureNoticeOn?: string;
            /** @description Transfer: the transferor */
            fromMemberId?: string;
            /** @description Allotment: the holder */
            holder?: components["schemas"]["HolderDto"];
            /**
             * Format: date
             * @description Transfer: the day it was lodged; defaults to the corrected entry’s, else effectiveOn
             * @example 2026-03-06
             */
            lodgedOn?: string;
            /** @description Cancellation: the holder */
            memberId?: string;
            /** @description Cancellation: a note */
            note?: string;
            /** @description Allotment: amount paid up; defaults to the nominal value */
            paidUpPence?: number;
            /**
             * @description Cancellation: why
             * @enum {string}
             */
            reason?: "surrender" | "buy-back" | "forfeiture" | "cancellation";
            shareNumber: number;
            /** @description Transfer: the transferee */
            to?: components["schemas"]["HolderDto"];
            /** @enum {string} */
            type: "allotment" | "transfer" | "cancellation";
        };
        CreateCorrectionDto: {
            /** @description The ledger sequence of the share entry corrected (its eventId) */
            correctsSequence: number;
            /**
             * @description The court order rectifying the register (s.125), if any
             * @example CR-2024-000123
             */
            courtOrderReference?: string;
            /**
             * @description Why the entry is corrected
             * @example The transfer was entered to the wrong practice
             */
            reason: string;
            /** @description The corrected entry put in its place; none voids it */
            replacement?: components["schemas"]["CorrectedShareEventDto"];
        };
        CreateMeetingDto: {
            /**
             * Format: date
             * @description The day the meeting was adjourned to (MA-3)
             * @example 2026-03-06
             */
            adjournedTo?: string;
            /** @description Present on the day it was held */
            attendance?: components["schemas"]["AttendeeDto"][];
            /** @description Board meetings: the director in the chair */
            chairDirectorId?: string;
            /** @description General meetings: the member in the chair */
            chairMemberId?: string;
            /** @description General meetings: the name of the chair (a director, say) */
            chairName?: string;
            /**
             * Format: date
             * @example 2024-06-20
             */
            heldOn: string;
            items: components["schemas"]["MeetingItemDto"][];
            /** @enum {string} */
            kind: "general" | "annual-general" | "board";
            /**
             * Format: date
             * @description General meetings: the day the notice was deemed delivered (MT-2, s.1147). Give it, or the day the notice was sent with how (`noticeSentOn` and `noticeSentBy`), from which the service works it out; not both.
             * @example 2026-03-10
             */
            noticeGivenOn?: string;
            /**
             * @description General meetings: how the notice was sent, with `noticeSentOn`: hand, post (prepaid, in the United Kingdom) or electronic (email)
             * @enum {string}
             */
            noticeSentBy?: "hand" | "post" | "electronic";
            /**
             * Format: date
             * @description General meetings: the day the notice was sent or handed over, with `noticeSentBy`. The day it is deemed delivered (`noticeGivenOn` in the answer) is worked out from them (MT-2, s.1147): by hand that day; by post or electronic means 48 hours later, counting working days in England and Wales only. Not after today.
             * @example 2026-03-06
             */
            noticeSentOn?: string;
            /** @enum {string} */
            voting?: "show-of-hands" | "poll";
        };
        CreateShareAllotmentDto: {
            /** @description The resolution that authorises this change, where the articles require one */
            authorisedBy?: string;
            /**
             * Format: date
             * @description The date the allotment is entered on the register
             * @example 2024-04-01
             */
            effectiveOn: string;
            holder: components["schemas"]["HolderDto"];
            /** @description Defaults to the nominal value (fully paid) */
            paidUpPence?: number;
            /** @description Defaults to the next number never used before */
            shareNumber?: number;
            /** @description A subscriber's share taken on incorporation (dated the day of incorporation): no SH01 is due for it (FC-1) */
            subscriber?: boolean;
        };
        CreateShareCancellationDto: {
            /** @description The resolution that authorises this change, where the articles require one */
            authorisedBy?: string;
            /** @description SR-1: for reason cancellation or surrender, the court order confirming the reduction (s.648), instead of a solvency statement */
            courtOrderReference?: string;
            /**
             * Format: date
             * @example 2024-06-30
             */
            effectiveOn: string;
            /**
             * Format: date
             * @description SR-1: for reason forfeiture, the day the notice requiring payment of the call was given (the articles' clear days before the forfeiture)
             * @example 2024-06-01
             */
            forfeitureNoticeOn?: string;
            /** @description The holder; checked when given */
            memberId?: string;
            /** @example Practice merged with the Example Practice */
            note?: string;
            /**
             * @description SH-4: for reason buy-back, the price paid for the share in integer pence; a CIC pays no more than the share's paid-up value (422 `BUY_BACK_PRICE_ABOVE_PAID_UP`)
             * @example 100
             */
            pricePence?: number;
            /**
             * @description `forfeiture` only where the articles provide for it (the articles' `forfeiture` setting; SR-1: not a reduction of capital); `cancellation` and `surrender` are reductions of capital (SR-1: a special resolution and a solvency statement or court order, then SH19)
             * @enum {string}
             */
            reason: "surrender" | "buy-back" | "forfeiture" | "cancellation";
            shareNumber: number;
            /**
             * Format: date
             * @description SR-1: for reason cancellation or surrender (a reduction of capital), the day of the directors' solvency statement (s.642), in the 15 days before the special resolution
             * @example 2024-06-20
             */
            solvencyStatementOn?: string;
        };
        CreateShareTransferDto: {
            /** @description The resolution that authorises this change, where the articles require one */
            authorisedBy?: string;
            /**
             * Format: date
             * @description The day the transfer is registered; left out when it is only lodged
             * @example 2024-05-20
             */
            effectiveOn: string;
            /**
             * Format: date
             * @description SR-1: for reason forfeiture, the day the notice requiring payment of the call was given (the articles' clear days before the forfeiture)
             * @example 2024-06-01
             */
            forfeitureNoticeOn?: string;
            /** @description The transferor named on the instrument of transfer; must hold the share */
            fromMemberId: string;
            /**
             * Format: date
             * @description The day the instrument of transfer was lodged
             * @example 2024-05-01
             */
            lodgedOn: string;
            shareNumber: number;
            /**
             * @description lodged: recorded as lodged, to be registered or refused within two months (s.771)
             * @default registered
             * @enum {string}
             */
            status?: "lodged" | "registered";
            to: components["schemas"]["HolderDto"];
        };
        CreateTokenDto: {
            /**
             * @description When the token stops working: an instant with its time zone, after now and within 3650 days. Not with expiresInDays.
             * @example 2027-03-31T23:59:59Z
             */
            expiresAt?: string;
            /**
             * @description Days from now until the token stops working (1–3650). Not with expiresAt.
             * @example 90
             */
            expiresInDays?: number;
            /** @example Board member: Dr A. Example */
            name: string;
            /** @enum {string} */
            role: "secretary" | "board" | "auditor";
        };
        CreateTupeTransferDto: {
            /** @description Special circumstances that made 28 days’ notice of ELI impracticable (reg 11(6)) */
            eliSpecialCircumstances?: string;
            measures?: components["schemas"]["MeasuresByPartyDto"];
            pension?: components["schemas"]["PensionDto"];
            representation: components["schemas"]["RepresentationDto"];
            /**
             * @description A recorded service contract
             * @example health-visiting
             */
            serviceContractId?: string;
            /**
             * Format: date
             * @description Employees transfer at the start of this day
             * @example 2016-04-01
             */
            transferDate: string;
            /**
             * @description A recorded organisation: the new employer
             * @example tower-hamlets-gp-care-group
             */
            transfereeId: string;
            /**
             * @description Defaults to a new UUID
             * @example tupe-2016-health-visiting
             */
            transferId?: string;
            /**
             * @description A recorded organisation: the old employer
             * @example barts-health
             */
            transferorId: string;
            /** @enum {string} */
            type: "service-provision-change" | "business-transfer";
        };
        DeclareDividendDto: {
            /** @description The secretary's confirmation that the company's articles allow dividends (reg 17(1)(a)); false is 422 ARTICLES_DO_NOT_ALLOW_DIVIDENDS */
            articlesAllowDividends: boolean;
            /**
             * @description The article (clause) of the articles of association that allows dividends
             * @example Article 36
             */
            articlesClause: string;
            /**
             * Format: date
             * @description The day the dividend was declared: on or after 1 October 2014, the company's incorporation and the resolution approving it, not after today
             * @example 2024-07-15
             */
            declaredOn: string;
            /**
             * @description The year's distributable profits, in pence: the same figure for every dividend out of the year (409 DISTRIBUTABLE_PROFITS_DIFFER otherwise)
             * @example 10000000
             */
            distributableProfitsPence: number;
            /**
             * Format: date
             * @description The last day of the financial year the dividend is paid out of: one of the company's financial years, its accounting reference periods (CA 2006 ss.390–392: the first from incorporation, up to 18 months; one a change of accounting reference date shortened or lengthened), ended on the accounting reference date or up to 7 days either side of it (s.390(3); 422 NOT_A_FINANCIAL_YEAR_END otherwise). The year must have begun by the day declared
             * @example 2024-09-30
             */
            financialYearEnd: string;
            /** @description The members' ordinary or special resolution that approved the dividend, passed on or before the day it was declared (a board resolution does not do: 422 DIVIDEND_NOT_APPROVED) */
            resolutionId: string;
            /**
             * @description The total dividend, in pence: with the year's other dividends at most 35% of its distributable profits, rounded down (422 DIVIDEND_CAP_EXCEEDED)
             * @example 3500000
             */
            totalPence: number;
        };
        DeclareInterestDto: {
            /**
             * Format: date
             * @description The day of the sitting the interest was declared at: the meeting day or a day it was adjourned to, when the items are taken
             * @example 2024-06-20
             */
            declaredOn: string;
            /** @description A director recorded present at the sitting */
            directorId: string;
            /**
             * @description The items (1 = first) the director declares an interest in
             * @example [
             *       2
             *     ]
             */
            interestedIn: number[];
        };
        /** @description The one shape of every error response. */
        ErrorBody: {
            /**
             * @description A stable, machine-readable code: the rule broken or the reason refused.
             * @example HOLDER_NOT_ELIGIBLE
             */
            code: string;
            /** @description What the code needs to be acted on: the fields refused, the record named, the rule broken. */
            details?: unknown;
            /** @description What went wrong, in words. */
            message: string;
            /**
             * @description The HTTP status, repeated.
             * @example 422
             */
            statusCode: number;
        };
        HolderDto: {
            /** @example 1 Example Street, London E1 1AA */
            address?: string;
            /**
             * @description RM-2: the other joint holders, after the first-named holder in `name` (a partnership’s partners); one address for all
             * @example [
             *       "Dr B Example",
             *       "Dr C Example"
             *     ]
             */
            jointHolders?: string[];
            /** @description An existing member of this company */
            memberId?: string;
            /** @example Partners of the Example Health Centre */
            name?: string;
            /** @description The practice the new holder is entered for */
            practiceId?: string;
        };
        IssueCertificateDto: {
            /**
             * Format: date
             * @description The day the certificate was issued (ready for the holder)
             * @example 2024-06-01
             */
            issuedOn: string;
        };
        MeasuresByPartyDto: {
            transferee?: components["schemas"]["MeasuresDto"];
            transferor?: components["schemas"]["MeasuresDto"];
        };
        MeasuresDto: {
            /** @example None */
            description: string;
            envisaged: boolean;
        };
        MeetingItemDto: {
            /** @description The share events the item authorises, each share named once */
            authorises?: components["schemas"]["ShareAuthorisationDto"][];
            /**
             * Format: date
             * @description General meetings, an item approving an off-market buy-back (an authorisation with `reason: 'buy-back'`): the first day the contract, or a memorandum of its terms, was available for inspection at the registered office; at least 14 days before the meeting, so 15 days ending with it (SH-4, s.696(2)(b)). Required for those items, refused for others.
             * @example 2026-03-06
             */
            contractDisclosedOn?: string;
            /**
             * @description General meetings: what the item does; an amendment of the articles or a change of the company's objects only by special resolution (s.21(1)), a change of the objects pending the CIC Regulator's decision (CI-6)
             * @enum {string}
             */
            matter?: "general" | "removal-of-director" | "removal-of-auditor" | "amendment-of-articles" | "change-of-objects";
            /** @description An ordinary resolution an enactment requires to be filed (s.29(1)(e)); a special one is always filed (s.29(1)(a): false is refused) */
            mustBeFiled?: boolean;
            /**
             * Format: date
             * @description General meetings, an item removing a director (s.168) or an auditor (s.511): the day the company received special notice of the intention to move it; at least 28 clear days before the meeting, or before the meeting was called (s.312). Required for those matters, refused for others.
             * @example 2026-03-06
             */
            specialNoticeReceivedOn?: string;
            /** @example THAT the accounts for the year to 31 March 2024 be received. */
            text: string;
            /**
             * @description General meetings: ordinary or special (RS-2, RS-3)
             * @enum {string}
             */
            type?: "ordinary" | "special";
        };
        MovePracticeDto: {
            /**
             * Format: date
             * @description The day it leaves its network and joins the other
             * @example 2024-04-01
             */
            on: string;
            /** @example practice-z00001 */
            practiceId: string;
            /** @example network-2 */
            toNetworkId: string;
        };
        NamedAssetLockedBodyDto: {
            /**
             * @description Its name, as the articles give it
             * @example Example Community Trust
             */
            name: string;
            /**
             * @description Its company or charity number, kept trimmed and in upper case: a Companies House number of 8 characters (01234567, SC123456) or a charity number of the Charity Commission for England and Wales (1234567, 1234567-1), OSCR (SC012345) or CCNI (NIC100002); anything else is 400 INVALID_ASSET_LOCKED_BODIES naming the field
             * @example 1234567
             */
            registrationNumber: string;
        };
        NameInspectionAppointmentDto: {
            /**
             * @description From, a time of day in England (HH:MM), 09:00 at the earliest
             * @example 10:00
             */
            from: string;
            /**
             * Format: date
             * @description The day the company received the notice naming the day
             * @example 2026-12-01
             */
            namedOn: string;
            /**
             * Format: date
             * @description The day named for the inspection: a working day in England and Wales
             * @example 2026-12-16
             */
            on: string;
            /**
             * @description Until, a time of day in England (HH:MM), 17:00 at the latest, at least 2 hours after from
             * @example 12:00
             */
            until: string;
        };
        Object: Record<string, never>;
        OfficerResignationDto: {
            /**
             * @description A director removed by the members (CA 2006 s.168): the id of the ordinary resolution for the removal of a director, passed at a general meeting on or before resignedOn, moved after the director's appointment, and not used for another director. Absent for a resignation. Otherwise 422 REMOVAL_RESOLUTION_INVALID (details.reason); an unknown id: 404 RESOLUTION_NOT_FOUND
             * @example resolution-12
             */
            removedBy?: string;
            /**
             * Format: date
             * @description The day the office ended: the resignation, or the removal
             * @example 2026-11-30
             */
            resignedOn: string;
        };
        OnwardRecipientDto: {
            /** @example University of Example */
            name: string;
            /** @example peer review of the study */
            purpose: string;
        };
        PensionDto: {
            /** @description NHSBSA Direction or Determination reference, or the certificate */
            reference?: string;
            /** @enum {string} */
            route: "new-fair-deal" | "nhs-pension-access" | "pensions-act-2004-minimum" | "broadly-comparable";
        };
        ProposeResolutionDto: {
            /** @description The share events this resolution authorises, each share named once */
            authorises?: components["schemas"]["ShareAuthorisationDto"][];
            /** @description Board meetings: the director who chaired it (the casting vote on an equality, MA-2) */
            chairDirectorId?: string;
            /** @description General meetings: the member who chaired it */
            chairMemberId?: string;
            /** @description General meetings: the name of the chair (a director, say, or the member named by chairMemberId) */
            chairName?: string;
            /**
             * Format: date
             * @description Written resolutions: the day the first copy was sent
             * @example 2026-03-06
             */
            circulatedOn?: string;
            /**
             * Format: date
             * @description Members' resolutions approving an off-market buy-back (an authorisation with `reason: 'buy-back'`): the day the contract, or a memorandum of its terms, was disclosed to members (SH-4, s.696(2)). Written: the day a copy was sent to every eligible member, on or before `circulatedOn`; general meeting: the first day it was available for inspection at the registered office, at least 14 days before `meetingOn` (15 days ending with the meeting). Required for those resolutions, refused for others.
             * @example 2026-03-06
             */
            contractDisclosedOn?: string;
            /** @enum {string} */
            kind: "board" | "members";
            /**
             * @description Members' resolutions: a removal of a director (s.168) or an auditor (s.510) is decided only at a general meeting (s.288(2)); an amendment of the articles only by special resolution (s.21(1)), and owes the articles as amended to the registrar within 15 days (s.26); a change of the company's objects likewise only by special resolution, and is pending once passed until the CIC Regulator decides it (CI-6: `POST …/resolutions/{resolutionId}/regulator-decision`), the articles as amended owed within 15 days of the approval
             * @default general
             * @enum {string}
             */
            matter?: "general" | "removal-of-director" | "removal-of-auditor" | "amendment-of-articles" | "change-of-objects";
            /**
             * Format: date
             * @description Meetings: the day of the meeting
             * @example 2026-03-06
             */
            meetingOn?: string;
            /** @description An ordinary resolution an enactment requires to be filed (s.29(1)(e)); a special one is always filed (s.29(1)(a): false is refused) */
            mustBeFiled?: boolean;
            /**
             * Format: date
             * @description General meetings: the day the notice was deemed delivered (MT-2, s.1147). Give it, or the day the notice was sent with how (`noticeSentOn` and `noticeSentBy`), from which the service works it out; not both.
             * @example 2026-03-10
             */
            noticeGivenOn?: string;
            /**
             * @description General meetings: how the notice was sent, with `noticeSentOn`: hand, post (prepaid, in the United Kingdom) or electronic (email)
             * @enum {string}
             */
            noticeSentBy?: "hand" | "post" | "electronic";
            /**
             * Format: date
             * @description General meetings: the day the notice was sent or handed over, with `noticeSentBy`. The day it is deemed delivered (`noticeGivenOn` in the answer) is worked out from them (MT-2, s.1147): by hand that day; by post or electronic means 48 hours later, counting working days in England and Wales only. Not after today.
             * @example 2026-03-06
             */
            noticeSentOn?: string;
            /** @enum {string} */
            procedure: "written" | "meeting";
            /**
             * Format: date
             * @description General meetings, a resolution to remove a director (s.168) or an auditor (s.511): the day the company received special notice of the intention to move it; at least 28 clear days before the meeting, or before the meeting was called (s.312). Required for those matters, refused for others.
             * @example 2026-03-06
             */
            specialNoticeReceivedOn?: string;
            /** @example THAT the directors be authorised to allot one ordinary share to the Example Practice. */
            text: string;
            /**
             * @description Members' resolutions only (RS-2, RS-3)
             * @enum {string}
             */
            type?: "ordinary" | "special";
            /** @enum {string} */
            voting?: "show-of-hands" | "poll";
        };
        ReceiveInspectionRequestDto: {
            /** @enum {string} */
            kind: "inspect" | "copy";
            /**
             * @description IN-1: a member inspects free
             * @default false
             */
            member?: boolean;
            /** @description Leave out when the request does not say; [] when it says nobody */
            onwardRecipients?: components["schemas"]["OnwardRecipientDto"][];
            /** @example academic study of GP federations */
            purpose?: string;
            /**
             * Format: date
             * @example 2026-12-22
             */
            receivedOn: string;
            /** @example 5 Archive Lane, Leeds LS1 1AA */
            requesterAddress?: string;
            /** @example A. Researcher */
            requesterName: string;
        };
        RecordAgreementDto: {
            /**
             * Format: date
             * @example 2024-05-03
             */
            agreedOn: string;
            /** @description Board written resolutions */
            directorId?: string;
            /** @description Members' written resolutions */
            memberId?: string;
        };
        RecordAssetTransferDto: {
            /**
             * @description How the transfer benefits the community, where that is its ground
             * @example Equipment for a free community clinic
             */
            communityBenefit?: string;
            /**
             * @description Whom that benefit goes to (CI-1; 2004 Act s.35, CIC Regulations 2005 reg 4), given with communityBenefit (400 INVALID_ASSET_TRANSFER without it): the community or a section of it; only the members of a particular body (such as the member practices); only the employees of a particular employer. The last two are no benefit to the community: below full value to a body that is not asset-locked they are 422 ASSET_LOCK_BREACH (reason benefit-not-to-the-community). Not given: not stated
             * @example the-community
             * @enum {string}
             */
            communityBenefitTo?: "the-community" | "only-members-of-a-body" | "only-employees-of-an-employer";
            /**
             * @description The consideration received for it, in whole pence
             * @example 0
             */
            considerationPence: number;
            /**
             * @description What was transferred
             * @example Clinical equipment from the closed Mile End hub
             */
            description: string;
            /**
             * @description The market value of what was transferred, in whole pence
             * @example 1000000
             */
            marketValuePence: number;
            /**
             * @description What the recipient is: an asset-locked body (a CIC or charity) named in the articles on the day of the transfer (GET …/asset-locked-bodies; identified by recipientRegistrationNumber, else 422 ASSET_LOCKED_BODY_NOT_NAMED), another asset-locked body, or a body that is not asset-locked (a GP practice is not)
             * @example not-asset-locked
             * @enum {string}
             */
            recipientKind: "asset-locked-body-named-in-articles" | "other-asset-locked-body" | "not-asset-locked";
            /**
             * @description Who received it; required (400 INVALID_ASSET_TRANSFER) unless it is an asset-locked body named in the articles, which is recorded with the name the articles give it whatever is sent
             * @example Example Community Trust
             */
            recipientName?: string;
            /**
             * @description The recipient’s company or charity number, kept trimmed and in upper case; required for other-asset-locked-body, and for asset-locked-body-named-in-articles the number the articles give the body (422 ASSET_LOCKED_BODY_NOT_NAMED, naming the bodies they name that day, for any other). A Companies House number in its 8-character form (8 digits, or 2 letters and 6 digits: SC123456, NI012345, OC301234), or a charity number of the Charity Commission for England and Wales (6 or 7 digits, with -1 or -12 for a linked charity), of the Scottish Charity Regulator (SC and 6 digits) or of the Charity Commission for Northern Ireland (NIC and 6 digits, or 6 digits starting 100); anything else is 400 INVALID_ASSET_TRANSFER naming the field
             * @example 1234567
             */
            recipientRegistrationNumber?: string;
            /**
             * Format: date
             * @description The date the Regulator gave its consent, on or before the transfer; with regulatorConsentReference
             * @example 2025-06-01
             */
            regulatorConsentOn?: string;
            /**
             * @description The CIC Regulator’s reference for its consent (CI-6); with regulatorConsentOn
             * @example CIC/AL/0042
             */
            regulatorConsentReference?: string;
            /**
             * Format: date
             * @description The calendar date of the transfer (YYYY-MM-DD): on or after incorporation, not after today
             * @example 2025-06-30
             */
            transferredOn: string;
        };
        RecordAttendanceDto: {
            attendees: components["schemas"]["AttendeeDto"][];
        };
        RecordCentralRegisterElectionDto: {
            /**
             * @description `elect`: the election is made (s.128B); `withdraw`: the election in force is withdrawn (s.128J)
             * @enum {string}
             */
            action: "elect" | "withdraw";
            /**
             * @description For `elect` (required): the member ids of the members who assented to the election, each once (at most 1000); every member on the register on effectiveOn must be among them (s.128B(2)(a); 422 CENTRAL_REGISTER_ASSENT_MISSING naming those missing). Left out for `withdraw`.
             * @example [
             *       "member-1",
             *       "member-2"
             *     ]
             */
            assentedBy?: string[];
            /**
             * Format: date
             * @description The day the registrar registered the notice of election or of withdrawal, when it took effect (ss.128C(1), 128J(3)): on or after incorporation, not after today
             * @example 2017-06-01
             */
            effectiveOn: string;
        };
        RecordConsultationDto: {
            /** @enum {string} */
            audience: "representatives" | "employees";
            /**
             * @description The employer whose duty it is (or to whom a representation is made)
             * @enum {string}
             */
            by: "transferor" | "transferee";
            /**
             * @description Defaults to log-<n>
             * @example hv-4
             */
            entryId?: string;
            /** @enum {string} */
            kind: "information" | "consultation" | "representation" | "reply";
            /**
             * Format: date
             * @example 2016-01-22
             */
            on: string;
            /** @description For a reply: the representation it answers (reg 13(7)) */
            repliesTo?: string;
            /** @example Transfer, date, reasons and implications given to the recognised unions */
            summary: string;
        };
        RecordDepartureDto: {
            /**
             * Format: date
             * @description The day it leaves: no longer a member as at the end of that day
             * @example 2020-03-31
             */
            on: string;
        };
        RecordEliReceiptDto: {
            /**
             * Format: date
             * @example 2016-02-26
             */
            receivedOn: string;
        };
        RecordFilingDto: {
            /**
             * Format: date
             * @example 2024-05-01
             */
            filedOn: string;
            /** @enum {string} */
            kind: "sh01" | "resolution-filing" | "articles-filing" | "confirmation-statement" | "annual-accounts" | "cic34-report" | "sh03" | "sh06" | "sh19" | "ap01" | "tm01" | "ch01" | "ap03" | "tm02" | "ch03" | "psc01" | "psc08" | "ad01" | "aa01" | "registered-email";
            /** @description A confirmation statement made up to a date from 5 March 2024 states that the company's intended future activities are lawful (CA 2006 s.853A): send `true` to record that the statement was made; without it such a statement is refused (422 `LAWFUL_PURPOSE_STATEMENT_MISSING`). No other filing makes one: `true` beside another kind is refused (400 `VALIDATION_FAILED`). */
            lawfulPurposeStatement?: boolean;
            /**
             * @description The duty's reference from GET …/deadlines
             * @example share-allotment-38
             */
            reference: string;
        };
        RecordMeasuresDto: {
            /** @example None */
            description: string;
            envisaged: boolean;
            /** @enum {string} */
            party: "transferor" | "transferee";
        };
        RecordNetworkDto: {
            /** @example Network 1 */
            name: string;
            /**
             * @description Defaults to the name in lower case with hyphens
             * @example network-1
             */
            networkId?: string;
        };
        RecordOrganisationDto: {
            /** @enum {string} */
            kind: "the-company" | "nhs-trust" | "local-authority" | "ccg" | "icb" | "voluntary-sector" | "other";
            /** @example Barts Health NHS Trust */
            name: string;
            /** @description Where the record comes from, or that it is synthetic */
            note?: string;
            /**
             * @description Defaults to the name in lower case with hyphens
             * @example barts-health
             */
            organisationId?: string;
        };
        RecordPartnershipDto: {
            /** @example Tower Hamlets community health services alliance */
            name: string;
            note?: string;
            /**
             * @description Defaults to the name in lower case with hyphens
             * @example community-health-services-alliance
             */
            partnershipId?: string;
        };
        RecordPscStatementDto: {
            /**
             * Format: date
             * @description The day the statement is made; it states the position the register gives at the end of that day
             * @example 2026-11-30
             */
            madeOn: string;
        };
        RecordRegulatorDecisionDto: {
            /**
             * Format: date
             * @description The day the CIC Regulator decided (YYYY-MM-DD), as its letter gives it: on or after the day the resolution passed (422 REGULATOR_DECISION_BEFORE_PASSING), not after today (422 DATED_AFTER_RECORDING)
             * @example 2026-03-03
             */
            decidedOn: string;
            /**
             * @description Anything to keep with the decision (the Regulator’s reference, say), up to 2,000 characters
             * @example Regulator reference CIC/OBJ/0042
             */
            note?: string;
            /**
             * @description approved: the objects are changed, and the articles as amended owed to the registrar within 15 days of decidedOn (s.26); refused: the articles are unchanged
             * @enum {string}
             */
            outcome: "approved" | "refused";
        };
        RecordServiceContractDto: {
            /**
             * @description The commissioner, when known
             * @example london-borough-of-tower-hamlets
             */
            commissionerId?: string;
            /**
             * @description Defaults to the name in lower case with hyphens
             * @example health-visiting
             */
            contractId?: string;
            /**
             * Format: date
             * @description Last day of service
             * @example 2026-03-06
             */
            endOn?: string;
            /**
             * @description The organisation that holds the contract
             * @example tower-hamlets-gp-care-group
             */
            holderId: string;
            /** @example Health visiting */
            name: string;
            /** @description Where the facts come from, and which are synthetic */
            note?: string;
            /** @description The partnership through which the service is delivered */
            partnershipId?: string;
            /**
             * Format: date
             * @description First day of service
             * @example 2016-04-01
             */
            startOn: string;
        };
        RecordShortNoticeAgreementDto: {
            /**
             * Format: date
             * @example 2024-05-03
             */
            agreedOn: string;
            memberId: string;
        };
        RecordVoteDto: {
            directorId?: string;
            /** @description Board meetings: the director is interested in the matter (not counted in the quorum or the vote where the articles say so, MA-2) */
            interested?: boolean;
            memberId?: string;
            /** @description General meetings: the member's proxy who cast the vote (s.324) */
            proxyName?: string;
            /** @description General meetings: the corporate member's representative who cast the vote (s.323) */
            representativeName?: string;
            /** @enum {string} */
            vote: "for" | "against" | "abstain";
        };
        ReferenceDayDto: {
            /** @example 31 */
            day: number;
            /** @example 3 */
            month: number;
        };
        RefuseLodgedTransferDto: {
            /**
             * @description The reasons the notice of refusal gives
             * @example The transferee is not a GP practice in the borough
             */
            reasons: string;
            /**
             * Format: date
             * @description The day the notice of refusal was sent to the transferee (s.771)
             * @example 2024-06-20
             */
            refusedOn: string;
        };
        RegisterLodgedTransferDto: {
            /** @description The resolution that authorises the transfer, where the articles require one */
            authorisedBy?: string;
            /**
             * Format: date
             * @description The day the transfer is registered: on or after the day it was lodged
             * @example 2024-06-20
             */
            effectiveOn: string;
        };
        ReplaceCertificateDto: {
            /**
             * Format: date
             * @description The day the holder's indemnity was received: on or before the day of issue
             * @example 2024-06-01
             */
            indemnityReceivedOn: string;
            /**
             * Format: date
             * @description The day the replacement was issued
             * @example 2024-06-02
             */
            issuedOn: string;
            /**
             * @description Why the certificate in force is replaced (SR-3)
             * @enum {string}
             */
            reason: "lost" | "defaced";
            /**
             * @description The number of the certificate being replaced (2), or its label as printed and listed (`C-0002`). When given it must be the one in force (409 CERTIFICATE_NOT_IN_FORCE otherwise), so a request sent twice issues one replacement.
             * @example 2
             */
            replacesCertificate?: number | string;
        };
        RepresentationDto: {
            /** @enum {string} */
            basis: "recognised-union" | "existing-representatives" | "elected-representatives" | "direct";
            /** @default false */
            electionsInvited?: boolean;
            /**
             * @description Invited, the employees did not elect (reg 13(11))
             * @default false
             */
            employeesFailedToElect?: boolean;
            /** @description The employer's headcount when it had to inform (for the direct route of reg 13A) */
            employerHeadcount?: number;
            /**
             * @description Existing representatives with authority (reg 13(3)(b)(i))
             * @default false
             */
            existingRepresentatives?: boolean;
            /**
             * @description A union is recognised for these employees (reg 13(3)(a))
             * @default false
             */
            unionRecognised?: boolean;
        };
        ResignDirectorDto: {
            /**
             * Format: date
             * @example 2020-03-31
             */
            resignedOn: string;
        };
        ShareAuthorisationDto: {
            /** @enum {string} */
            action: "allotment" | "transfer" | "cancellation";
            /**
             * @description SR-2: with `action: cancellation`, the resolution approves the company's off-market purchase of the share (s.694): on a written resolution its holder is not an eligible member (s.695(2)), at a meeting its holder's votes do not count (s.695(3))
             * @enum {string}
             */
            reason?: "buy-back";
            shareNumber: number;
        };
        ShareEventsBatchDto: {
            /** @description 1 to 10,000 share events in the order they are to be entered, each with type allotment, transfer or cancellation and the fields of that route's body */
            events: Record<string, never>[];
        };
        VerifyIdentityDto: {
            /**
             * @description Companies House personal code: 11 letters and digits; protected: the secretary alone sees it
             * @example ABC12345DEF
             */
            personalCode: string;
            /**
             * @description Directly with Companies House, or through an authorised corporate service provider
             * @enum {string}
             */
            route: "companies-house" | "acsp";
            /**
             * Format: date
             * @example 2026-11-03
             */
            verifiedOn: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    CompaniesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List companies */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        articles: {
                            /** @enum {string} */
                            memberEligibility: "any" | "practice";
                            nominalValuePence: number;
                            oneSharePerMember: boolean;
                            shareClass: string;
                        };
                        companyId: string;
                        companyNumber: string | null;
                        incorporatedOn: string;
                        name: string;
                        registeredOffice: string;
                    }[];
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_EMPLOYEE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_REFERENCE_DAY" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "INVALID_TRANSFER" | "PARTICULARS_CHANGE_EMPTY" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CompaniesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Read a company */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        articles: {
                            /** @enum {string} */
                            memberEligibility: "any" | "practice";
                            nominalValuePence: number;
                            oneSharePerMember: boolean;
                            shareClass: string;
                        };
                        companyId: string;
                        companyNumber: string | null;
                        incorporatedOn: string;
                        name: string;
                        registeredOffice: string;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_EMPLOYEE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_REFERENCE_DAY" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "INVALID_TRANSFER" | "PARTICULARS_CHANGE_EMPTY" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "INSPECTION_REQUEST_NOT_FOUND" | "MEETING_NOT_FOUND" | "MEMBER_NOT_ON_REGISTER" | "NETWORK_UNKNOWN" | "NOT_FOUND" | "OFFICER_NOT_FOUND" | "ORGANISATION_UNKNOWN" | "PRACTICE_UNKNOWN" | "RESOLUTION_NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    AssetLockedBodiesController_list: {
        parameters: {
            query?: {
                /** @description As at the end of this day (YYYY-MM-DD), from 1800-01-01 to 2999-12-31; see the route for its default. A real date outside that range is 400 VALIDATION_FAILED with the bounds in details (earliest, latest) */
                asAt?: string;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List the asset-locked bodies the articles name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asAt: string;
                        bodies: {
                            name: string;
                            registrationNumber: string;
                        }[];
                        changes: {
                            bodies: {
                                name: string;
                                registrationNumber: string;
                            }[];
                            changeId: string;
                            effectiveOn: string;
                            regulatorApprovalOn: string;
                            regulatorApprovalReference: string;
                            resolutionId: string;
                            resolutionReference: string | null;
                        }[];
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND" | "RESOLUTION_NOT_FOUND";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    AssetLockedBodiesController_change: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; 1 to 255 printable ASCII characters, unique to the request (a UUID, say). The same key sent again by the same token within 24 hours with the same body records nothing new and is answered as the first was (the same status and the same record, as it stands now); with another body it is refused with 422 `IDEMPOTENCY_KEY_REUSED`. An invalid key is a 400 naming the header. Without it the route records each request. */
                "Idempotency-Key"?: string;
            };
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeAssetLockedBodiesDto"];
            };
        };
        responses: {
            /** @description Record a change of the asset-locked bodies the articles name */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bodies: {
                            name: string;
                            registrationNumber: string;
                        }[];
                        changeId: string;
                        effectiveOn: string;
                        regulatorApprovalOn: string;
                        regulatorApprovalReference: string;
                        resolutionId: string;
                        resolutionReference: string | null;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND" | "RESOLUTION_NOT_FOUND";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "ASSET_LOCKED_BODY_HAS_TRANSFERS" | "CONCURRENT_WRITE";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPROVAL_AFTER_CHANGE" | "ASSET_LOCKED_BODIES_UNCHANGED" | "ASSET_LOCKED_BODY_NOT_NAMED" | "ASSET_LOCK_BREACH" | "ASSET_TRANSFER_TOTALS_TOO_LARGE" | "CONSENT_AFTER_TRANSFER" | "DATED_AFTER_RECORDING" | "EVENT_BEFORE_INCORPORATION" | "FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY" | "IDEMPOTENCY_KEY_REUSED" | "NOT_A_FINANCIAL_YEAR_END" | "REGULATOR_APPROVAL_REQUIRED" | "REGULATOR_CONSENT_REQUIRED" | "SPECIAL_RESOLUTION_REQUIRED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    AssetTransfersController_list: {
        parameters: {
            query?: {
                /** @description As at the end of this day (YYYY-MM-DD), from 1800-01-01 to 2999-12-31; see the route for its default. A real date outside that range is 400 VALIDATION_FAILED with the bounds in details (earliest, latest) */
                asAt?: string;
                /** @description The last day of one of the company's financial years (YYYY-MM-DD): its accounting reference date, or a day up to 7 days either side of it (CA 2006 s.390(3); 422 NOT_A_FINANCIAL_YEAR_END otherwise), the day the company recorded for that period where it recorded one (the year a dividend was declared out of; another day is 422 FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY). Only the transfers of that year (its accounting reference period: the first from incorporation, up to 18 months; one a change of accounting reference date shortened or lengthened; beginning the day after the recorded end of the year before), with the value transferred below full consideration in them (CI-5, for the CIC34 report) */
                financialYearEnd?: string;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List the register of asset transfers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asAt: string | null;
                        financialYear: {
                            from: string;
                            to: string;
                            totalBelowFullConsiderationPence: number;
                        } | null;
                        transfers: {
                            /** @enum {string} */
                            basis: "for-community-benefit" | "full-consideration" | "to-asset-locked-body-with-consent" | "to-named-asset-locked-body";
                            communityBenefit: string | null;
                            /** @enum {string|null} */
                            communityBenefitTo: "only-employees-of-an-employer" | "only-members-of-a-body" | "the-community" | null;
                            considerationPence: number;
                            description: string;
                            marketValuePence: number;
                            /** @enum {string} */
                            recipientKind: "asset-locked-body-named-in-articles" | "not-asset-locked" | "other-asset-locked-body";
                            recipientName: string;
                            recipientRegistrationNumber: string | null;
                            regulatorConsentOn: string | null;
                            regulatorConsentReference: string | null;
                            transferId: string;
                            transferredOn: string;
                            valueBelowFullConsiderationPence: number;
                        }[];
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND" | "RESOLUTION_NOT_FOUND";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPROVAL_AFTER_CHANGE" | "ASSET_LOCKED_BODIES_UNCHANGED" | "ASSET_LOCKED_BODY_NOT_NAMED" | "ASSET_LOCK_BREACH" | "ASSET_TRANSFER_TOTALS_TOO_LARGE" | "CONSENT_AFTER_TRANSFER" | "DATED_AFTER_RECORDING" | "EVENT_BEFORE_INCORPORATION" | "FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY" | "NOT_A_FINANCIAL_YEAR_END" | "REGULATOR_APPROVAL_REQUIRED" | "REGULATOR_CONSENT_REQUIRED" | "SPECIAL_RESOLUTION_REQUIRED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    AssetTransfersController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; 1 to 255 printable ASCII characters, unique to the request (a UUID, say). The same key sent again by the same token within 24 hours with the same body records nothing new and is answered as the first was (the same status and the same record, as it stands now); with another body it is refused with 422 `IDEMPOTENCY_KEY_REUSED`. An invalid key is a 400 naming the header. Without it the route records each request. */
                "Idempotency-Key"?: string;
            };
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordAssetTransferDto"];
            };
        };
        responses: {
            /** @description Record a transfer of assets */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        basis: "for-community-benefit" | "full-consideration" | "to-asset-locked-body-with-consent" | "to-named-asset-locked-body";
                        communityBenefit: string | null;
                        /** @enum {string|null} */
                        communityBenefitTo: "only-employees-of-an-employer" | "only-members-of-a-body" | "the-community" | null;
                        considerationPence: number;
                        description: string;
                        ledger: {
                            hash: string;
                            sequence: number;
                        };
                        marketValuePence: number;
                        /** @enum {string} */
                        recipientKind: "asset-locked-body-named-in-articles" | "not-asset-locked" | "other-asset-locked-body";
                        recipientName: string;
                        recipientRegistrationNumber: string | null;
                        regulatorConsentOn: string | null;
                        regulatorConsentReference: string | null;
                        transferId: string;
                        transferredOn: string;
                        valueBelowFullConsiderationPence: number;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND" | "RESOLUTION_NOT_FOUND";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "ASSET_LOCKED_BODY_HAS_TRANSFERS" | "CONCURRENT_WRITE";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "APPROVAL_AFTER_CHANGE" | "ASSET_LOCKED_BODIES_UNCHANGED" | "ASSET_LOCKED_BODY_NOT_NAMED" | "ASSET_LOCK_BREACH" | "ASSET_TRANSFER_TOTALS_TOO_LARGE" | "CONSENT_AFTER_TRANSFER" | "DATED_AFTER_RECORDING" | "EVENT_BEFORE_INCORPORATION" | "FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY" | "IDEMPOTENCY_KEY_REUSED" | "NOT_A_FINANCIAL_YEAR_END" | "REGULATOR_APPROVAL_REQUIRED" | "REGULATOR_CONSENT_REQUIRED" | "SPECIAL_RESOLUTION_REQUIRED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CertificatesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Read the certificate register */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        certificates: {
                            /** @enum {string|null} */
                            cancellationReason: "cancellation" | "correction" | "replacement" | "transfer" | null;
                            cancelledOn: string | null;
                            certificate: string;
                            certificateNumber: number;
                            holder: {
                                address: string;
                                memberId: string;
                                name: string;
                            };
                            issuedOn: string;
                            ledgerSequence: number;
                            replacement: {
                                indemnityReceivedOn: string;
                                /** @enum {string} */
                                reason: "defaced" | "lost";
                                replaces: string;
                                replacesCertificate: number;
                            } | null;
                            shareNumber: number;
                        }[];
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CertificateReportController_certificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                certificateNumber: string;
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Download a certificate by its number (PDF) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_EMPLOYEE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_REFERENCE_DAY" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "INVALID_TRANSFER" | "PARTICULARS_CHANGE_EMPTY" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "INSPECTION_REQUEST_NOT_FOUND" | "MEETING_NOT_FOUND" | "MEMBER_NOT_ON_REGISTER" | "NETWORK_UNKNOWN" | "NOT_FOUND" | "OFFICER_NOT_FOUND" | "ORGANISATION_UNKNOWN" | "PRACTICE_UNKNOWN" | "RESOLUTION_NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    DeadlinesController_list: {
        parameters: {
            query?: {
                /** @description Status as at the end of this day; default today */
                asAt?: components["schemas"]["Object"];
                /** @description First due date to list; default: a year before asAt, with every duty still overdue however long ago it fell due */
                from?: components["schemas"]["Object"];
                /** @description Last due date to list; default: a year after asAt */
                to?: components["schemas"]["Object"];
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Read the compliance calendar */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        action?: string;
                        doneOn: string | null;
                        dueOn: string;
                        /** @enum {string|null} */
                        formCode: "AA" | "AA01" | "AD01" | "AP01" | "AP03" | "AR01" | "CH01" | "CH03" | "CIC34" | "CS01" | "PSC01" | "PSC08" | "SH01" | "SH03" | "SH06" | "SH19" | "TM01" | "TM02" | null;
                        /** @enum {string} */
                        kind: "aa01" | "ad01" | "annual-accounts" | "ap01" | "ap03" | "articles-filing" | "ch01" | "ch03" | "cic34-report" | "confirmation-statement" | "practice-share" | "psc01" | "psc08" | "registered-email" | "resolution-filing" | "sh01" | "sh03" | "sh06" | "sh19" | "share-certificate" | "tm01" | "tm02" | "transfer-decision" | "written-resolution-lapse";
                        late: boolean;
                        noDeadline?: boolean;
                        reference: string;
                        /** @enum {string} */
                        rule: "CI-5" | "EC-2" | "EC-5" | "FC-5" | "FR-1" | "SH-1" | "SH-2" | "SH-3" | "SH-5" | "SR-1" | "SR-2" | "WR-3" | "s.26" | "s.442" | "s.853A" | "s.854" | "s.88B";
                        section: string;
                        /** @enum {string} */
                        status: "done" | "due" | "overdue";
                        undeliveredNotices?: {
                            arisesOn: string;
                            /** @enum {string|null} */
                            formCode: "AA" | "AA01" | "AD01" | "AP01" | "AP03" | "AR01" | "CH01" | "CH03" | "CIC34" | "CS01" | "PSC01" | "PSC08" | "SH01" | "SH03" | "SH06" | "SH19" | "TM01" | "TM02" | null;
                            /** @enum {string} */
                            kind: "aa01" | "ad01" | "annual-accounts" | "ap01" | "ap03" | "articles-filing" | "ch01" | "ch03" | "cic34-report" | "confirmation-statement" | "practice-share" | "psc01" | "psc08" | "registered-email" | "resolution-filing" | "sh01" | "sh03" | "sh06" | "sh19" | "share-certificate" | "tm01" | "tm02" | "transfer-decision" | "written-resolution-lapse";
                            reference: string;
                        }[];
                    }[];
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "MEETING_NOT_FOUND" | "NOT_FOUND" | "RESOLUTION_NOT_FOUND";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    DirectorsController_list: {
        parameters: {
            query?: {
                /** @description As at the end of this day (YYYY-MM-DD), from 1800-01-01 to 2999-12-31; see the route for its default. A real date outside that range is 400 VALIDATION_FAILED with the bounds in details (earliest, latest) */
                asAt?: string;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Read the register of directors */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appointedOn: string;
                        directorId: string;
                        name: string;
                        removedBy: string | null;
                        resignedOn: string | null;
                        serviceAddress: string;
                    }[];
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "MEETING_NOT_FOUND" | "NOT_FOUND" | "RESOLUTION_NOT_FOUND";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    DirectorsController_appoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppointDirectorDto"];
            };
        };
        responses: {
            /** @description Appoint a director */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appointedOn: string;
                        directorId: string;
                        name: string;
                        removedBy: string | null;
                        resignedOn: string | null;
                        serviceAddress: string;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "MEETING_NOT_FOUND" | "NOT_FOUND" | "RESOLUTION_NOT_FOUND";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AGREEMENT_ALREADY_GIVEN" | "ALREADY_RECORDED" | "ATTENDANCE_ALREADY_RECORDED" | "CONCURRENT_WRITE" | "DIRECTOR_ALREADY_ON_BOARD" | "EVENT_PREDATES_DEPENDENCY" | "FILING_ALREADY_RECORDED" | "INTEREST_ALREADY_DECLARED" | "MEETING_HAS_NO_BUSINESS_LEFT" | "OFFICER_ALREADY_APPOINTED" | "REGULATOR_ALREADY_DECIDED" | "SHARE_ALREADY_CANCELLED" | "VOTE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ADJOURNED_TO_EARLIER_DAY" | "AGREEMENT_AFTER_LAPSE" | "AGREEMENT_BEFORE_CIRCULATION" | "ARTICLES_NEED_SPECIAL_RESOLUTION" | "ATTENDANCE_NOT_FOR_MEETING" | "ATTENDANCE_NOT_RECORDED" | "BOARD_HAS_NO_DIRECTORS" | "BUY_BACK_NEEDS_MEMBERS_RESOLUTION" | "CONTRACT_DISCLOSURE_NOT_NEEDED" | "CONTRACT_DISCLOSURE_REQUIRED" | "CONTRACT_DISCLOSURE_TOO_LATE" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "DIRECTOR_NOT_ON_BOARD" | "DIRECTOR_NOT_PRESENT" | "DUTY_UNKNOWN" | "EVENT_BEFORE_INCORPORATION" | "FILINGS_INVALID" | "FILING_BEFORE_DUTY" | "INTEREST_DECLARED_AFTER_VOTE" | "MEETING_BEFORE_NOTICE" | "MEMBER_NOT_ELIGIBLE" | "NOTICE_NOT_FOR_BOARD_MEETING" | "NOT_AWAITING_REGULATOR" | "NO_ELIGIBLE_MEMBERS" | "PROXY_NAME_REQUIRED" | "REGULATOR_DECISION_BEFORE_PASSING" | "RESIGNATION_BEFORE_APPOINTMENT" | "RESOLUTION_NOT_FOR_MEETING" | "RESPONSE_NOT_FOR_PROCEDURE" | "SHARE_EVENT_NOT_AUTHORISED" | "SHARE_NOT_ISSUED" | "SHORT_NOTICE_AGREED_AFTER_MEETING" | "SPECIAL_NOTICE_NOT_NEEDED" | "SPECIAL_NOTICE_REQUIRED" | "SPECIAL_NOTICE_TOO_LATE" | "VOTER_NOT_PRESENT" | "VOTE_NOT_AS_ATTENDED" | "WRITTEN_RESOLUTION_NOT_ALLOWED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    DirectorsController_resign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                directorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResignDirectorDto"];
            };
        };
        responses: {
            /** @description Record a director's resignation */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appointedOn: string;
                        directorId: string;
                        name: string;
                        removedBy: string | null;
                        resignedOn: string | null;
                        serviceAddress: string;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "MEETING_NOT_FOUND" | "NOT_FOUND" | "RESOLUTION_NOT_FOUND";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AGREEMENT_ALREADY_GIVEN" | "ALREADY_RECORDED" | "ATTENDANCE_ALREADY_RECORDED" | "CONCURRENT_WRITE" | "DIRECTOR_ALREADY_ON_BOARD" | "EVENT_PREDATES_DEPENDENCY" | "FILING_ALREADY_RECORDED" | "INTEREST_ALREADY_DECLARED" | "MEETING_HAS_NO_BUSINESS_LEFT" | "OFFICER_ALREADY_APPOINTED" | "REGULATOR_ALREADY_DECIDED" | "SHARE_ALREADY_CANCELLED" | "VOTE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ADJOURNED_TO_EARLIER_DAY" | "AGREEMENT_AFTER_LAPSE" | "AGREEMENT_BEFORE_CIRCULATION" | "ARTICLES_NEED_SPECIAL_RESOLUTION" | "ATTENDANCE_NOT_FOR_MEETING" | "ATTENDANCE_NOT_RECORDED" | "BOARD_HAS_NO_DIRECTORS" | "BUY_BACK_NEEDS_MEMBERS_RESOLUTION" | "CONTRACT_DISCLOSURE_NOT_NEEDED" | "CONTRACT_DISCLOSURE_REQUIRED" | "CONTRACT_DISCLOSURE_TOO_LATE" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "DIRECTOR_NOT_ON_BOARD" | "DIRECTOR_NOT_PRESENT" | "DUTY_UNKNOWN" | "EVENT_BEFORE_INCORPORATION" | "FILINGS_INVALID" | "FILING_BEFORE_DUTY" | "INTEREST_DECLARED_AFTER_VOTE" | "MEETING_BEFORE_NOTICE" | "MEMBER_NOT_ELIGIBLE" | "NOTICE_NOT_FOR_BOARD_MEETING" | "NOT_AWAITING_REGULATOR" | "NO_ELIGIBLE_MEMBERS" | "PROXY_NAME_REQUIRED" | "REGULATOR_DECISION_BEFORE_PASSING" | "RESIGNATION_BEFORE_APPOINTMENT" | "RESOLUTION_NOT_FOR_MEETING" | "RESPONSE_NOT_FOR_PROCEDURE" | "SHARE_EVENT_NOT_AUTHORISED" | "SHARE_NOT_ISSUED" | "SHORT_NOTICE_AGREED_AFTER_MEETING" | "SPECIAL_NOTICE_NOT_NEEDED" | "SPECIAL_NOTICE_REQUIRED" | "SPECIAL_NOTICE_TOO_LATE" | "VOTER_NOT_PRESENT" | "VOTE_NOT_AS_ATTENDED" | "WRITTEN_RESOLUTION_NOT_ALLOWED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    DividendsController_list: {
        parameters: {
            query?: {
                /** @description As at the end of this day (YYYY-MM-DD), from 1800-01-01 to 2999-12-31; see the route for its default. A real date outside that range is 400 VALIDATION_FAILED with the bounds in details (earliest, latest) */
                asAt?: string;
                /** @description Only the dividends paid out of the financial year ending on this day, and its figures: the last day of one of the company's financial years, its accounting reference date or a day up to 7 days either side of it (CA 2006 s.390(3); 422 NOT_A_FINANCIAL_YEAR_END otherwise), or the year end a dividend recorded names; a day within 7 days of a period's end whose year a dividend recorded names as ending on another day is 422 FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY */
                financialYearEnd?: string;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List dividends declared, with each financial year's cap and headroom */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        declarations: {
                            articlesClause: string;
                            declaredOn: string;
                            distributableProfitsPence: number;
                            dividendId: string;
                            financialYearEnd: string;
                            resolutionId: string;
                            resolutionReference: string | null;
                            totalPence: number;
                        }[];
                        years: {
                            capPence: number;
                            capPercent: number;
                            declaredPence: number;
                            distributableProfitsPence: number;
                            dividendIds: string[];
                            financialYearEnd: string;
                            headroomPence: number;
                            withinCap: boolean;
                            yearStart: string;
                        }[];
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND" | "RESOLUTION_NOT_FOUND";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ARTICLES_DO_NOT_ALLOW_DIVIDENDS" | "DATED_AFTER_RECORDING" | "DIVIDEND_CAP_EXCEEDED" | "DIVIDEND_NOT_APPROVED" | "DIVIDEND_RULES_NOT_SUPPORTED" | "DIVIDEND_YEAR_NOT_BEGUN" | "EVENT_BEFORE_INCORPORATION" | "FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY" | "NOT_A_FINANCIAL_YEAR_END";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    DividendsController_declare: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; 1 to 255 printable ASCII characters, unique to the request (a UUID, say). The same key sent again by the same token within 24 hours with the same body records nothing new and is answered as the first was (the same status and the same record, as it stands now); with another body it is refused with 422 `IDEMPOTENCY_KEY_REUSED`. An invalid key is a 400 naming the header. Without it the route records each request. */
                "Idempotency-Key"?: string;
            };
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclareDividendDto"];
            };
        };
        responses: {
            /** @description Record a dividend declared */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        articlesClause: string;
                        declaredOn: string;
                        distributableProfitsPence: number;
                        dividendId: string;
                        financialYearEnd: string;
                        ledger: {
                            hash: string;
                            sequence: number;
                        };
                        resolutionId: string;
                        resolutionReference: string | null;
                        totalPence: number;
                        year: {
                            capPence: number;
                            capPercent: number;
                            declaredPence: number;
                            distributableProfitsPence: number;
                            dividendIds: string[];
                            financialYearEnd: string;
                            headroomPence: number;
                            withinCap: boolean;
                            yearStart: string;
                        };
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND" | "RESOLUTION_NOT_FOUND";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "CONCURRENT_WRITE" | "DISTRIBUTABLE_PROFITS_DIFFER" | "FINANCIAL_YEARS_OVERLAP";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ARTICLES_DO_NOT_ALLOW_DIVIDENDS" | "DATED_AFTER_RECORDING" | "DIVIDEND_CAP_EXCEEDED" | "DIVIDEND_NOT_APPROVED" | "DIVIDEND_RULES_NOT_SUPPORTED" | "DIVIDEND_YEAR_NOT_BEGUN" | "EVENT_BEFORE_INCORPORATION" | "FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY" | "IDEMPOTENCY_KEY_REUSED" | "NOT_A_FINANCIAL_YEAR_END";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    DeadlinesController_recordFiling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordFilingDto"];
            };
        };
        responses: {
            /** @description Record a filing */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        filedOn: string;
                        /** @enum {string} */
                        kind: "aa01" | "ad01" | "annual-accounts" | "ap01" | "ap03" | "articles-filing" | "ch01" | "ch03" | "cic34-report" | "confirmation-statement" | "practice-share" | "psc01" | "psc08" | "registered-email" | "resolution-filing" | "sh01" | "sh03" | "sh06" | "sh19" | "share-certificate" | "tm01" | "tm02" | "transfer-decision" | "written-resolution-lapse";
                        lawfulPurposeStatement?: boolean;
                        reference: string;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "MEETING_NOT_FOUND" | "NOT_FOUND" | "RESOLUTION_NOT_FOUND";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AGREEMENT_ALREADY_GIVEN" | "ALREADY_RECORDED" | "ATTENDANCE_ALREADY_RECORDED" | "CONCURRENT_WRITE" | "DIRECTOR_ALREADY_ON_BOARD" | "EVENT_PREDATES_DEPENDENCY" | "FILING_ALREADY_RECORDED" | "INTEREST_ALREADY_DECLARED" | "MEETING_HAS_NO_BUSINESS_LEFT" | "OFFICER_ALREADY_APPOINTED" | "REGULATOR_ALREADY_DECIDED" | "SHARE_ALREADY_CANCELLED" | "VOTE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ADJOURNED_TO_EARLIER_DAY" | "AGREEMENT_AFTER_LAPSE" | "AGREEMENT_BEFORE_CIRCULATION" | "ARTICLES_NEED_SPECIAL_RESOLUTION" | "ATTENDANCE_NOT_FOR_MEETING" | "ATTENDANCE_NOT_RECORDED" | "BOARD_HAS_NO_DIRECTORS" | "BUY_BACK_NEEDS_MEMBERS_RESOLUTION" | "CONTRACT_DISCLOSURE_NOT_NEEDED" | "CONTRACT_DISCLOSURE_REQUIRED" | "CONTRACT_DISCLOSURE_TOO_LATE" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "DIRECTOR_NOT_ON_BOARD" | "DIRECTOR_NOT_PRESENT" | "DUTY_UNKNOWN" | "EVENT_BEFORE_INCORPORATION" | "FILINGS_INVALID" | "FILING_BEFORE_DUTY" | "INTEREST_DECLARED_AFTER_VOTE" | "MEETING_BEFORE_NOTICE" | "MEMBER_NOT_ELIGIBLE" | "NOTICE_NOT_FOR_BOARD_MEETING" | "NOT_AWAITING_REGULATOR" | "NO_ELIGIBLE_MEMBERS" | "PROXY_NAME_REQUIRED" | "REGULATOR_DECISION_BEFORE_PASSING" | "RESIGNATION_BEFORE_APPOINTMENT" | "RESOLUTION_NOT_FOR_MEETING" | "RESPONSE_NOT_FOR_PROCEDURE" | "SHARE_EVENT_NOT_AUTHORISED" | "SHARE_NOT_ISSUED" | "SHORT_NOTICE_AGREED_AFTER_MEETING" | "SPECIAL_NOTICE_NOT_NEEDED" | "SPECIAL_NOTICE_REQUIRED" | "SPECIAL_NOTICE_TOO_LATE" | "VOTER_NOT_PRESENT" | "VOTE_NOT_AS_ATTENDED" | "WRITTEN_RESOLUTION_NOT_ALLOWED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    DeadlinesController_importFilings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        /** @description Past filings: CSV with the header kind,reference,filedOn (and optionally lawfulPurposeStatement: yes, no or empty), or JSON {"filings": [{kind, reference, filedOn, lawfulPurposeStatement?}]} */
        requestBody: {
            content: {
                "application/json": string | {
                    filings?: Record<string, never>[];
                };
                "text/csv": string | {
                    filings?: Record<string, never>[];
                };
            };
        };
        responses: {
            /** @description Import past filings (CSV or JSON) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        filings: {
                            filedOn: string;
                            /** @enum {string} */
                            kind: "aa01" | "ad01" | "annual-accounts" | "ap01" | "ap03" | "articles-filing" | "ch01" | "ch03" | "cic34-report" | "confirmation-statement" | "practice-share" | "psc01" | "psc08" | "registered-email" | "resolution-filing" | "sh01" | "sh03" | "sh06" | "sh19" | "share-certificate" | "tm01" | "tm02" | "transfer-decision" | "written-resolution-lapse";
                            lawfulPurposeStatement?: boolean;
                            reference: string;
                        }[];
                        recorded: number;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "MEETING_NOT_FOUND" | "NOT_FOUND" | "RESOLUTION_NOT_FOUND";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AGREEMENT_ALREADY_GIVEN" | "ALREADY_RECORDED" | "ATTENDANCE_ALREADY_RECORDED" | "CONCURRENT_WRITE" | "DIRECTOR_ALREADY_ON_BOARD" | "EVENT_PREDATES_DEPENDENCY" | "FILING_ALREADY_RECORDED" | "INTEREST_ALREADY_DECLARED" | "MEETING_HAS_NO_BUSINESS_LEFT" | "OFFICER_ALREADY_APPOINTED" | "REGULATOR_ALREADY_DECIDED" | "SHARE_ALREADY_CANCELLED" | "VOTE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ADJOURNED_TO_EARLIER_DAY" | "AGREEMENT_AFTER_LAPSE" | "AGREEMENT_BEFORE_CIRCULATION" | "ARTICLES_NEED_SPECIAL_RESOLUTION" | "ATTENDANCE_NOT_FOR_MEETING" | "ATTENDANCE_NOT_RECORDED" | "BOARD_HAS_NO_DIRECTORS" | "BUY_BACK_NEEDS_MEMBERS_RESOLUTION" | "CONTRACT_DISCLOSURE_NOT_NEEDED" | "CONTRACT_DISCLOSURE_REQUIRED" | "CONTRACT_DISCLOSURE_TOO_LATE" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "DIRECTOR_NOT_ON_BOARD" | "DIRECTOR_NOT_PRESENT" | "DUTY_UNKNOWN" | "EVENT_BEFORE_INCORPORATION" | "FILINGS_INVALID" | "FILING_BEFORE_DUTY" | "INTEREST_DECLARED_AFTER_VOTE" | "MEETING_BEFORE_NOTICE" | "MEMBER_NOT_ELIGIBLE" | "NOTICE_NOT_FOR_BOARD_MEETING" | "NOT_AWAITING_REGULATOR" | "NO_ELIGIBLE_MEMBERS" | "PROXY_NAME_REQUIRED" | "REGULATOR_DECISION_BEFORE_PASSING" | "RESIGNATION_BEFORE_APPOINTMENT" | "RESOLUTION_NOT_FOR_MEETING" | "RESPONSE_NOT_FOR_PROCEDURE" | "SHARE_EVENT_NOT_AUTHORISED" | "SHARE_NOT_ISSUED" | "SHORT_NOTICE_AGREED_AFTER_MEETING" | "SPECIAL_NOTICE_NOT_NEEDED" | "SPECIAL_NOTICE_REQUIRED" | "SPECIAL_NOTICE_TOO_LATE" | "VOTER_NOT_PRESENT" | "VOTE_NOT_AS_ATTENDED" | "WRITTEN_RESOLUTION_NOT_ALLOWED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CompanyRecordsController_listRequests: {
        parameters: {
            query?: {
                /** @description As at the end of this day (YYYY-MM-DD), from 1800-01-01 to 2999-12-31; see the route for its default. A real date outside that range is 400 VALIDATION_FAILED with the bounds in details (earliest, latest) */
                asAt?: string;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List inspection requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answer: {
                            /** @enum {string} */
                            answer: "applied-to-court" | "complied" | "invalid-request";
                            answeredOn: string;
                            note: string;
                        } | null;
                        appointment: {
                            from: string;
                            namedOn: string;
                            on: string;
                            until: string;
                        } | null;
                        deadline: string | null;
                        fee: {
                            basis: string;
                            pence: number;
                        };
                        /** @enum {string} */
                        kind: "copy" | "inspect";
                        member: boolean;
                        onwardRecipients: {
                            name: string;
                            purpose: string;
                        }[] | null;
                        personalData: boolean;
                        problems: string[];
                        purpose: string;
                        receivedOn: string;
                        requesterAddress?: string;
                        requesterName: string;
                        requestId: string;
                        s120Statement: {
                            alterationsPending: boolean;
                            lastAlteredOn: string | null;
                            text: string;
                        };
                        /** @enum {string} */
                        status: "answered" | "answered-late" | "open" | "overdue";
                        valid: boolean;
                        workingDays: number;
                    }[];
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_REFERENCE_DAY" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "PARTICULARS_CHANGE_EMPTY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INSPECTION_REQUEST_NOT_FOUND" | "NOT_FOUND" | "OFFICER_NOT_FOUND";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CompanyRecordsController_receive: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; 1 to 255 printable ASCII characters, unique to the request (a UUID, say). The same key sent again by the same token within 24 hours with the same body records nothing new and is answered as the first was (the same status and the same record, as it stands now); with another body it is refused with 422 `IDEMPOTENCY_KEY_REUSED`. An invalid key is a 400 naming the header. Without it the route records each request. */
                "Idempotency-Key"?: string;
            };
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiveInspectionRequestDto"];
            };
        };
        responses: {
            /** @description Record an inspection request */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answer: {
                            /** @enum {string} */
                            answer: "applied-to-court" | "complied" | "invalid-request";
                            answeredOn: string;
                            note: string;
                        } | null;
                        appointment: {
                            from: string;
                            namedOn: string;
                            on: string;
                            until: string;
                        } | null;
                        deadline: string | null;
                        fee: {
                            basis: string;
                            pence: number;
                        };
                        /** @enum {string} */
                        kind: "copy" | "inspect";
                        member: boolean;
                        onwardRecipients: {
                            name: string;
                            purpose: string;
                        }[] | null;
                        personalData: boolean;
                        problems: string[];
                        purpose: string;
                        receivedOn: string;
                        requesterAddress?: string;
                        requesterName: string;
                        requestId: string;
                        s120Statement: {
                            alterationsPending: boolean;
                            lastAlteredOn: string | null;
                            text: string;
                        };
                        /** @enum {string} */
                        status: "answered" | "answered-late" | "open" | "overdue";
                        valid: boolean;
                        workingDays: number;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_REFERENCE_DAY" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "PARTICULARS_CHANGE_EMPTY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INSPECTION_REQUEST_NOT_FOUND" | "NOT_FOUND" | "OFFICER_NOT_FOUND";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "COMPANY_NUMBER_ALREADY_SET" | "CONCURRENT_WRITE" | "EVENT_PREDATES_DEPENDENCY" | "IDENTITY_VERIFICATION_ALREADY_RECORDED" | "INSPECTION_REQUEST_ALREADY_ANSWERED" | "INSPECTION_REQUEST_ALREADY_RECORDED" | "OFFICER_ALREADY_APPOINTED" | "OFFICER_ALREADY_IN_OFFICE" | "OFFICER_NAME_IN_OFFICE" | "PSC_STATEMENT_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ANSWER_BEFORE_REQUEST" | "CHANGE_BEFORE_APPOINTMENT" | "DATED_AFTER_RECORDING" | "DATE_OF_BIRTH_IMPLAUSIBLE" | "DIRECTOR_UNDER_MINIMUM_AGE" | "IDEMPOTENCY_KEY_REUSED" | "IDENTITY_NOT_VERIFIED" | "INSPECTION_APPOINTMENT_INVALID" | "INSPECTION_NOTICE_TOO_SHORT" | "INVALID_REQUEST_ANSWER" | "LAWFUL_PURPOSE_STATEMENT_MISSING" | "OFFICER_NOT_IN_OFFICE" | "OFFICER_PARTICULARS_UNCHANGED" | "PERSONAL_DETAILS_MISSING" | "PSC_NO_POSITION" | "REGISTERED_EMAIL_MISSING" | "REGISTER_OF_OFFICERS_AFTER_ECCTA" | "REMOVAL_RESOLUTION_INVALID" | "VERIFICATION_NOT_FOR_DIRECTOR" | "VERIFIED_BEFORE_VERIFICATION_BEGAN";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CompanyRecordsController_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerInspectionRequestDto"];
            };
        };
        responses: {
            /** @description Answer an inspection request */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answer: {
                            /** @enum {string} */
                            answer: "applied-to-court" | "complied" | "invalid-request";
                            answeredOn: string;
                            note: string;
                        } | null;
                        appointment: {
                            from: string;
                            namedOn: string;
                            on: string;
                            until: string;
                        } | null;
                        deadline: string | null;
                        fee: {
                            basis: string;
                            pence: number;
                        };
                        /** @enum {string} */
                        kind: "copy" | "inspect";
                        member: boolean;
                        onwardRecipients: {
                            name: string;
                            purpose: string;
                        }[] | null;
                        personalData: boolean;
                        problems: string[];
                        purpose: string;
                        receivedOn: string;
                        requesterAddress?: string;
                        requesterName: string;
                        requestId: string;
                        s120Statement: {
                            alterationsPending: boolean;
                            lastAlteredOn: string | null;
                            text: string;
                        };
                        /** @enum {string} */
                        status: "answered" | "answered-late" | "open" | "overdue";
                        valid: boolean;
                        workingDays: number;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_REFERENCE_DAY" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "PARTICULARS_CHANGE_EMPTY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INSPECTION_REQUEST_NOT_FOUND" | "NOT_FOUND" | "OFFICER_NOT_FOUND";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "COMPANY_NUMBER_ALREADY_SET" | "CONCURRENT_WRITE" | "EVENT_PREDATES_DEPENDENCY" | "IDENTITY_VERIFICATION_ALREADY_RECORDED" | "INSPECTION_REQUEST_ALREADY_ANSWERED" | "INSPECTION_REQUEST_ALREADY_RECORDED" | "OFFICER_ALREADY_APPOINTED" | "OFFICER_ALREADY_IN_OFFICE" | "OFFICER_NAME_IN_OFFICE" | "PSC_STATEMENT_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ANSWER_BEFORE_REQUEST" | "CHANGE_BEFORE_APPOINTMENT" | "DATED_AFTER_RECORDING" | "DATE_OF_BIRTH_IMPLAUSIBLE" | "DIRECTOR_UNDER_MINIMUM_AGE" | "IDENTITY_NOT_VERIFIED" | "INSPECTION_APPOINTMENT_INVALID" | "INSPECTION_NOTICE_TOO_SHORT" | "INVALID_REQUEST_ANSWER" | "LAWFUL_PURPOSE_STATEMENT_MISSING" | "OFFICER_NOT_IN_OFFICE" | "OFFICER_PARTICULARS_UNCHANGED" | "PERSONAL_DETAILS_MISSING" | "PSC_NO_POSITION" | "REGISTERED_EMAIL_MISSING" | "REGISTER_OF_OFFICERS_AFTER_ECCTA" | "REMOVAL_RESOLUTION_INVALID" | "VERIFICATION_NOT_FOR_DIRECTOR" | "VERIFIED_BEFORE_VERIFICATION_BEGAN";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CompanyRecordsController_nameAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NameInspectionAppointmentDto"];
            };
        };
        responses: {
            /** @description Name the day and hours of an inspection */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answer: {
                            /** @enum {string} */
                            answer: "applied-to-court" | "complied" | "invalid-request";
                            answeredOn: string;
                            note: string;
                        } | null;
                        appointment: {
                            from: string;
                            namedOn: string;
                            on: string;
                            until: string;
                        } | null;
                        deadline: string | null;
                        fee: {
                            basis: string;
                            pence: number;
                        };
                        /** @enum {string} */
                        kind: "copy" | "inspect";
                        member: boolean;
                        onwardRecipients: {
                            name: string;
                            purpose: string;
                        }[] | null;
                        personalData: boolean;
                        problems: string[];
                        purpose: string;
                        receivedOn: string;
                        requesterAddress?: string;
                        requesterName: string;
                        requestId: string;
                        s120Statement: {
                            alterationsPending: boolean;
                            lastAlteredOn: string | null;
                            text: string;
                        };
                        /** @enum {string} */
                        status: "answered" | "answered-late" | "open" | "overdue";
                        valid: boolean;
                        workingDays: number;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_REFERENCE_DAY" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "PARTICULARS_CHANGE_EMPTY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INSPECTION_REQUEST_NOT_FOUND" | "NOT_FOUND" | "OFFICER_NOT_FOUND";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "COMPANY_NUMBER_ALREADY_SET" | "CONCURRENT_WRITE" | "EVENT_PREDATES_DEPENDENCY" | "IDENTITY_VERIFICATION_ALREADY_RECORDED" | "INSPECTION_REQUEST_ALREADY_ANSWERED" | "INSPECTION_REQUEST_ALREADY_RECORDED" | "OFFICER_ALREADY_APPOINTED" | "OFFICER_ALREADY_IN_OFFICE" | "OFFICER_NAME_IN_OFFICE" | "PSC_STATEMENT_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ANSWER_BEFORE_REQUEST" | "CHANGE_BEFORE_APPOINTMENT" | "DATED_AFTER_RECORDING" | "DATE_OF_BIRTH_IMPLAUSIBLE" | "DIRECTOR_UNDER_MINIMUM_AGE" | "IDENTITY_NOT_VERIFIED" | "INSPECTION_APPOINTMENT_INVALID" | "INSPECTION_NOTICE_TOO_SHORT" | "INVALID_REQUEST_ANSWER" | "LAWFUL_PURPOSE_STATEMENT_MISSING" | "OFFICER_NOT_IN_OFFICE" | "OFFICER_PARTICULARS_UNCHANGED" | "PERSONAL_DETAILS_MISSING" | "PSC_NO_POSITION" | "REGISTERED_EMAIL_MISSING" | "REGISTER_OF_OFFICERS_AFTER_ECCTA" | "REMOVAL_RESOLUTION_INVALID" | "VERIFICATION_NOT_FOR_DIRECTOR" | "VERIFIED_BEFORE_VERIFICATION_BEGAN";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    LedgerController_page: {
        parameters: {
            query?: {
                /** @description Entries after this sequence number */
                afterSequence?: number;
                limit?: number;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Read ledger entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entries: ({
                            correctedBy?: number;
                            effectiveOn: string;
                            hash: string;
                            kind: string;
                            payload: (string | null) | (number | null) | (boolean | null) | (unknown[] | null) | ({
                                [key: string]: unknown;
                            } | null);
                            previousHash: string;
                            recordedAt: string;
                            recordedBy: string;
                            sequence: number;
                        } | {
                            correctedBy?: Record<string, never>;
                            effectiveOn: string;
                            hash: string;
                            kind: string;
                            payload: (string | null) | (number | null) | (boolean | null) | (unknown[] | null) | ({
                                [key: string]: unknown;
                            } | null);
                            previousHash: string;
                            recordedAt: string;
                            recordedBy: string;
                            sequence: number;
                        })[];
                        nextAfterSequence: number | null;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_EMPLOYEE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_REFERENCE_DAY" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "INVALID_TRANSFER" | "PARTICULARS_CHANGE_EMPTY" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "INSPECTION_REQUEST_NOT_FOUND" | "MEETING_NOT_FOUND" | "MEMBER_NOT_ON_REGISTER" | "NETWORK_UNKNOWN" | "NOT_FOUND" | "OFFICER_NOT_FOUND" | "ORGANISATION_UNKNOWN" | "PRACTICE_UNKNOWN" | "RESOLUTION_NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    LedgerController_checkpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sign a checkpoint of the ledger's head */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        algorithm: "Ed25519";
                        checkpoint: {
                            companyId: string;
                            hash: string;
                            sequence: number;
                            signature: string;
                            signedAt: string;
                        };
                        keyId: string;
                        publicKey: string;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_EMPLOYEE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_REFERENCE_DAY" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "INVALID_TRANSFER" | "PARTICULARS_CHANGE_EMPTY" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "INSPECTION_REQUEST_NOT_FOUND" | "MEETING_NOT_FOUND" | "MEMBER_NOT_ON_REGISTER" | "NETWORK_UNKNOWN" | "NOT_FOUND" | "OFFICER_NOT_FOUND" | "ORGANISATION_UNKNOWN" | "PRACTICE_UNKNOWN" | "RESOLUTION_NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CorrectionsController_correct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCorrectionDto"];
            };
        };
        responses: {
            /** @description Correct a ledger entry */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        effectiveOn: string;
                        hash: string;
                        kind: string;
                        payload: (string | null) | (number | null) | (boolean | null) | (unknown[] | null) | ({
                            [key: string]: unknown;
                        } | null);
                        previousHash: string;
                        recordedAt: string;
                        recordedBy: string;
                        sequence: number;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "CENTRAL_REGISTER_ELECTION_IN_FORCE" | "CENTRAL_REGISTER_NO_ELECTION" | "CERTIFICATE_ALREADY_ISSUED" | "CERTIFICATE_NOT_IN_FORCE" | "CERTIFICATE_SHARE_NOT_HELD" | "CONCURRENT_WRITE" | "CORRECTION_BREAKS_LATER_ENTRY" | "CORRECTION_BREAKS_LATER_RECORD" | "CORRECTION_TARGET_UNKNOWN" | "EVENT_PREDATES_DEPENDENCY" | "MEMBER_ALREADY_HOLDS_A_SHARE" | "NO_CERTIFICATE_TO_REPLACE" | "PRACTICE_ALREADY_A_MEMBER" | "SHARE_ALREADY_CANCELLED" | "SHARE_NOT_HELD_BY_MEMBER" | "SHARE_NUMBER_ALREADY_USED" | "TRANSFER_ALREADY_DECIDED" | "TRANSFER_ALREADY_LODGED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUY_BACK_CARRIED_BY_SELLER" | "BUY_BACK_PRICE_ABOVE_PAID_UP" | "CENTRAL_REGISTER_ASSENT_MISSING" | "CENTRAL_REGISTER_ASSENT_NOT_MEMBER" | "CENTRAL_REGISTER_OPTION_NOT_YET_IN_FORCE" | "CENTRAL_REGISTER_OPTION_REMOVED" | "CERTIFICATE_ISSUED_BEFORE_HOLDING" | "CORRECTION_REASON_MISSING" | "DATED_AFTER_RECORDING" | "EVENT_BEFORE_INCORPORATION" | "FORFEITURE_NOTICE_TOO_SHORT" | "FORFEITURE_NOT_IN_ARTICLES" | "FORFEITURE_OF_FULLY_PAID_SHARE" | "FORFEITURE_WITHOUT_NOTICE" | "HOLDER_NOT_ELIGIBLE" | "INDEMNITY_AFTER_REPLACEMENT" | "NOMINAL_VALUE_NOT_IN_ARTICLES" | "PAID_UP_EXCEEDS_NOMINAL" | "REDUCTION_WITHOUT_SOLVENCY_STATEMENT" | "SHARE_CLASS_NOT_IN_ARTICLES" | "SHARE_NOT_ISSUED" | "SOLVENCY_STATEMENT_OUT_OF_TIME" | "SUBSCRIBER_SHARE_NOT_ON_INCORPORATION" | "TRANSFER_DECIDED_BEFORE_LODGED" | "TRANSFER_REFUSAL_WITHOUT_REASONS" | "TRANSFER_REGISTERED_BEFORE_LODGED" | "TRANSFER_TO_SAME_MEMBER";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ReportsController_ledgerExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Export the whole ledger (JSON) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        companyId: string;
                        entries: Record<string, never>[];
                        exportedAtHead: {
                            hash?: string;
                            sequence?: number;
                        };
                        /** @enum {string} */
                        format: "cic-ledger-export";
                        register?: Record<string, never>;
                        version: number;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_EMPLOYEE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_REFERENCE_DAY" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "INVALID_TRANSFER" | "PARTICULARS_CHANGE_EMPTY" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "INSPECTION_REQUEST_NOT_FOUND" | "MEETING_NOT_FOUND" | "MEMBER_NOT_ON_REGISTER" | "NETWORK_UNKNOWN" | "NOT_FOUND" | "OFFICER_NOT_FOUND" | "ORGANISATION_UNKNOWN" | "PRACTICE_UNKNOWN" | "RESOLUTION_NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    LedgerController_verify: {
        parameters: {
            query?: {
                /** @description `start` (the default): every entry from the first, and the projection against the fold. `known-head`: only the entries after the head you hold (knownSequence and knownHash, which it needs), linked to it; the projection is not compared */
                from?: "start" | "known-head";
                /** @description The hash of that entry (64 hex digits) */
                knownHash?: string;
                /** @description The sequence of a head you hold; give knownHash with it */
                knownSequence?: number;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Verify the ledger's hash chain and projection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checkedFrom?: number;
                        events: number;
                        headHash: string;
                        headSequence: number;
                        knownHead?: {
                            /** @enum {string} */
                            found: "same";
                            hash: string;
                            sequence: number;
                        } | {
                            /** @enum {string} */
                            found: "different-hash";
                            hash: string;
                            problem: string;
                            sequence: number;
                            storedHash: string;
                        } | {
                            /** @enum {string} */
                            found: "missing";
                            hash: string;
                            ledgerEndsAt: number;
                            problem: string;
                            sequence: number;
                        };
                        projection?: {
                            matches: boolean;
                        } | {
                            firstDifference: unknown;
                            matches: boolean;
                        } | {
                            ledgerDoesNotFold: {
                                code: string;
                                message: string;
                                sequence: number | null;
                            };
                            matches: boolean;
                        };
                        valid: boolean;
                    } | {
                        checkedFrom?: number;
                        events: number;
                        firstBreak: {
                            expectedSequence: number;
                            /** @enum {string} */
                            reason: "sequence-gap";
                            sequence: number;
                        } | {
                            expected: string;
                            found: string;
                            /** @enum {string} */
                            reason: "previous-hash-mismatch";
                            sequence: number;
                        } | {
                            expected: string;
                            found: string;
                            /** @enum {string} */
                            reason: "hash-mismatch";
                            sequence: number;
                        };
                        knownHead?: {
                            /** @enum {string} */
                            found: "same";
                            hash: string;
                            sequence: number;
                        } | {
                            /** @enum {string} */
                            found: "different-hash";
                            hash: string;
                            problem: string;
                            sequence: number;
                            storedHash: string;
                        } | {
                            /** @enum {string} */
                            found: "missing";
                            hash: string;
                            ledgerEndsAt: number;
                            problem: string;
                            sequence: number;
                        };
                        projection?: {
                            matches: boolean;
                        } | {
                            firstDifference: unknown;
                            matches: boolean;
                        } | {
                            ledgerDoesNotFold: {
                                code: string;
                                message: string;
                                sequence: number | null;
                            };
                            matches: boolean;
                        };
                        valid: boolean;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_EMPLOYEE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_REFERENCE_DAY" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "INVALID_TRANSFER" | "PARTICULARS_CHANGE_EMPTY" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "INSPECTION_REQUEST_NOT_FOUND" | "MEETING_NOT_FOUND" | "MEMBER_NOT_ON_REGISTER" | "NETWORK_UNKNOWN" | "NOT_FOUND" | "OFFICER_NOT_FOUND" | "ORGANISATION_UNKNOWN" | "PRACTICE_UNKNOWN" | "RESOLUTION_NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    MeetingsController_list: {
        parameters: {
            query?: {
                /** @description As at the end of this day (YYYY-MM-DD), from 1800-01-01 to 2999-12-31; see the route for its default. A real date outside that range is 400 VALIDATION_FAILED with the bounds in details (earliest, latest) */
                asAt?: string;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List meetings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        adjournments: {
                            on: string;
                            to: string;
                        }[];
                        chair: {
                            directorId?: string;
                            memberId?: string;
                            name: string;
                        } | null;
                        heldOn: string;
                        items: ({
                            agreements: {
                                agreedOn: string;
                                memberId: string;
                            }[];
                            authorises: {
                                /** @enum {string} */
                                action: "allotment" | "cancellation" | "transfer";
                                /** @enum {string} */
                                reason?: "buy-back";
                                shareNumber: number;
                            }[];
                            circulatedOn: string;
                            contractDisclosedOn?: string;
                            eligible: {
                                memberId: string;
                                name: string;
                                votes: number;
                            }[];
                            item: number;
                            /** @enum {string} */
                            kind: "members";
                            lapsesOn: string;
                            /** @enum {string} */
                            matter: "amendment-of-articles" | "change-of-objects" | "general" | "removal-of-auditor" | "removal-of-director";
                            meetingId?: string;
                            outcome: {
                                asAt: string;
                                /** @enum {string|null} */
                                failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                                filingDueOn: string | null;
                                lapsesOn: string | null;
                                passedOn: string | null;
                                /** @enum {string} */
                                status: "failed" | "lapsed" | "open" | "passed";
                                tally: {
                                    abstaining: number;
                                    against: number;
                                    inFavour: number;
                                    needed: number;
                                    outOf: number;
                                } | null;
                            };
                            /** @enum {string} */
                            procedure: "written";
                            reference: string | null;
                            regulator?: {
                                decidedOn: string | null;
                                note?: string;
                                /** @enum {string} */
                                status: "approved" | "awaiting-regulator" | "refused";
                            };
                            resolutionId: string;
                            sellers: {
                                memberId: string;
                                name: string;
                            }[];
                            text: string;
                            /** @enum {string} */
                            type: "ordinary" | "special";
                        } | {
                            adjournedFrom?: string[];
                            authorises: {
                                /** @enum {string} */
                                action: "allotment" | "cancellation" | "transfer";
                                /** @enum {string} */
                                reason?: "buy-back";
                                shareNumber: number;
                            }[];
                            chair?: {
                                directorId?: string;
                                memberId?: string;
                                name: string;
                            };
                            contractDisclosedOn?: string;
                            entitled: {
                                memberId: string;
                                name: string;
                                votes: number;
                            }[];
                            item: number;
                            /** @enum {string} */
                            kind: "members";
                            /** @enum {string} */
                            matter: "amendment-of-articles" | "change-of-objects" | "general" | "removal-of-auditor" | "removal-of-director";
                            meetingId?: string;
                            meetingOn: string;
                            notice: {
                                agreement: {
                                    agreed: number;
                                    agreedNominalPence: number;
                                    entitled: number;
                                    entitledNominalPence: number;
                                };
                                clearDays: number;
                                required: number;
                                short: boolean;
                                shortNoticeAgreed: boolean;
                                valid: boolean;
                            };
                            noticeGivenOn: string;
                            noticeSent?: {
                                /** @enum {string} */
                                by: "electronic" | "hand" | "post";
                                on: string;
                            };
                            outcome: {
                                asAt: string;
                                /** @enum {string|null} */
                                failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                                filingDueOn: string | null;
                                lapsesOn: string | null;
                                passedOn: string | null;
                                /** @enum {string} */
                                status: "failed" | "lapsed" | "open" | "passed";
                                tally: {
                                    abstaining: number;
                                    against: number;
                                    inFavour: number;
                                    needed: number;
                                    outOf: number;
                                } | null;
                            };
                            /** @enum {string} */
                            procedure: "meeting";
                            quorum: number;
                            reference: string | null;
                            regulator?: {
                                decidedOn: string | null;
                                note?: string;
                                /** @enum {string} */
                                status: "approved" | "awaiting-regulator" | "refused";
                            };
                            resolutionId: string;
                            sellers: {
                                memberId: string;
                                name: string;
                            }[];
                            shortNoticeAgreedBy: string[];
                            specialNoticeReceivedOn?: string;
                            text: string;
                            /** @enum {string} */
                            type: "ordinary" | "special";
                            votes: {
                                memberId: string;
                                proxyName?: string;
                                representativeName?: string;
                                /** @enum {string} */
                                vote: "abstain" | "against" | "for";
                            }[];
                            /** @enum {string} */
                            voting: "poll" | "show-of-hands";
                        } | {
                            authorises: {
                                /** @enum {string} */
                                action: "allotment" | "cancellation" | "transfer";
                                /** @enum {string} */
                                reason?: "buy-back";
                                shareNumber: number;
                            }[];
                            board: {
                                directorId: string;
                                name: string;
                            }[];
                            chairDirectorId?: string;
                            chairHasCastingVote?: boolean;
                            interestedDirectorsExcluded?: boolean;
                            item: number;
                            /** @enum {string} */
                            kind: "board";
                            meetingId?: string;
                            meetingOn: string;
                            outcome: {
                                asAt: string;
                                /** @enum {string|null} */
                                failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                                filingDueOn: string | null;
                                lapsesOn: string | null;
                                passedOn: string | null;
                                /** @enum {string} */
                                status: "failed" | "lapsed" | "open" | "passed";
                                tally: {
                                    abstaining: number;
                                    against: number;
                                    inFavour: number;
                                    needed: number;
                                    outOf: number;
                                } | null;
                            };
                            /** @enum {string} */
                            procedure: "meeting";
                            quorum: number;
                            reference: string | null;
                            resolutionId: string;
                            text: string;
                            type: Record<string, never>;
                            unverifiedDirectors: {
                                directorId: string;
                                message: string;
                                name: string;
                                on: string;
                                verificationDueOn: string;
                            }[];
                            votes: {
                                directorId: string;
                                interested?: boolean;
                                /** @enum {string} */
                                vote: "abstain" | "against" | "for";
                            }[];
                        } | {
                            agreements: {
                                agreedOn: string;
                                directorId: string;
                            }[];
                            authorises: {
                                /** @enum {string} */
                                action: "allotment" | "cancellation" | "transfer";
                                /** @enum {string} */
                                reason?: "buy-back";
                                shareNumber: number;
                            }[];
                            board: {
                                directorId: string;
                                name: string;
                            }[];
                            circulatedOn: string;
                            item: number;
                            /** @enum {string} */
                            kind: "board";
                            meetingId?: string;
                            outcome: {
                                asAt: string;
                                /** @enum {string|null} */
                                failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                                filingDueOn: string | null;
                                lapsesOn: string | null;
                                passedOn: string | null;
                                /** @enum {string} */
                                status: "failed" | "lapsed" | "open" | "passed";
                                tally: {
                                    abstaining: number;
                                    against: number;
                                    inFavour: number;
                                    needed: number;
                                    outOf: number;
                                } | null;
                            };
                            /** @enum {string} */
                            procedure: "written";
                            reference: string | null;
                            resolutionId: string;
                            text: string;
                            type: Record<string, never>;
                            unverifiedDirectors: {
                                directorId: string;
                                message: string;
                                name: string;
                                on: string;
                                verificationDueOn: string;
                            }[];
                        })[];
                        /** @enum {string} */
                        kind: "annual-general" | "board" | "general";
                        meetingId: string;
                        noticeGivenOn: string | null;
                        noticeSent?: {
                            /** @enum {string} */
                            by: "electronic" | "hand" | "post";
                            on: string;
                        };
                        noticeTo: {
                            memberId: string;
                            name: string;
                        }[];
                        quorum: number;
                        reference: string | null;
                        sittings: {
                            attendance: ({
                                directorId: string;
                                interestedIn: number[];
                                name: string;
                            } | {
                                /** @enum {string} */
                                capacity: "corporate-representative" | "in-person" | "proxy";
                                directorId?: Record<string, never>;
                                interestedIn?: Record<string, never>;
                                memberId: string;
                                name: string;
                                proxyName?: string;
                                representativeName?: string;
                            })[];
                            notQuorateFor: {
                                counted: number;
                                interested: number;
                                item: number;
                            }[];
                            on: string;
                            present: number;
                            quorate: boolean;
                        }[];
                        /** @enum {string} */
                        voting?: "poll" | "show-of-hands";
                    }[];
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "MEETING_NOT_FOUND" | "NOT_FOUND" | "RESOLUTION_NOT_FOUND";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    MeetingsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; 1 to 255 printable ASCII characters, unique to the request (a UUID, say). The same key sent again by the same token within 24 hours with the same body records nothing new and is answered as the first was (the same status and the same record, as it stands now); with another body it is refused with 422 `IDEMPOTENCY_KEY_REUSED`. An invalid key is a 400 naming the header. Without it the route records each request. */
                "Idempotency-Key"?: string;
            };
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMeetingDto"];
            };
        };
        responses: {
            /** @description Call a meeting */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        adjournments: {
                            on: string;
                            to: string;
                        }[];
                        chair: {
                            directorId?: string;
                            memberId?: string;
                            name: string;
                        } | null;
                        heldOn: string;
                        items: ({
                            agreements: {
                                agreedOn: string;
                                memberId: string;
                            }[];
                            authorises: {
                                /** @enum {string} */
                                action: "allotment" | "cancellation" | "transfer";
                                /** @enum {string} */
                                reason?: "buy-back";
                                shareNumber: number;
                            }[];
                            circulatedOn: string;
                            contractDisclosedOn?: string;
                            eligible: {
                                memberId: string;
                                name: string;
                                votes: number;
                            }[];
                            item: number;
                            /** @enum {string} */
                            kind: "members";
                            lapsesOn: string;
                            /** @enum {string} */
                            matter: "amendment-of-articles" | "change-of-objects" | "general" | "removal-of-auditor" | "removal-of-director";
                            meetingId?: string;
                            outcome: {
                                asAt: string;
                                /** @enum {string|null} */
                                failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                                filingDueOn: string | null;
                                lapsesOn: string | null;
                                passedOn: string | null;
                                /** @enum {string} */
                                status: "failed" | "lapsed" | "open" | "passed";
                                tally: {
                                    abstaining: number;
                                    against: number;
                                    inFavour: number;
                                    needed: number;
                                    outOf: number;
                                } | null;
                            };
                            /** @enum {string} */
                            procedure: "written";
                            reference: string | null;
                            regulator?: {
                                decidedOn: string | null;
                                note?: string;
                                /** @enum {string} */
                                status: "approved" | "awaiting-regulator" | "refused";
                            };
                            resolutionId: string;
                            sellers: {
                                memberId: string;
                                name: string;
                            }[];
                            text: string;
                            /** @enum {string} */
                            type: "ordinary" | "special";
                        } | {
                            adjournedFrom?: string[];
                            authorises: {
                                /** @enum {string} */
                                action: "allotment" | "cancellation" | "transfer";
                                /** @enum {string} */
                                reason?: "buy-back";
                                shareNumber: number;
                            }[];
                            chair?: {
                                directorId?: string;
                                memberId?: string;
                                name: string;
                            };
                            contractDisclosedOn?: string;
                            entitled: {
                                memberId: string;
                                name: string;
                                votes: number;
                            }[];
                            item: number;
                            /** @enum {string} */
                            kind: "members";
                            /** @enum {string} */
                            matter: "amendment-of-articles" | "change-of-objects" | "general" | "removal-of-auditor" | "removal-of-director";
                            meetingId?: string;
                            meetingOn: string;
                            notice: {
                                agreement: {
                                    agreed: number;
                                    agreedNominalPence: number;
                                    entitled: number;
                                    entitledNominalPence: number;
                                };
                                clearDays: number;
                                required: number;
                                short: boolean;
                                shortNoticeAgreed: boolean;
                                valid: boolean;
                            };
                            noticeGivenOn: string;
                            noticeSent?: {
                                /** @enum {string} */
                                by: "electronic" | "hand" | "post";
                                on: string;
                            };
                            outcome: {
                                asAt: string;
                                /** @enum {string|null} */
                                failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                                filingDueOn: string | null;
                                lapsesOn: string | null;
                                passedOn: string | null;
                                /** @enum {string} */
                                status: "failed" | "lapsed" | "open" | "passed";
                                tally: {
                                    abstaining: number;
                                    against: number;
                                    inFavour: number;
                                    needed: number;
                                    outOf: number;
                                } | null;
                            };
                            /** @enum {string} */
                            procedure: "meeting";
                            quorum: number;
                            reference: string | null;
                            regulator?: {
                                decidedOn: string | null;
                                note?: string;
                                /** @enum {string} */
                                status: "approved" | "awaiting-regulator" | "refused";
                            };
                            resolutionId: string;
                            sellers: {
                                memberId: string;
                                name: string;
                            }[];
                            shortNoticeAgreedBy: string[];
                            specialNoticeReceivedOn?: string;
                            text: string;
                            /** @enum {string} */
                            type: "ordinary" | "special";
                            votes: {
                                memberId: string;
                                proxyName?: string;
                                representativeName?: string;
                                /** @enum {string} */
                                vote: "abstain" | "against" | "for";
                            }[];
                            /** @enum {string} */
                            voting: "poll" | "show-of-hands";
                        } | {
                            authorises: {
                                /** @enum {string} */
                                action: "allotment" | "cancellation" | "transfer";
                                /** @enum {string} */
                                reason?: "buy-back";
                                shareNumber: number;
                            }[];
                            board: {
                                directorId: string;
                                name: string;
                            }[];
                            chairDirectorId?: string;
                            chairHasCastingVote?: boolean;
                            interestedDirectorsExcluded?: boolean;
                            item: number;
                            /** @enum {string} */
                            kind: "board";
                            meetingId?: string;
                            meetingOn: string;
                            outcome: {
                                asAt: string;
                                /** @enum {string|null} */
                                failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                                filingDueOn: string | null;
                                lapsesOn: string | null;
                                passedOn: string | null;
                                /** @enum {string} */
                                status: "failed" | "lapsed" | "open" | "passed";
                                tally: {
                                    abstaining: number;
                                    against: number;
                                    inFavour: number;
                                    needed: number;
                                    outOf: number;
                                } | null;
                            };
                            /** @enum {string} */
                            procedure: "meeting";
                            quorum: number;
                            reference: string | null;
                            resolutionId: string;
                            text: string;
                            type: Record<string, never>;
                            unverifiedDirectors: {
                                directorId: string;
                                message: string;
                                name: string;
                                on: string;
                                verificationDueOn: string;
                            }[];
                            votes: {
                                directorId: string;
                                interested?: boolean;
                                /** @enum {string} */
                                vote: "abstain" | "against" | "for";
                            }[];
                        } | {
                            agreements: {
                                agreedOn: string;
                                directorId: string;
                            }[];
                            authorises: {
                                /** @enum {string} */
                                action: "allotment" | "cancellation" | "transfer";
                                /** @enum {string} */
                                reason?: "buy-back";
                                shareNumber: number;
                            }[];
                            board: {
                                directorId: string;
                                name: string;
                            }[];
                            circulatedOn: string;
                            item: number;
                            /** @enum {string} */
                            kind: "board";
                            meetingId?: string;
                            outcome: {
                                asAt: string;
                                /** @enum {string|null} */
                                failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                                filingDueOn: string | null;
                                lapsesOn: string | null;
                                passedOn: string | null;
                                /** @enum {string} */
                                status: "failed" | "lapsed" | "open" | "passed";
                                tally: {
                                    abstaining: number;
                                    against: number;
                                    inFavour: number;
                                    needed: number;
                                    outOf: number;
                                } | null;
                            };
                            /** @enum {string} */
                            procedure: "written";
                            reference: string | null;
                            resolutionId: string;
                            text: string;
                            type: Record<string, never>;
                            unverifiedDirectors: {
                                directorId: string;
                                message: string;
                                name: string;
                                on: string;
                                verificationDueOn: string;
                            }[];
                        })[];
                        /** @enum {string} */
                        kind: "annual-general" | "board" | "general";
                        meetingId: string;
                        noticeGivenOn: string | null;
                        noticeSent?: {
                            /** @enum {string} */
                            by: "electronic" | "hand" | "post";
                            on: string;
                        };
                        noticeTo: {
                            memberId: string;
                            name: string;
                        }[];
                        quorum: number;
                        reference: string | null;
                        sittings: {
                            attendance: ({
                                directorId: string;
                                interestedIn: number[];
                                name: string;
                            } | {
                                /** @enum {string} */
                                capacity: "corporate-representative" | "in-person" | "proxy";
                                directorId?: Record<string, never>;
                                interestedIn?: Record<string, never>;
                                memberId: string;
                                name: string;
                                proxyName?: string;
                                representativeName?: string;
                            })[];
                            notQuorateFor: {
                                counted: number;
                                interested: number;
                                item: number;
                            }[];
                            on: string;
                            present: number;
                            quorate: boolean;
                        }[];
                        /** @enum {string} */
                        voting?: "poll" | "show-of-hands";
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "MEETING_NOT_FOUND" | "NOT_FOUND" | "RESOLUTION_NOT_FOUND";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AGREEMENT_ALREADY_GIVEN" | "ALREADY_RECORDED" | "ATTENDANCE_ALREADY_RECORDED" | "CONCURRENT_WRITE" | "DIRECTOR_ALREADY_ON_BOARD" | "EVENT_PREDATES_DEPENDENCY" | "FILING_ALREADY_RECORDED" | "INTEREST_ALREADY_DECLARED" | "MEETING_HAS_NO_BUSINESS_LEFT" | "OFFICER_ALREADY_APPOINTED" | "REGULATOR_ALREADY_DECIDED" | "SHARE_ALREADY_CANCELLED" | "VOTE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ADJOURNED_TO_EARLIER_DAY" | "AGREEMENT_AFTER_LAPSE" | "AGREEMENT_BEFORE_CIRCULATION" | "ARTICLES_NEED_SPECIAL_RESOLUTION" | "ATTENDANCE_NOT_FOR_MEETING" | "ATTENDANCE_NOT_RECORDED" | "BOARD_HAS_NO_DIRECTORS" | "BUY_BACK_NEEDS_MEMBERS_RESOLUTION" | "CONTRACT_DISCLOSURE_NOT_NEEDED" | "CONTRACT_DISCLOSURE_REQUIRED" | "CONTRACT_DISCLOSURE_TOO_LATE" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "DIRECTOR_NOT_ON_BOARD" | "DIRECTOR_NOT_PRESENT" | "DUTY_UNKNOWN" | "EVENT_BEFORE_INCORPORATION" | "FILINGS_INVALID" | "FILING_BEFORE_DUTY" | "IDEMPOTENCY_KEY_REUSED" | "INTEREST_DECLARED_AFTER_VOTE" | "MEETING_BEFORE_NOTICE" | "MEMBER_NOT_ELIGIBLE" | "NOTICE_NOT_FOR_BOARD_MEETING" | "NOT_AWAITING_REGULATOR" | "NO_ELIGIBLE_MEMBERS" | "PROXY_NAME_REQUIRED" | "REGULATOR_DECISION_BEFORE_PASSING" | "RESIGNATION_BEFORE_APPOINTMENT" | "RESOLUTION_NOT_FOR_MEETING" | "RESPONSE_NOT_FOR_PROCEDURE" | "SHARE_EVENT_NOT_AUTHORISED" | "SHARE_NOT_ISSUED" | "SHORT_NOTICE_AGREED_AFTER_MEETING" | "SPECIAL_NOTICE_NOT_NEEDED" | "SPECIAL_NOTICE_REQUIRED" | "SPECIAL_NOTICE_TOO_LATE" | "VOTER_NOT_PRESENT" | "VOTE_NOT_AS_ATTENDED" | "WRITTEN_RESOLUTION_NOT_ALLOWED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    MeetingsController_get: {
        parameters: {
            query?: {
                /** @description As at the end of this day (YYYY-MM-DD), from 1800-01-01 to 2999-12-31; see the route for its default. A real date outside that range is 400 VALIDATION_FAILED with the bounds in details (earliest, latest) */
                asAt?: string;
            };
            header?: never;
            path: {
                companyId: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Read a meeting */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        adjournments: {
                            on: string;
                            to: string;
                        }[];
                        chair: {
                            directorId?: string;
                            memberId?: string;
                            name: string;
                        } | null;
                        heldOn: string;
                        items: ({
                            agreements: {
                                agreedOn: string;
                                memberId: string;
                            }[];
                            authorises: {
                                /** @enum {string} */
                                action: "allotment" | "cancellation" | "transfer";
                                /** @enum {string} */
                                reason?: "buy-back";
                                shareNumber: number;
                            }[];
                            circulatedOn: string;
                            contractDisclosedOn?: string;
                            eligible: {
                                memberId: string;
                                name: string;
                                votes: number;
                            }[];
                            item: number;
                            /** @enum {string} */
                            kind: "members";
                            lapsesOn: string;
                            /** @enum {string} */
                            matter: "amendment-of-articles" | "change-of-objects" | "general" | "removal-of-auditor" | "removal-of-director";
                            meetingId?: string;
                            outcome: {
                                asAt: string;
                                /** @enum {string|null} */
                                failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                                filingDueOn: string | null;
                                lapsesOn: string | null;
                                passedOn: string | null;
                                /** @enum {string} */
                                status: "failed" | "lapsed" | "open" | "passed";
                                tally: {
                                    abstaining: number;
                                    against: number;
                                    inFavour: number;
                                    needed: number;
                                    outOf: number;
                                } | null;
                            };
                            /** @enum {string} */
                            procedure: "written";
                            reference: string | null;
                            regulator?: {
                                decidedOn: string | null;
                                note?: string;
                                /** @enum {string} */
                                status: "approved" | "awaiting-regulator" | "refused";
                            };
                            resolutionId: string;
                            sellers: {
                                memberId: string;
                                name: string;
                            }[];
                            text: string;
                            /** @enum {string} */
                            type: "ordinary" | "special";
                        } | {
                            adjournedFrom?: string[];
                            authorises: {
                                /** @enum {string} */
                                action: "allotment" | "cancellation" | "transfer";
                                /** @enum {string} */
                                reason?: "buy-back";
                                shareNumber: number;
                            }[];
                            chair?: {
                                directorId?: string;
                                memberId?: string;
                                name: string;
                            };
                            contractDisclosedOn?: string;
                            entitled: {
                                memberId: string;
                                name: string;
                                votes: number;
                            }[];
                            item: number;
                            /** @enum {string} */
                            kind: "members";
                            /** @enum {string} */
                            matter: "amendment-of-articles" | "change-of-objects" | "general" | "removal-of-auditor" | "removal-of-director";
                            meetingId?: string;
                            meetingOn: string;
                            notice: {
                                agreement: {
                                    agreed: number;
                                    agreedNominalPence: number;
                                    entitled: number;
                                    entitledNominalPence: number;
                                };
                                clearDays: number;
                                required: number;
                                short: boolean;
                                shortNoticeAgreed: boolean;
                                valid: boolean;
                            };
                            noticeGivenOn: string;
                            noticeSent?: {
                                /** @enum {string} */
                                by: "electronic" | "hand" | "post";
                                on: string;
                            };
                            outcome: {
                                asAt: string;
                                /** @enum {string|null} */
                                failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                                filingDueOn: string | null;
                                lapsesOn: string | null;
                                passedOn: string | null;
                                /** @enum {string} */
                                status: "failed" | "lapsed" | "open" | "passed";
                                tally: {
                                    abstaining: number;
                                    against: number;
                                    inFavour: number;
                                    needed: number;
                                    outOf: number;
                                } | null;
                            };
                            /** @enum {string} */
                            procedure: "meeting";
                            quorum: number;
                            reference: string | null;
                            regulator?: {
                                decidedOn: string | null;
                                note?: string;
                                /** @enum {string} */
                                status: "approved" | "awaiting-regulator" | "refused";
                            };
                            resolutionId: string;
                            sellers: {
                                memberId: string;
                                name: string;
                            }[];
                            shortNoticeAgreedBy: string[];
                            specialNoticeReceivedOn?: string;
                            text: string;
                            /** @enum {string} */
                            type: "ordinary" | "special";
                            votes: {
                                memberId: string;
                                proxyName?: string;
                                representativeName?: string;
                                /** @enum {string} */
                                vote: "abstain" | "against" | "for";
                            }[];
                            /** @enum {string} */
                            voting: "poll" | "show-of-hands";
                        } | {
                            authorises: {
                                /** @enum {string} */
                                action: "allotment" | "cancellation" | "transfer";
                                /** @enum {string} */
                                reason?: "buy-back";
                                shareNumber: number;
                            }[];
                            board: {
                                directorId: string;
                                name: string;
                            }[];
                            chairDirectorId?: string;
                            chairHasCastingVote?: boolean;
                            interestedDirectorsExcluded?: boolean;
                            item: number;
                            /** @enum {string} */
                            kind: "board";
                            meetingId?: string;
                            meetingOn: string;
                            outcome: {
                                asAt: string;
                                /** @enum {string|null} */
                                failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                                filingDueOn: string | null;
                                lapsesOn: string | null;
                                passedOn: string | null;
                                /** @enum {string} */
                                status: "failed" | "lapsed" | "open" | "passed";
                                tally: {
                                    abstaining: number;
                                    against: number;
                                    inFavour: number;
                                    needed: number;
                                    outOf: number;
                                } | null;
                            };
                            /** @enum {string} */
                            procedure: "meeting";
                            quorum: number;
                            reference: string | null;
                            resolutionId: string;
                            text: string;
                            type: Record<string, never>;
                            unverifiedDirectors: {
                                directorId: string;
                                message: string;
                                name: string;
                                on: string;
                                verificationDueOn: string;
                            }[];
                            votes: {
                                directorId: string;
                                interested?: boolean;
                                /** @enum {string} */
                                vote: "abstain" | "against" | "for";
                            }[];
                        } | {
                            agreements: {
                                agreedOn: string;
                                directorId: string;
                            }[];
                            authorises: {
                                /** @enum {string} */
                                action: "allotment" | "cancellation" | "transfer";
                                /** @enum {string} */
                                reason?: "buy-back";
                                shareNumber: number;
                            }[];
                            board: {
                                directorId: string;
                                name: string;
                            }[];
                            circulatedOn: string;
                            item: number;
                            /** @enum {string} */
                            kind: "board";
                            meetingId?: string;
                            outcome: {
                                asAt: string;
                                /** @enum {string|null} */
                                failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                                filingDueOn: string | null;
                                lapsesOn: string | null;
                                passedOn: string | null;
                                /** @enum {string} */
                                status: "failed" | "lapsed" | "open" | "passed";
                                tally: {
                                    abstaining: number;
                                    against: number;
                                    inFavour: number;
                                    needed: number;
                                    outOf: number;
                                } | null;
                            };
                            /** @enum {string} */
                            procedure: "written";
                            reference: string | null;
                            resolutionId: string;
                            text: string;
                            type: Record<string, never>;
                            unverifiedDirectors: {
                                directorId: string;
                                message: string;
                                name: string;
                                on: string;
                                verificationDueOn: string;
                            }[];
                        })[];
                        /** @enum {string} */
                        kind: "annual-general" | "board" | "general";
                        meetingId: string;
                        noticeGivenOn: string | null;
                        noticeSent?: {
                            /** @enum {string} */
                            by: "electronic" | "hand" | "post";
                            on: string;
                        };
                        noticeTo: {
                            memberId: string;
                            name: string;
                        }[];
                        quorum: number;
                        reference: string | null;
                        sittings: {
                            attendance: ({
                                directorId: string;
                                interestedIn: number[];
                                name: string;
                            } | {
                                /** @enum {string} */
                                capacity: "corporate-representative" | "in-person" | "proxy";
                                directorId?: Record<string, never>;
                                interestedIn?: Record<string, never>;
                                memberId: string;
                                name: string;
                                proxyName?: string;
                                representativeName?: string;
                            })[];
                            notQuorateFor: {
                                counted: number;
                                interested: number;
                                item: number;
                            }[];
                            on: string;
                            present: number;
                            quorate: boolean;
                        }[];
                        /** @enum {string} */
                        voting?: "poll" | "show-of-hands";
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "MEETING_NOT_FOUND" | "NOT_FOUND" | "RESOLUTION_NOT_FOUND";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    MeetingsController_adjourn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdjournMeetingDto"];
            };
        };
        responses: {
            /** @description Adjourn a meeting */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        adjournments: {
                            on: string;
                            to: string;
                        }[];
                        chair: {
                            directorId?: string;
                            memberId?: string;
                            name: string;
                        } | null;
                        heldOn: string;
                        items: ({
                            agreements: {
                                agreedOn: string;
                                memberId: string;
                            }[];
                            authorises: {
                                /** @enum {string} */
                                action: "allotment" | "cancellation" | "transfer";
                                /** @enum {string} */
                                reason?: "buy-back";
                                shareNumber: number;
                            }[];
                            circulatedOn: string;
                            contractDisclosedOn?: string;
                            eligible: {
                                memberId: string;
                                name: string;
                                votes: number;
                            }[];
                            item: number;
                            /** @enum {string} */
                            kind: "members";
                            lapsesOn: string;
                            /** @enum {string} */
                            matter: "amendment-of-articles" | "change-of-objects" | "general" | "removal-of-auditor" | "removal-of-director";
                            meetingId?: string;
                            outcome: {
                                asAt: string;
                                /** @enum {string|null} */
                                failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                                filingDueOn: string | null;
                                lapsesOn: string | null;
                                passedOn: string | null;
                                /** @enum {string} */
                                status: "failed" | "lapsed" | "open" | "passed";
                                tally: {
                                    abstaining: number;
                                    against: number;
                                    inFavour: number;
                                    needed: number;
                                    outOf: number;
                                } | null;
                            };
                            /** @enum {string} */
                            procedure: "written";
                            reference: string | null;
                            regulator?: {
                                decidedOn: string | null;
                                note?: string;
                                /** @enum {string} */
                                status: "approved" | "awaiting-regulator" | "refused";
                            };
                            resolutionId: string;
                            sellers: {
                                memberId: string;
                                name: string;
                            }[];
                            text: string;
                            /** @enum {string} */
                            type: "ordinary" | "special";
                        } | {
                            adjournedFrom?: string[];
                            authorises: {
                                /** @enum {string} */
                                action: "allotment" | "cancellation" | "transfer";
                                /** @enum {string} */
                                reason?: "buy-back";
                                shareNumber: number;
                            }[];
                            chair?: {
                                directorId?: string;
                                memberId?: string;
                                name: string;
                            };
                            contractDisclosedOn?: string;
                            entitled: {
                                memberId: string;
                                name: string;
                                votes: number;
                            }[];
                            item: number;
                            /** @enum {string} */
                            kind: "members";
                            /** @enum {string} */
                            matter: "amendment-of-articles" | "change-of-objects" | "general" | "removal-of-auditor" | "removal-of-director";
                            meetingId?: string;
                            meetingOn: string;
                            notice: {
                                agreement: {
                                    agreed: number;
                                    agreedNominalPence: number;
                                    entitled: number;
                                    entitledNominalPence: number;
                                };
                                clearDays: number;
                                required: number;
                                short: boolean;
                                shortNoticeAgreed: boolean;
                                valid: boolean;
                            };
                            noticeGivenOn: string;
                            noticeSent?: {
                                /** @enum {string} */
                                by: "electronic" | "hand" | "post";
                                on: string;
                            };
                            outcome: {
                                asAt: string;
                                /** @enum {string|null} */
                                failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                                filingDueOn: string | null;
                                lapsesOn: string | null;
                                passedOn: string | null;
                                /** @enum {string} */
                                status: "failed" | "lapsed" | "open" | "passed";
                                tally: {
                                    abstaining: number;
                                    against: number;
                                    inFavour: number;
                                    needed: number;
                                    outOf: number;
                                } | null;
                            };
                            /** @enum {string} */
                            procedure: "meeting";
                            quorum: number;
                            reference: string | null;
                            regulator?: {
                                decidedOn: string | null;
                                note?: string;
                                /** @enum {string} */
                                status: "approved" | "awaiting-regulator" | "refused";
                            };
                            resolutionId: string;
                            sellers: {
                                memberId: string;
                                name: string;
                            }[];
                            shortNoticeAgreedBy: string[];
                            specialNoticeReceivedOn?: string;
                            text: string;
                            /** @enum {string} */
                            type: "ordinary" | "special";
                            votes: {
                                memberId: string;
                                proxyName?: string;
                                representativeName?: string;
                                /** @enum {string} */
                                vote: "abstain" | "against" | "for";
                            }[];
                            /** @enum {string} */
                            voting: "poll" | "show-of-hands";
                        } | {
                            authorises: {
                                /** @enum {string} */
                                action: "allotment" | "cancellation" | "transfer";
                                /** @enum {string} */
                                reason?: "buy-back";
                                shareNumber: number;
                            }[];
                            board: {
                                directorId: string;
                                name: string;
                            }[];
                            chairDirectorId?: string;
                            chairHasCastingVote?: boolean;
                            interestedDirectorsExcluded?: boolean;
                            item: number;
                            /** @enum {string} */
                            kind: "board";
                            meetingId?: string;
                            meetingOn: string;
                            outcome: {
                                asAt: string;
                                /** @enum {string|null} */
                                failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                                filingDueOn: string | null;
                                lapsesOn: string | null;
                                passedOn: string | null;
                                /** @enum {string} */
                                status: "failed" | "lapsed" | "open" | "passed";
                                tally: {
                                    abstaining: number;
                                    against: number;
                                    inFavour: number;
                                    needed: number;
                                    outOf: number;
                                } | null;
                            };
                            /** @enum {string} */
                            procedure: "meeting";
                            quorum: number;
                            reference: string | null;
                            resolutionId: string;
                            text: string;
                            type: Record<string, never>;
                            unverifiedDirectors: {
                                directorId: string;
                                message: string;
                                name: string;
                                on: string;
                                verificationDueOn: string;
                            }[];
                            votes: {
                                directorId: string;
                                interested?: boolean;
                                /** @enum {string} */
                                vote: "abstain" | "against" | "for";
                            }[];
                        } | {
                            agreements: {
                                agreedOn: string;
                                directorId: string;
                            }[];
                            authorises: {
                                /** @enum {string} */
                                action: "allotment" | "cancellation" | "transfer";
                                /** @enum {string} */
                                reason?: "buy-back";
                                shareNumber: number;
                            }[];
                            board: {
                                directorId: string;
                                name: string;
                            }[];
                            circulatedOn: string;
                            item: number;
                            /** @enum {string} */
                            kind: "board";
                            meetingId?: string;
                            outcome: {
                                asAt: string;
                                /** @enum {string|null} */
                                failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                                filingDueOn: string | null;
                                lapsesOn: string | null;
                                passedOn: string | null;
                                /** @enum {string} */
                                status: "failed" | "lapsed" | "open" | "passed";
                                tally: {
                                    abstaining: number;
                                    against: number;
                                    inFavour: number;
                                    needed: number;
                                    outOf: number;
                                } | null;
                            };
                            /** @enum {string} */
                            procedure: "written";
                            reference: string | null;
                            resolutionId: string;
                            text: string;
                            type: Record<string, never>;
                            unverifiedDirectors: {
                                directorId: string;
                                message: string;
                                name: string;
                                on: string;
                                verificationDueOn: string;
                            }[];
                        })[];
                        /** @enum {string} */
                        kind: "annual-general" | "board" | "general";
                        meetingId: string;
                        noticeGivenOn: string | null;
                        noticeSent?: {
                            /** @enum {string} */
                            by: "electronic" | "hand" | "post";
                            on: string;
                        };
                        noticeTo: {
                            memberId: string;
                            name: string;
                        }[];
                        quorum: number;
                        reference: string | null;
                        sittings: {
                            attendance: ({
                                directorId: string;
                                interestedIn: number[];
                                name: string;
                            } | {
                                /** @enum {string} */
                                capacity: "corporate-representative" | "in-person" | "proxy";
                                directorId?: Record<string, never>;
                                interestedIn?: Record<string, never>;
                                memberId: string;
                                name: string;
                                proxyName?: string;
                                representativeName?: string;
                            })[];
                            notQuorateFor: {
                                counted: number;
                                interested: number;
                                item: number;
                            }[];
                            on: string;
                            present: number;
                            quorate: boolean;
                        }[];
                        /** @enum {string} */
                        voting?: "poll" | "show-of-hands";
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "MEETING_NOT_FOUND" | "NOT_FOUND" | "RESOLUTION_NOT_FOUND";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AGREEMENT_ALREADY_GIVEN" | "ALREADY_RECORDED" | "ATTENDANCE_ALREADY_RECORDED" | "CONCURRENT_WRITE" | "DIRECTOR_ALREADY_ON_BOARD" | "EVENT_PREDATES_DEPENDENCY" | "FILING_ALREADY_RECORDED" | "INTEREST_ALREADY_DECLARED" | "MEETING_HAS_NO_BUSINESS_LEFT" | "OFFICER_ALREADY_APPOINTED" | "REGULATOR_ALREADY_DECIDED" | "SHARE_ALREADY_CANCELLED" | "VOTE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ADJOURNED_TO_EARLIER_DAY" | "AGREEMENT_AFTER_LAPSE" | "AGREEMENT_BEFORE_CIRCULATION" | "ARTICLES_NEED_SPECIAL_RESOLUTION" | "ATTENDANCE_NOT_FOR_MEETING" | "ATTENDANCE_NOT_RECORDED" | "BOARD_HAS_NO_DIRECTORS" | "BUY_BACK_NEEDS_MEMBERS_RESOLUTION" | "CONTRACT_DISCLOSURE_NOT_NEEDED" | "CONTRACT_DISCLOSURE_REQUIRED" | "CONTRACT_DISCLOSURE_TOO_LATE" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "DIRECTOR_NOT_ON_BOARD" | "DIRECTOR_NOT_PRESENT" | "DUTY_UNKNOWN" | "EVENT_BEFORE_INCORPORATION" | "FILINGS_INVALID" | "FILING_BEFORE_DUTY" | "INTEREST_DECLARED_AFTER_VOTE" | "MEETING_BEFORE_NOTICE" | "MEMBER_NOT_ELIGIBLE" | "NOTICE_NOT_FOR_BOARD_MEETING" | "NOT_AWAITING_REGULATOR" | "NO_ELIGIBLE_MEMBERS" | "PROXY_NAME_REQUIRED" | "REGULATOR_DECISION_BEFORE_PASSING" | "RESIGNATION_BEFORE_APPOINTMENT" | "RESOLUTION_NOT_FOR_MEETING" | "RESPONSE_NOT_FOR_PROCEDURE" | "SHARE_EVENT_NOT_AUTHORISED" | "SHARE_NOT_ISSUED" | "SHORT_NOTICE_AGREED_AFTER_MEETING" | "SPECIAL_NOTICE_NOT_NEEDED" | "SPECIAL_NOTICE_REQUIRED" | "SPECIAL_NOTICE_TOO_LATE" | "VOTER_NOT_PRESENT" | "VOTE_NOT_AS_ATTENDED" | "WRITTEN_RESOLUTION_NOT_ALLOWED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    MeetingsController_attend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordAttendanceDto"];
            };
        };
        responses: {
            /** @description Record attendance at a meeting */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        adjournments: {
                            on: string;
                            to: string;
                        }[];
                        chair: {
                            directorId?: string;
                            memberId?: string;
                            name: string;
                        } | null;
                        heldOn: string;
                        items: ({
                            agreements: {
                                agreedOn: string;
                                memberId: string;
                            }[];
                            authorises: {
                                /** @enum {string} */
                                action: "allotment" | "cancellation" | "transfer";
                                /** @enum {string} */
                                reason?: "buy-back";
                                shareNumber: number;
                            }[];
                            circulatedOn: string;
                            contractDisclosedOn?: string;
                            eligible: {
                                memberId: string;
                                name: string;
                                votes: number;
                            }[];
                            item: number;
                            /** @enum {string} */
                            kind: "members";
                            lapsesOn: string;
                            /** @enum {string} */
                            matter: "amendment-of-articles" | "change-of-objects" | "general" | "removal-of-auditor" | "removal-of-director";
                            meetingId?: string;
                            outcome: {
                                asAt: string;
                                /** @enum {string|null} */
                                failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                                filingDueOn: string | null;
                                lapsesOn: string | null;
                                passedOn: string | null;
                                /** @enum {string} */
                                status: "failed" | "lapsed" | "open" | "passed";
                                tally: {
                                    abstaining: number;
                                    against: number;
                                    inFavour: number;
                                    needed: number;
                                    outOf: number;
                                } | null;
                            };
                            /** @enum {string} */
                            procedure: "written";
                            reference: string | null;
                            regulator?: {
                                decidedOn: string | null;
                                note?: string;
                                /** @enum {string} */
                                status: "approved" | "awaiting-regulator" | "refused";
                            };
                            resolutionId: string;
                            sellers: {
                                memberId: string;
                                name: string;
                            }[];
                            text: string;
                            /** @enum {string} */
                            type: "ordinary" | "special";
                        } | {
                            adjournedFrom?: string[];
                            authorises: {
                                /** @enum {string} */
                                action: "allotment" | "cancellation" | "transfer";
                                /** @enum {string} */
                                reason?: "buy-back";
                                shareNumber: number;
                            }[];
                            chair?: {
                                directorId?: string;
                                memberId?: string;
                                name: string;
                            };
                            contractDisclosedOn?: string;
                            entitled: {
                                memberId: string;
                                name: string;
                                votes: number;
                            }[];
                            item: number;
                            /** @enum {string} */
                            kind: "members";
                            /** @enum {string} */
                            matter: "amendment-of-articles" | "change-of-objects" | "general" | "removal-of-auditor" | "removal-of-director";
                            meetingId?: string;
                            meetingOn: string;
                            notice: {
                                agreement: {
                                    agreed: number;
                                    agreedNominalPence: number;
                                    entitled: number;
                                    entitledNominalPence: number;
                                };
                                clearDays: number;
                                required: number;
                                short: boolean;
                                shortNoticeAgreed: boolean;
                                valid: boolean;
                            };
                            noticeGivenOn: string;
                            noticeSent?: {
                                /** @enum {string} */
                                by: "electronic" | "hand" | "post";
                                on: string;
                            };
                            outcome: {
                                asAt: string;
                                /** @enum {string|null} */
                                failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                                filingDueOn: string | null;
                                lapsesOn: string | null;
                                passedOn: string | null;
                                /** @enum {string} */
                                status: "failed" | "lapsed" | "open" | "passed";
                                tally: {
                                    abstaining: number;
                                    against: number;
                                    inFavour: number;
                                    needed: number;
                                    outOf: number;
                                } | null;
                            };
                            /** @enum {string} */
                            procedure: "meeting";
                            quorum: number;
                            reference: string | null;
                            regulator?: {
                                decidedOn: string | null;
                                note?: string;
                                /** @enum {string} */
                                status: "approved" | "awaiting-regulator" | "refused";
                            };
                            resolutionId: string;
                            sellers: {
                                memberId: string;
                                name: string;
                            }[];
                            shortNoticeAgreedBy: string[];
                            specialNoticeReceivedOn?: string;
                            text: string;
                            /** @enum {string} */
                            type: "ordinary" | "special";
                            votes: {
                                memberId: string;
                                proxyName?: string;
                                representativeName?: string;
                                /** @enum {string} */
                                vote: "abstain" | "against" | "for";
                            }[];
                            /** @enum {string} */
                            voting: "poll" | "show-of-hands";
                        } | {
                            authorises: {
                                /** @enum {string} */
                                action: "allotment" | "cancellation" | "transfer";
                                /** @enum {string} */
                                reason?: "buy-back";
                                shareNumber: number;
                            }[];
                            board: {
                                directorId: string;
                                name: string;
                            }[];
                            chairDirectorId?: string;
                            chairHasCastingVote?: boolean;
                            interestedDirectorsExcluded?: boolean;
                            item: number;
                            /** @enum {string} */
                            kind: "board";
                            meetingId?: string;
                            meetingOn: string;
                            outcome: {
                                asAt: string;
                                /** @enum {string|null} */
                                failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                                filingDueOn: string | null;
                                lapsesOn: string | null;
                                passedOn: string | null;
                                /** @enum {string} */
                                status: "failed" | "lapsed" | "open" | "passed";
                                tally: {
                                    abstaining: number;
                                    against: number;
                                    inFavour: number;
                                    needed: number;
                                    outOf: number;
                                } | null;
                            };
                            /** @enum {string} */
                            procedure: "meeting";
                            quorum: number;
                            reference: string | null;
                            resolutionId: string;
                            text: string;
                            type: Record<string, never>;
                            unverifiedDirectors: {
                                directorId: string;
                                message: string;
                                name: string;
                                on: string;
                                verificationDueOn: string;
                            }[];
                            votes: {
                                directorId: string;
                                interested?: boolean;
                                /** @enum {string} */
                                vote: "abstain" | "against" | "for";
                            }[];
                        } | {
                            agreements: {
                                agreedOn: string;
                                directorId: string;
                            }[];
                            authorises: {
                                /** @enum {string} */
                                action: "allotment" | "cancellation" | "transfer";
                                /** @enum {string} */
                                reason?: "buy-back";
                                shareNumber: number;
                            }[];
                            board: {
                                directorId: string;
                                name: string;
                            }[];
                            circulatedOn: string;
                            item: number;
                            /** @enum {string} */
                            kind: "board";
                            meetingId?: string;
                            outcome: {
                                asAt: string;
                                /** @enum {string|null} */
                                failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                                filingDueOn: string | null;
                                lapsesOn: string | null;
                                passedOn: string | null;
                                /** @enum {string} */
                                status: "failed" | "lapsed" | "open" | "passed";
                                tally: {
                                    abstaining: number;
                                    against: number;
                                    inFavour: number;
                                    needed: number;
                                    outOf: number;
                                } | null;
                            };
                            /** @enum {string} */
                            procedure: "written";
                            reference: string | null;
                            resolutionId: string;
                            text: string;
                            type: Record<string, never>;
                            unverifiedDirectors: {
                                directorId: string;
                                message: string;
                                name: string;
                                on: string;
                                verificationDueOn: string;
                            }[];
                        })[];
                        /** @enum {string} */
                        kind: "annual-general" | "board" | "general";
                        meetingId: string;
                        noticeGivenOn: string | null;
                        noticeSent?: {
                            /** @enum {string} */
                            by: "electronic" | "hand" | "post";
                            on: string;
                        };
                        noticeTo: {
                            memberId: string;
                            name: string;
                        }[];
                        quorum: number;
                        reference: string | null;
                        sittings: {
                            attendance: ({
                                directorId: string;
                                interestedIn: number[];
                                name: string;
                            } | {
                                /** @enum {string} */
                                capacity: "corporate-representative" | "in-person" | "proxy";
                                directorId?: Record<string, never>;
                                interestedIn?: Record<string, never>;
                                memberId: string;
                                name: string;
                                proxyName?: string;
                                representativeName?: string;
                            })[];
                            notQuorateFor: {
                                counted: number;
                                interested: number;
                                item: number;
                            }[];
                            on: string;
                            present: number;
                            quorate: boolean;
                        }[];
                        /** @enum {string} */
                        voting?: "poll" | "show-of-hands";
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "MEETING_NOT_FOUND" | "NOT_FOUND" | "RESOLUTION_NOT_FOUND";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AGREEMENT_ALREADY_GIVEN" | "ALREADY_RECORDED" | "ATTENDANCE_ALREADY_RECORDED" | "CONCURRENT_WRITE" | "DIRECTOR_ALREADY_ON_BOARD" | "EVENT_PREDATES_DEPENDENCY" | "FILING_ALREADY_RECORDED" | "INTEREST_ALREADY_DECLARED" | "MEETING_HAS_NO_BUSINESS_LEFT" | "OFFICER_ALREADY_APPOINTED" | "REGULATOR_ALREADY_DECIDED" | "SHARE_ALREADY_CANCELLED" | "VOTE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ADJOURNED_TO_EARLIER_DAY" | "AGREEMENT_AFTER_LAPSE" | "AGREEMENT_BEFORE_CIRCULATION" | "ARTICLES_NEED_SPECIAL_RESOLUTION" | "ATTENDANCE_NOT_FOR_MEETING" | "ATTENDANCE_NOT_RECORDED" | "BOARD_HAS_NO_DIRECTORS" | "BUY_BACK_NEEDS_MEMBERS_RESOLUTION" | "CONTRACT_DISCLOSURE_NOT_NEEDED" | "CONTRACT_DISCLOSURE_REQUIRED" | "CONTRACT_DISCLOSURE_TOO_LATE" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "DIRECTOR_NOT_ON_BOARD" | "DIRECTOR_NOT_PRESENT" | "DUTY_UNKNOWN" | "EVENT_BEFORE_INCORPORATION" | "FILINGS_INVALID" | "FILING_BEFORE_DUTY" | "INTEREST_DECLARED_AFTER_VOTE" | "MEETING_BEFORE_NOTICE" | "MEMBER_NOT_ELIGIBLE" | "NOTICE_NOT_FOR_BOARD_MEETING" | "NOT_AWAITING_REGULATOR" | "NO_ELIGIBLE_MEMBERS" | "PROXY_NAME_REQUIRED" | "REGULATOR_DECISION_BEFORE_PASSING" | "RESIGNATION_BEFORE_APPOINTMENT" | "RESOLUTION_NOT_FOR_MEETING" | "RESPONSE_NOT_FOR_PROCEDURE" | "SHARE_EVENT_NOT_AUTHORISED" | "SHARE_NOT_ISSUED" | "SHORT_NOTICE_AGREED_AFTER_MEETING" | "SPECIAL_NOTICE_NOT_NEEDED" | "SPECIAL_NOTICE_REQUIRED" | "SPECIAL_NOTICE_TOO_LATE" | "VOTER_NOT_PRESENT" | "VOTE_NOT_AS_ATTENDED" | "WRITTEN_RESOLUTION_NOT_ALLOWED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    MeetingsController_declareInterest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; 1 to 255 printable ASCII characters, unique to the request (a UUID, say). The same key sent again by the same token within 24 hours with the same body records nothing new and is answered as the first was (the same status and the same record, as it stands now); with another body it is refused with 422 `IDEMPOTENCY_KEY_REUSED`. An invalid key is a 400 naming the header. Without it the route records each request. */
                "Idempotency-Key"?: string;
            };
            path: {
                companyId: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclareInterestDto"];
            };
        };
        responses: {
            /** @description Record a declaration of interest at a board meeting */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        adjournments: {
                            on: string;
                            to: string;
                        }[];
                        chair: {
                            directorId?: string;
                            memberId?: string;
                            name: string;
                        } | null;
                        heldOn: string;
                        items: ({
                            agreements: {
                                agreedOn: string;
                                memberId: string;
                            }[];
                            authorises: {
                                /** @enum {string} */
                                action: "allotment" | "cancellation" | "transfer";
                                /** @enum {string} */
                                reason?: "buy-back";
                                shareNumber: number;
                            }[];
                            circulatedOn: string;
                            contractDisclosedOn?: string;
                            eligible: {
                                memberId: string;
                                name: string;
                                votes: number;
                            }[];
                            item: number;
                            /** @enum {string} */
                            kind: "members";
                            lapsesOn: string;
                            /** @enum {string} */
                            matter: "amendment-of-articles" | "change-of-objects" | "general" | "removal-of-auditor" | "removal-of-director";
                            meetingId?: string;
                            outcome: {
                                asAt: string;
                                /** @enum {string|null} */
                                failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                                filingDueOn: string | null;
                                lapsesOn: string | null;
                                passedOn: string | null;
                                /** @enum {string} */
                                status: "failed" | "lapsed" | "open" | "passed";
                                tally: {
                                    abstaining: number;
                                    against: number;
                                    inFavour: number;
                                    needed: number;
                                    outOf: number;
                                } | null;
                            };
                            /** @enum {string} */
                            procedure: "written";
                            reference: string | null;
                            regulator?: {
                                decidedOn: string | null;
                                note?: string;
                                /** @enum {string} */
                                status: "approved" | "awaiting-regulator" | "refused";
                            };
                            resolutionId: string;
                            sellers: {
                                memberId: string;
                                name: string;
                            }[];
                            text: string;
                            /** @enum {string} */
                            type: "ordinary" | "special";
                        } | {
                            adjournedFrom?: string[];
                            authorises: {
                                /** @enum {string} */
                                action: "allotment" | "cancellation" | "transfer";
                                /** @enum {string} */
                                reason?: "buy-back";
                                shareNumber: number;
                            }[];
                            chair?: {
                                directorId?: string;
                                memberId?: string;
                                name: string;
                            };
                            contractDisclosedOn?: string;
                            entitled: {
                                memberId: string;
                                name: string;
                                votes: number;
                            }[];
                            item: number;
                            /** @enum {string} */
                            kind: "members";
                            /** @enum {string} */
                            matter: "amendment-of-articles" | "change-of-objects" | "general" | "removal-of-auditor" | "removal-of-director";
                            meetingId?: string;
                            meetingOn: string;
                            notice: {
                                agreement: {
                                    agreed: number;
                                    agreedNominalPence: number;
                                    entitled: number;
                                    entitledNominalPence: number;
                                };
                                clearDays: number;
                                required: number;
                                short: boolean;
                                shortNoticeAgreed: boolean;
                                valid: boolean;
                            };
                            noticeGivenOn: string;
                            noticeSent?: {
                                /** @enum {string} */
                                by: "electronic" | "hand" | "post";
                                on: string;
                            };
                            outcome: {
                                asAt: string;
                                /** @enum {string|null} */
                                failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                                filingDueOn: string | null;
                                lapsesOn: string | null;
                                passedOn: string | null;
                                /** @enum {string} */
                                status: "failed" | "lapsed" | "open" | "passed";
                                tally: {
                                    abstaining: number;
                                    against: number;
                                    inFavour: number;
                                    needed: number;
                                    outOf: number;
                                } | null;
                            };
                            /** @enum {string} */
                            procedure: "meeting";
                            quorum: number;
                            reference: string | null;
                            regulator?: {
                                decidedOn: string | null;
                                note?: string;
                                /** @enum {string} */
                                status: "approved" | "awaiting-regulator" | "refused";
                            };
                            resolutionId: string;
                            sellers: {
                                memberId: string;
                                name: string;
                            }[];
                            shortNoticeAgreedBy: string[];
                            specialNoticeReceivedOn?: string;
                            text: string;
                            /** @enum {string} */
                            type: "ordinary" | "special";
                            votes: {
                                memberId: string;
                                proxyName?: string;
                                representativeName?: string;
                                /** @enum {string} */
                                vote: "abstain" | "against" | "for";
                            }[];
                            /** @enum {string} */
                            voting: "poll" | "show-of-hands";
                        } | {
                            authorises: {
                                /** @enum {string} */
                                action: "allotment" | "cancellation" | "transfer";
                                /** @enum {string} */
                                reason?: "buy-back";
                                shareNumber: number;
                            }[];
                            board: {
                                directorId: string;
                                name: string;
                            }[];
                            chairDirectorId?: string;
                            chairHasCastingVote?: boolean;
                            interestedDirectorsExcluded?: boolean;
                            item: number;
                            /** @enum {string} */
                            kind: "board";
                            meetingId?: string;
                            meetingOn: string;
                            outcome: {
                                asAt: string;
                                /** @enum {string|null} */
                                failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                                filingDueOn: string | null;
                                lapsesOn: string | null;
                                passedOn: string | null;
                                /** @enum {string} */
                                status: "failed" | "lapsed" | "open" | "passed";
                                tally: {
                                    abstaining: number;
                                    against: number;
                                    inFavour: number;
                                    needed: number;
                                    outOf: number;
                                } | null;
                            };
                            /** @enum {string} */
                            procedure: "meeting";
                            quorum: number;
                            reference: string | null;
                            resolutionId: string;
                            text: string;
                            type: Record<string, never>;
                            unverifiedDirectors: {
                                directorId: string;
                                message: string;
                                name: string;
                                on: string;
                                verificationDueOn: string;
                            }[];
                            votes: {
                                directorId: string;
                                interested?: boolean;
                                /** @enum {string} */
                                vote: "abstain" | "against" | "for";
                            }[];
                        } | {
                            agreements: {
                                agreedOn: string;
                                directorId: string;
                            }[];
                            authorises: {
                                /** @enum {string} */
                                action: "allotment" | "cancellation" | "transfer";
                                /** @enum {string} */
                                reason?: "buy-back";
                                shareNumber: number;
                            }[];
                            board: {
                                directorId: string;
                                name: string;
                            }[];
                            circulatedOn: string;
                            item: number;
                            /** @enum {string} */
                            kind: "board";
                            meetingId?: string;
                            outcome: {
                                asAt: string;
                                /** @enum {string|null} */
                                failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                                filingDueOn: string | null;
                                lapsesOn: string | null;
                                passedOn: string | null;
                                /** @enum {string} */
                                status: "failed" | "lapsed" | "open" | "passed";
                                tally: {
                                    abstaining: number;
                                    against: number;
                                    inFavour: number;
                                    needed: number;
                                    outOf: number;
                                } | null;
                            };
                            /** @enum {string} */
                            procedure: "written";
                            reference: string | null;
                            resolutionId: string;
                            text: string;
                            type: Record<string, never>;
                            unverifiedDirectors: {
                                directorId: string;
                                message: string;
                                name: string;
                                on: string;
                                verificationDueOn: string;
                            }[];
                        })[];
                        /** @enum {string} */
                        kind: "annual-general" | "board" | "general";
                        meetingId: string;
                        noticeGivenOn: string | null;
                        noticeSent?: {
                            /** @enum {string} */
                            by: "electronic" | "hand" | "post";
                            on: string;
                        };
                        noticeTo: {
                            memberId: string;
                            name: string;
                        }[];
                        quorum: number;
                        reference: string | null;
                        sittings: {
                            attendance: ({
                                directorId: string;
                                interestedIn: number[];
                                name: string;
                            } | {
                                /** @enum {string} */
                                capacity: "corporate-representative" | "in-person" | "proxy";
                                directorId?: Record<string, never>;
                                interestedIn?: Record<string, never>;
                                memberId: string;
                                name: string;
                                proxyName?: string;
                                representativeName?: string;
                            })[];
                            notQuorateFor: {
                                counted: number;
                                interested: number;
                                item: number;
                            }[];
                            on: string;
                            present: number;
                            quorate: boolean;
                        }[];
                        /** @enum {string} */
                        voting?: "poll" | "show-of-hands";
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "MEETING_NOT_FOUND" | "NOT_FOUND" | "RESOLUTION_NOT_FOUND";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AGREEMENT_ALREADY_GIVEN" | "ALREADY_RECORDED" | "ATTENDANCE_ALREADY_RECORDED" | "CONCURRENT_WRITE" | "DIRECTOR_ALREADY_ON_BOARD" | "EVENT_PREDATES_DEPENDENCY" | "FILING_ALREADY_RECORDED" | "INTEREST_ALREADY_DECLARED" | "MEETING_HAS_NO_BUSINESS_LEFT" | "OFFICER_ALREADY_APPOINTED" | "REGULATOR_ALREADY_DECIDED" | "SHARE_ALREADY_CANCELLED" | "VOTE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ADJOURNED_TO_EARLIER_DAY" | "AGREEMENT_AFTER_LAPSE" | "AGREEMENT_BEFORE_CIRCULATION" | "ARTICLES_NEED_SPECIAL_RESOLUTION" | "ATTENDANCE_NOT_FOR_MEETING" | "ATTENDANCE_NOT_RECORDED" | "BOARD_HAS_NO_DIRECTORS" | "BUY_BACK_NEEDS_MEMBERS_RESOLUTION" | "CONTRACT_DISCLOSURE_NOT_NEEDED" | "CONTRACT_DISCLOSURE_REQUIRED" | "CONTRACT_DISCLOSURE_TOO_LATE" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "DIRECTOR_NOT_ON_BOARD" | "DIRECTOR_NOT_PRESENT" | "DUTY_UNKNOWN" | "EVENT_BEFORE_INCORPORATION" | "FILINGS_INVALID" | "FILING_BEFORE_DUTY" | "IDEMPOTENCY_KEY_REUSED" | "INTEREST_DECLARED_AFTER_VOTE" | "MEETING_BEFORE_NOTICE" | "MEMBER_NOT_ELIGIBLE" | "NOTICE_NOT_FOR_BOARD_MEETING" | "NOT_AWAITING_REGULATOR" | "NO_ELIGIBLE_MEMBERS" | "PROXY_NAME_REQUIRED" | "REGULATOR_DECISION_BEFORE_PASSING" | "RESIGNATION_BEFORE_APPOINTMENT" | "RESOLUTION_NOT_FOR_MEETING" | "RESPONSE_NOT_FOR_PROCEDURE" | "SHARE_EVENT_NOT_AUTHORISED" | "SHARE_NOT_ISSUED" | "SHORT_NOTICE_AGREED_AFTER_MEETING" | "SPECIAL_NOTICE_NOT_NEEDED" | "SPECIAL_NOTICE_REQUIRED" | "SPECIAL_NOTICE_TOO_LATE" | "VOTER_NOT_PRESENT" | "VOTE_NOT_AS_ATTENDED" | "WRITTEN_RESOLUTION_NOT_ALLOWED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ReportsController_minutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Download a meeting's minutes (PDF) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_EMPLOYEE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_REFERENCE_DAY" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "INVALID_TRANSFER" | "PARTICULARS_CHANGE_EMPTY" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "INSPECTION_REQUEST_NOT_FOUND" | "MEETING_NOT_FOUND" | "MEMBER_NOT_ON_REGISTER" | "NETWORK_UNKNOWN" | "NOT_FOUND" | "OFFICER_NOT_FOUND" | "ORGANISATION_UNKNOWN" | "PRACTICE_UNKNOWN" | "RESOLUTION_NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AGREEMENT_ALREADY_GIVEN" | "ALREADY_RECORDED" | "ASSET_LOCKED_BODY_HAS_TRANSFERS" | "ATTENDANCE_ALREADY_RECORDED" | "CENTRAL_REGISTER_ELECTION_IN_FORCE" | "CENTRAL_REGISTER_NO_ELECTION" | "CERTIFICATE_ALREADY_ISSUED" | "CERTIFICATE_NOT_IN_FORCE" | "CERTIFICATE_SHARE_NOT_HELD" | "COMPANY_NUMBER_ALREADY_SET" | "CONSULTATION_ENTRY_ALREADY_RECORDED" | "CORRECTION_BREAKS_LATER_ENTRY" | "CORRECTION_BREAKS_LATER_RECORD" | "CORRECTION_TARGET_UNKNOWN" | "DIRECTOR_ALREADY_ON_BOARD" | "DISTRIBUTABLE_PROFITS_DIFFER" | "EMPLOYEE_ALREADY_ON_TRANSFER" | "EVENT_PREDATES_DEPENDENCY" | "FILING_ALREADY_RECORDED" | "FINANCIAL_YEARS_OVERLAP" | "IDENTITY_VERIFICATION_ALREADY_RECORDED" | "INSPECTION_REQUEST_ALREADY_ANSWERED" | "INSPECTION_REQUEST_ALREADY_RECORDED" | "INTEREST_ALREADY_DECLARED" | "MEETING_HAS_NO_BUSINESS_LEFT" | "MEETING_NOT_YET_HELD" | "MEMBER_ALREADY_HOLDS_A_SHARE" | "MEMBER_NOT_CURRENT" | "NO_CERTIFICATE_TO_REPLACE" | "OFFICER_ALREADY_APPOINTED" | "OFFICER_ALREADY_IN_OFFICE" | "OFFICER_NAME_IN_OFFICE" | "ORGANISATION_ALREADY_RECORDED" | "PARTNERSHIP_MEMBER_ALREADY_ACTIVE" | "PARTNERSHIP_MEMBER_NOT_ACTIVE" | "PRACTICE_ALREADY_A_MEMBER" | "PRACTICE_ALREADY_IN_A_NETWORK" | "PRACTICE_ALREADY_IN_THAT_NETWORK" | "PRACTICE_ALREADY_LISTED" | "PRACTICE_CLOSED" | "PRACTICE_NOT_IN_A_NETWORK" | "PSC_STATEMENT_ALREADY_RECORDED" | "REGULATOR_ALREADY_DECIDED" | "SERVICE_LINE_ALREADY_RECORDED" | "SHARE_ALREADY_CANCELLED" | "SHARE_NOT_HELD_BY_MEMBER" | "SHARE_NOT_IN_ISSUE" | "SHARE_NUMBER_ALREADY_USED" | "TRANSFER_ALREADY_DECIDED" | "TRANSFER_ALREADY_LODGED" | "VOTE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    PracticesController_memberParticulars: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeMemberParticularsDto"];
            };
        };
        responses: {
            /** @description Record a change of a member's particulars */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        effectiveOn: string;
                        eventId: string;
                        ledger: {
                            hash: string;
                            sequence: number;
                        };
                        memberId: string;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "MEMBER_NOT_ON_REGISTER" | "NOT_FOUND" | "PRACTICE_UNKNOWN";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "CONCURRENT_WRITE" | "EVENT_PREDATES_DEPENDENCY" | "MEMBER_ALREADY_HOLDS_A_SHARE" | "MEMBER_NOT_CURRENT" | "PRACTICE_ALREADY_A_MEMBER" | "PRACTICE_ALREADY_LISTED" | "PRACTICE_CLOSED" | "SHARE_ALREADY_CANCELLED" | "SHARE_NOT_HELD_BY_MEMBER" | "SHARE_NUMBER_ALREADY_USED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUY_BACK_PRICE_ABOVE_PAID_UP" | "DATED_AFTER_RECORDING" | "EVENT_BEFORE_INCORPORATION" | "FORFEITURE_OF_FULLY_PAID_SHARE" | "HOLDER_NOT_ELIGIBLE" | "NOMINAL_VALUE_NOT_IN_ARTICLES" | "PAID_UP_EXCEEDS_NOMINAL" | "PARTICULARS_UNCHANGED" | "PRACTICE_NOT_ELIGIBLE" | "PRACTICE_SUCCESSOR_INVALID" | "SHARE_CLASS_NOT_IN_ARTICLES" | "SHARE_NOT_ISSUED" | "SUBSCRIBER_SHARE_NOT_ON_INCORPORATION" | "TRANSFER_REGISTERED_BEFORE_LODGED" | "TRANSFER_TO_SAME_MEMBER";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    NetworksController_asAt: {
        parameters: {
            query?: {
                /** @description As at the end of this day (YYYY-MM-DD), from 1800-01-01 to 2999-12-31; see the route for its default. A real date outside that range is 400 VALIDATION_FAILED with the bounds in details (earliest, latest) */
                asAt?: string;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List practice networks as at a date */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asAt: string;
                        networks: {
                            name: string;
                            networkId: string;
                            practiceIds: string[];
                        }[];
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_EMPLOYEE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "INVALID_TRANSFER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NETWORK_UNKNOWN" | "NOT_FOUND" | "ORGANISATION_UNKNOWN";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    NetworksController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordNetworkDto"];
            };
        };
        responses: {
            /** @description Record a practice network */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asAt: string;
                        ledger: {
                            hash: string;
                            sequence: number;
                        };
                        name: string;
                        networkId: string;
                        practiceIds: string[];
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_EMPLOYEE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "INVALID_TRANSFER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NETWORK_UNKNOWN" | "NOT_FOUND" | "ORGANISATION_UNKNOWN";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "CONCURRENT_WRITE" | "CONSULTATION_ENTRY_ALREADY_RECORDED" | "EMPLOYEE_ALREADY_ON_TRANSFER" | "ORGANISATION_ALREADY_RECORDED" | "PARTNERSHIP_MEMBER_ALREADY_ACTIVE" | "PARTNERSHIP_MEMBER_NOT_ACTIVE" | "PRACTICE_ALREADY_IN_A_NETWORK" | "PRACTICE_ALREADY_IN_THAT_NETWORK" | "PRACTICE_NOT_IN_A_NETWORK" | "SERVICE_LINE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMMISSIONER_ABOLISHED" | "COMMISSIONER_CHANGE_OUTSIDE_CONTRACT" | "COMMISSIONER_CHANGE_OUT_OF_ORDER" | "COMMISSIONER_IS_HOLDER" | "COMMISSIONER_UNCHANGED" | "CONSULTATION_REPLY_WITHOUT_REPRESENTATION" | "CONTRACT_ENDS_BEFORE_START" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "MEMBERSHIP_ENDS_BEFORE_START" | "SERVICE_LINE_MANAGER_NOT_A_MEMBER" | "STAFF_LIST_INVALID" | "TRANSFER_PARTIES_SAME" | "TUPE_RECORD_UNCHANGED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    NetworksController_addPractice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                networkId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddNetworkPracticeDto"];
            };
        };
        responses: {
            /** @description Add a practice to a network */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asAt: string;
                        ledger: {
                            hash: string;
                            sequence: number;
                        };
                        name: string;
                        networkId: string;
                        practiceIds: string[];
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_EMPLOYEE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "INVALID_TRANSFER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NETWORK_UNKNOWN" | "NOT_FOUND" | "ORGANISATION_UNKNOWN";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "CONCURRENT_WRITE" | "CONSULTATION_ENTRY_ALREADY_RECORDED" | "EMPLOYEE_ALREADY_ON_TRANSFER" | "ORGANISATION_ALREADY_RECORDED" | "PARTNERSHIP_MEMBER_ALREADY_ACTIVE" | "PARTNERSHIP_MEMBER_NOT_ACTIVE" | "PRACTICE_ALREADY_IN_A_NETWORK" | "PRACTICE_ALREADY_IN_THAT_NETWORK" | "PRACTICE_NOT_IN_A_NETWORK" | "SERVICE_LINE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMMISSIONER_ABOLISHED" | "COMMISSIONER_CHANGE_OUTSIDE_CONTRACT" | "COMMISSIONER_CHANGE_OUT_OF_ORDER" | "COMMISSIONER_IS_HOLDER" | "COMMISSIONER_UNCHANGED" | "CONSULTATION_REPLY_WITHOUT_REPRESENTATION" | "CONTRACT_ENDS_BEFORE_START" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "MEMBERSHIP_ENDS_BEFORE_START" | "SERVICE_LINE_MANAGER_NOT_A_MEMBER" | "STAFF_LIST_INVALID" | "TRANSFER_PARTIES_SAME" | "TUPE_RECORD_UNCHANGED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    NetworksController_move: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MovePracticeDto"];
            };
        };
        responses: {
            /** @description Move a practice to another network */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        fromNetworkId: string | null;
                        ledger: {
                            hash: string;
                            sequence: number;
                        };
                        networks: {
                            name: string;
                            networkId: string;
                            practiceIds: string[];
                        }[];
                        on: string;
                        practiceId: string;
                        toNetworkId: string;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_EMPLOYEE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "INVALID_TRANSFER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NETWORK_UNKNOWN" | "NOT_FOUND" | "ORGANISATION_UNKNOWN";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "CONCURRENT_WRITE" | "CONSULTATION_ENTRY_ALREADY_RECORDED" | "EMPLOYEE_ALREADY_ON_TRANSFER" | "ORGANISATION_ALREADY_RECORDED" | "PARTNERSHIP_MEMBER_ALREADY_ACTIVE" | "PARTNERSHIP_MEMBER_NOT_ACTIVE" | "PRACTICE_ALREADY_IN_A_NETWORK" | "PRACTICE_ALREADY_IN_THAT_NETWORK" | "PRACTICE_NOT_IN_A_NETWORK" | "SERVICE_LINE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMMISSIONER_ABOLISHED" | "COMMISSIONER_CHANGE_OUTSIDE_CONTRACT" | "COMMISSIONER_CHANGE_OUT_OF_ORDER" | "COMMISSIONER_IS_HOLDER" | "COMMISSIONER_UNCHANGED" | "CONSULTATION_REPLY_WITHOUT_REPRESENTATION" | "CONTRACT_ENDS_BEFORE_START" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "MEMBERSHIP_ENDS_BEFORE_START" | "SERVICE_LINE_MANAGER_NOT_A_MEMBER" | "STAFF_LIST_INVALID" | "TRANSFER_PARTIES_SAME" | "TUPE_RECORD_UNCHANGED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    OfficersController_list: {
        parameters: {
            query?: {
                /** @description As at the end of this day (YYYY-MM-DD), from 1800-01-01 to 2999-12-31; see the route for its default. A real date outside that range is 400 VALIDATION_FAILED with the bounds in details (earliest, latest) */
                asAt?: string;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List officers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appointedOn: string;
                        changes: {
                            fields: string[];
                            /** @enum {string} */
                            kind: "appointed" | "particulars-changed" | "resigned";
                            on: string;
                        }[];
                        countryOfResidence: string | null;
                        dateOfBirth?: string | null;
                        formerNames: string[];
                        identityVerification: {
                            /** @enum {string} */
                            route: "acsp" | "companies-house";
                            verifiedOn: string;
                        } | null;
                        monthAndYearOfBirth: string | null;
                        name: string;
                        nationality: string | null;
                        occupation: string | null;
                        officerId: string;
                        personalCode?: string | null;
                        personalData: boolean;
                        removedBy: string | null;
                        residentialAddress?: string | null;
                        resignedOn: string | null;
                        /** @enum {string} */
                        role: "director" | "secretary";
                        serviceAddress: string;
                    }[];
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_REFERENCE_DAY" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "PARTICULARS_CHANGE_EMPTY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INSPECTION_REQUEST_NOT_FOUND" | "NOT_FOUND" | "OFFICER_NOT_FOUND";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    OfficersController_appoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppointOfficerDto"];
            };
        };
        responses: {
            /** @description Appoint an officer */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appointedOn: string;
                        changes: {
                            fields: string[];
                            /** @enum {string} */
                            kind: "appointed" | "particulars-changed" | "resigned";
                            on: string;
                        }[];
                        countryOfResidence: string | null;
                        dateOfBirth?: string | null;
                        formerNames: string[];
                        identityVerification: {
                            /** @enum {string} */
                            route: "acsp" | "companies-house";
                            verifiedOn: string;
                        } | null;
                        monthAndYearOfBirth: string | null;
                        name: string;
                        nationality: string | null;
                        occupation: string | null;
                        officerId: string;
                        personalCode?: string | null;
                        personalData: boolean;
                        removedBy: string | null;
                        residentialAddress?: string | null;
                        resignedOn: string | null;
                        /** @enum {string} */
                        role: "director" | "secretary";
                        serviceAddress: string;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_REFERENCE_DAY" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "PARTICULARS_CHANGE_EMPTY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INSPECTION_REQUEST_NOT_FOUND" | "NOT_FOUND" | "OFFICER_NOT_FOUND";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "COMPANY_NUMBER_ALREADY_SET" | "CONCURRENT_WRITE" | "EVENT_PREDATES_DEPENDENCY" | "IDENTITY_VERIFICATION_ALREADY_RECORDED" | "INSPECTION_REQUEST_ALREADY_ANSWERED" | "INSPECTION_REQUEST_ALREADY_RECORDED" | "OFFICER_ALREADY_APPOINTED" | "OFFICER_ALREADY_IN_OFFICE" | "OFFICER_NAME_IN_OFFICE" | "PSC_STATEMENT_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ANSWER_BEFORE_REQUEST" | "CHANGE_BEFORE_APPOINTMENT" | "DATED_AFTER_RECORDING" | "DATE_OF_BIRTH_IMPLAUSIBLE" | "DIRECTOR_UNDER_MINIMUM_AGE" | "IDENTITY_NOT_VERIFIED" | "INSPECTION_APPOINTMENT_INVALID" | "INSPECTION_NOTICE_TOO_SHORT" | "INVALID_REQUEST_ANSWER" | "LAWFUL_PURPOSE_STATEMENT_MISSING" | "OFFICER_NOT_IN_OFFICE" | "OFFICER_PARTICULARS_UNCHANGED" | "PERSONAL_DETAILS_MISSING" | "PSC_NO_POSITION" | "REGISTERED_EMAIL_MISSING" | "REGISTER_OF_OFFICERS_AFTER_ECCTA" | "REMOVAL_RESOLUTION_INVALID" | "VERIFICATION_NOT_FOR_DIRECTOR" | "VERIFIED_BEFORE_VERIFICATION_BEGAN";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    OfficersController_verify: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; 1 to 255 printable ASCII characters, unique to the request (a UUID, say). The same key sent again by the same token within 24 hours with the same body records nothing new and is answered as the first was (the same status and the same record, as it stands now); with another body it is refused with 422 `IDEMPOTENCY_KEY_REUSED`. An invalid key is a 400 naming the header. Without it the route records each request. */
                "Idempotency-Key"?: string;
            };
            path: {
                companyId: string;
                officerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyIdentityDto"];
            };
        };
        responses: {
            /** @description Record an officer's identity verification */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appointedOn: string;
                        changes: {
                            fields: string[];
                            /** @enum {string} */
                            kind: "appointed" | "particulars-changed" | "resigned";
                            on: string;
                        }[];
                        countryOfResidence: string | null;
                        dateOfBirth?: string | null;
                        formerNames: string[];
                        identityVerification: {
                            /** @enum {string} */
                            route: "acsp" | "companies-house";
                            verifiedOn: string;
                        } | null;
                        monthAndYearOfBirth: string | null;
                        name: string;
                        nationality: string | null;
                        occupation: string | null;
                        officerId: string;
                        personalCode?: string | null;
                        personalData: boolean;
                        removedBy: string | null;
                        residentialAddress?: string | null;
                        resignedOn: string | null;
                        /** @enum {string} */
                        role: "director" | "secretary";
                        serviceAddress: string;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_REFERENCE_DAY" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "PARTICULARS_CHANGE_EMPTY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INSPECTION_REQUEST_NOT_FOUND" | "NOT_FOUND" | "OFFICER_NOT_FOUND";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "COMPANY_NUMBER_ALREADY_SET" | "CONCURRENT_WRITE" | "EVENT_PREDATES_DEPENDENCY" | "IDENTITY_VERIFICATION_ALREADY_RECORDED" | "INSPECTION_REQUEST_ALREADY_ANSWERED" | "INSPECTION_REQUEST_ALREADY_RECORDED" | "OFFICER_ALREADY_APPOINTED" | "OFFICER_ALREADY_IN_OFFICE" | "OFFICER_NAME_IN_OFFICE" | "PSC_STATEMENT_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ANSWER_BEFORE_REQUEST" | "CHANGE_BEFORE_APPOINTMENT" | "DATED_AFTER_RECORDING" | "DATE_OF_BIRTH_IMPLAUSIBLE" | "DIRECTOR_UNDER_MINIMUM_AGE" | "IDEMPOTENCY_KEY_REUSED" | "IDENTITY_NOT_VERIFIED" | "INSPECTION_APPOINTMENT_INVALID" | "INSPECTION_NOTICE_TOO_SHORT" | "INVALID_REQUEST_ANSWER" | "LAWFUL_PURPOSE_STATEMENT_MISSING" | "OFFICER_NOT_IN_OFFICE" | "OFFICER_PARTICULARS_UNCHANGED" | "PERSONAL_DETAILS_MISSING" | "PSC_NO_POSITION" | "REGISTERED_EMAIL_MISSING" | "REGISTER_OF_OFFICERS_AFTER_ECCTA" | "REMOVAL_RESOLUTION_INVALID" | "VERIFICATION_NOT_FOR_DIRECTOR" | "VERIFIED_BEFORE_VERIFICATION_BEGAN";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    OfficersController_change: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                officerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeOfficerParticularsDto"];
            };
        };
        responses: {
            /** @description Record a change of an officer's particulars */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appointedOn: string;
                        changes: {
                            fields: string[];
                            /** @enum {string} */
                            kind: "appointed" | "particulars-changed" | "resigned";
                            on: string;
                        }[];
                        countryOfResidence: string | null;
                        dateOfBirth?: string | null;
                        formerNames: string[];
                        identityVerification: {
                            /** @enum {string} */
                            route: "acsp" | "companies-house";
                            verifiedOn: string;
                        } | null;
                        monthAndYearOfBirth: string | null;
                        name: string;
                        nationality: string | null;
                        occupation: string | null;
                        officerId: string;
                        personalCode?: string | null;
                        personalData: boolean;
                        removedBy: string | null;
                        residentialAddress?: string | null;
                        resignedOn: string | null;
                        /** @enum {string} */
                        role: "director" | "secretary";
                        serviceAddress: string;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_REFERENCE_DAY" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "PARTICULARS_CHANGE_EMPTY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INSPECTION_REQUEST_NOT_FOUND" | "NOT_FOUND" | "OFFICER_NOT_FOUND";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "COMPANY_NUMBER_ALREADY_SET" | "CONCURRENT_WRITE" | "EVENT_PREDATES_DEPENDENCY" | "IDENTITY_VERIFICATION_ALREADY_RECORDED" | "INSPECTION_REQUEST_ALREADY_ANSWERED" | "INSPECTION_REQUEST_ALREADY_RECORDED" | "OFFICER_ALREADY_APPOINTED" | "OFFICER_ALREADY_IN_OFFICE" | "OFFICER_NAME_IN_OFFICE" | "PSC_STATEMENT_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ANSWER_BEFORE_REQUEST" | "CHANGE_BEFORE_APPOINTMENT" | "DATED_AFTER_RECORDING" | "DATE_OF_BIRTH_IMPLAUSIBLE" | "DIRECTOR_UNDER_MINIMUM_AGE" | "IDENTITY_NOT_VERIFIED" | "INSPECTION_APPOINTMENT_INVALID" | "INSPECTION_NOTICE_TOO_SHORT" | "INVALID_REQUEST_ANSWER" | "LAWFUL_PURPOSE_STATEMENT_MISSING" | "OFFICER_NOT_IN_OFFICE" | "OFFICER_PARTICULARS_UNCHANGED" | "PERSONAL_DETAILS_MISSING" | "PSC_NO_POSITION" | "REGISTERED_EMAIL_MISSING" | "REGISTER_OF_OFFICERS_AFTER_ECCTA" | "REMOVAL_RESOLUTION_INVALID" | "VERIFICATION_NOT_FOR_DIRECTOR" | "VERIFIED_BEFORE_VERIFICATION_BEGAN";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    OfficersController_resign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                officerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfficerResignationDto"];
            };
        };
        responses: {
            /** @description Record that an officer left office: a resignation, or a director's removal by the members (s.168) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appointedOn: string;
                        changes: {
                            fields: string[];
                            /** @enum {string} */
                            kind: "appointed" | "particulars-changed" | "resigned";
                            on: string;
                        }[];
                        countryOfResidence: string | null;
                        dateOfBirth?: string | null;
                        formerNames: string[];
                        identityVerification: {
                            /** @enum {string} */
                            route: "acsp" | "companies-house";
                            verifiedOn: string;
                        } | null;
                        monthAndYearOfBirth: string | null;
                        name: string;
                        nationality: string | null;
                        occupation: string | null;
                        officerId: string;
                        personalCode?: string | null;
                        personalData: boolean;
                        removedBy: string | null;
                        residentialAddress?: string | null;
                        resignedOn: string | null;
                        /** @enum {string} */
                        role: "director" | "secretary";
                        serviceAddress: string;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_REFERENCE_DAY" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "PARTICULARS_CHANGE_EMPTY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INSPECTION_REQUEST_NOT_FOUND" | "NOT_FOUND" | "OFFICER_NOT_FOUND";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "COMPANY_NUMBER_ALREADY_SET" | "CONCURRENT_WRITE" | "EVENT_PREDATES_DEPENDENCY" | "IDENTITY_VERIFICATION_ALREADY_RECORDED" | "INSPECTION_REQUEST_ALREADY_ANSWERED" | "INSPECTION_REQUEST_ALREADY_RECORDED" | "OFFICER_ALREADY_APPOINTED" | "OFFICER_ALREADY_IN_OFFICE" | "OFFICER_NAME_IN_OFFICE" | "PSC_STATEMENT_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ANSWER_BEFORE_REQUEST" | "CHANGE_BEFORE_APPOINTMENT" | "DATED_AFTER_RECORDING" | "DATE_OF_BIRTH_IMPLAUSIBLE" | "DIRECTOR_UNDER_MINIMUM_AGE" | "IDENTITY_NOT_VERIFIED" | "INSPECTION_APPOINTMENT_INVALID" | "INSPECTION_NOTICE_TOO_SHORT" | "INVALID_REQUEST_ANSWER" | "LAWFUL_PURPOSE_STATEMENT_MISSING" | "OFFICER_NOT_IN_OFFICE" | "OFFICER_PARTICULARS_UNCHANGED" | "PERSONAL_DETAILS_MISSING" | "PSC_NO_POSITION" | "REGISTERED_EMAIL_MISSING" | "REGISTER_OF_OFFICERS_AFTER_ECCTA" | "REMOVAL_RESOLUTION_INVALID" | "VERIFICATION_NOT_FOR_DIRECTOR" | "VERIFIED_BEFORE_VERIFICATION_BEGAN";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    OfficersController_warnings: {
        parameters: {
            query?: {
                /** @description As at the end of this day (YYYY-MM-DD), from 1800-01-01 to 2999-12-31; see the route for its default. A real date outside that range is 400 VALIDATION_FAILED with the bounds in details (earliest, latest) */
                asAt?: string;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List identity verification warnings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asAt: string;
                        firstStatementAfterEcctaDueOn: string;
                        warnings: {
                            dueOn: string;
                            message: string;
                            name: string;
                            officerId: string;
                            /** @enum {string} */
                            warning: "acting-unverified" | "appointment-not-notified" | "verification-due";
                        }[];
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_REFERENCE_DAY" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "PARTICULARS_CHANGE_EMPTY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INSPECTION_REQUEST_NOT_FOUND" | "NOT_FOUND" | "OFFICER_NOT_FOUND";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    OrganisationsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List organisations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "ccg" | "icb" | "local-authority" | "nhs-trust" | "other" | "the-company" | "voluntary-sector";
                        name: string;
                        note: string | null;
                        organisationId: string;
                    }[];
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_EMPLOYEE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "INVALID_TRANSFER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NETWORK_UNKNOWN" | "NOT_FOUND" | "ORGANISATION_UNKNOWN";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    OrganisationsController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordOrganisationDto"];
            };
        };
        responses: {
            /** @description Record an organisation */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "ccg" | "icb" | "local-authority" | "nhs-trust" | "other" | "the-company" | "voluntary-sector";
                        ledger: {
                            hash: string;
                            sequence: number;
                        };
                        name: string;
                        note: string | null;
                        organisationId: string;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_EMPLOYEE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "INVALID_TRANSFER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NETWORK_UNKNOWN" | "NOT_FOUND" | "ORGANISATION_UNKNOWN";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "CONCURRENT_WRITE" | "CONSULTATION_ENTRY_ALREADY_RECORDED" | "EMPLOYEE_ALREADY_ON_TRANSFER" | "ORGANISATION_ALREADY_RECORDED" | "PARTNERSHIP_MEMBER_ALREADY_ACTIVE" | "PARTNERSHIP_MEMBER_NOT_ACTIVE" | "PRACTICE_ALREADY_IN_A_NETWORK" | "PRACTICE_ALREADY_IN_THAT_NETWORK" | "PRACTICE_NOT_IN_A_NETWORK" | "SERVICE_LINE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMMISSIONER_ABOLISHED" | "COMMISSIONER_CHANGE_OUTSIDE_CONTRACT" | "COMMISSIONER_CHANGE_OUT_OF_ORDER" | "COMMISSIONER_IS_HOLDER" | "COMMISSIONER_UNCHANGED" | "CONSULTATION_REPLY_WITHOUT_REPRESENTATION" | "CONTRACT_ENDS_BEFORE_START" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "MEMBERSHIP_ENDS_BEFORE_START" | "SERVICE_LINE_MANAGER_NOT_A_MEMBER" | "STAFF_LIST_INVALID" | "TRANSFER_PARTIES_SAME" | "TUPE_RECORD_UNCHANGED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    OrganisationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Read an organisation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "ccg" | "icb" | "local-authority" | "nhs-trust" | "other" | "the-company" | "voluntary-sector";
                        name: string;
                        note: string | null;
                        organisationId: string;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_EMPLOYEE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "INVALID_TRANSFER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NETWORK_UNKNOWN" | "NOT_FOUND" | "ORGANISATION_UNKNOWN";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CompanyRecordsController_readParticulars: {
        parameters: {
            query?: {
                /** @description As at the end of this day (YYYY-MM-DD), from 1800-01-01 to 2999-12-31; see the route for its default. A real date outside that range is 400 VALIDATION_FAILED with the bounds in details (earliest, latest) */
                asAt?: string;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Read the company's particulars */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountingReferenceDate: {
                            day: number;
                            month: number;
                        } | null;
                        accountingReferenceDateRecorded: boolean;
                        asAt: string;
                        changes: ({
                            accountingReferenceDate?: {
                                day: number;
                                month: number;
                            };
                            companyNumber?: string;
                            effectiveOn: string;
                            notices: {
                                filedOn: string | null;
                                /** @enum {string} */
                                formCode: "AA01" | "AD01";
                                reference: string;
                                waiting: boolean;
                            }[];
                            registeredEmailAddress?: string;
                            registeredOffice?: string;
                            sicCodes?: string[];
                        } | {
                            accountingReferenceDate?: {
                                day: number;
                                month: number;
                            };
                            companyNumber?: string;
                            effectiveOn: string;
                            notices?: Record<string, never>;
                            registeredEmailAddress?: string;
                            registeredOffice?: string;
                            sicCodes?: string[];
                        })[];
                        companyNumber: string | null;
                        pending: {
                            accountingReferenceDate?: {
                                day: number;
                                month: number;
                            };
                            decidedOn: string;
                            /** @enum {string} */
                            formCode: "AA01" | "AD01";
                            reference: string;
                            registeredOffice?: string;
                        }[];
                        previousRegisteredOffice: {
                            address: string;
                            replacedOn: string;
                            servableUntil: string;
                        } | null;
                        previousRegisteredOffices: {
                            address: string;
                            replacedOn: string;
                            servableUntil: string;
                        }[];
                        registeredEmailAddress: string | null;
                        registeredOffice: string;
                        sicCodes: string[];
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_REFERENCE_DAY" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "PARTICULARS_CHANGE_EMPTY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INSPECTION_REQUEST_NOT_FOUND" | "NOT_FOUND" | "OFFICER_NOT_FOUND";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CompanyRecordsController_changeParticulars: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeParticularsDto"];
            };
        };
        responses: {
            /** @description Record a change of the company's particulars */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountingReferenceDate?: {
                            day: number;
                            month: number;
                        };
                        companyNumber?: string;
                        effectiveOn: string;
                        inForce: {
                            accountingReferenceDate: {
                                day: number;
                                month: number;
                            } | null;
                            companyNumber: string | null;
                            registeredEmailAddress: string | null;
                            registeredOffice: string;
                            sicCodes: string[];
                        };
                        pending: {
                            accountingReferenceDate?: {
                                day: number;
                                month: number;
                            };
                            decidedOn: string;
                            /** @enum {string} */
                            formCode: "AA01" | "AD01";
                            reference: string;
                            registeredOffice?: string;
                        }[];
                        registeredEmailAddress?: string;
                        registeredOffice?: string;
                        sicCodes?: string[];
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_REFERENCE_DAY" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "PARTICULARS_CHANGE_EMPTY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INSPECTION_REQUEST_NOT_FOUND" | "NOT_FOUND" | "OFFICER_NOT_FOUND";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "COMPANY_NUMBER_ALREADY_SET" | "CONCURRENT_WRITE" | "EVENT_PREDATES_DEPENDENCY" | "IDENTITY_VERIFICATION_ALREADY_RECORDED" | "INSPECTION_REQUEST_ALREADY_ANSWERED" | "INSPECTION_REQUEST_ALREADY_RECORDED" | "OFFICER_ALREADY_APPOINTED" | "OFFICER_ALREADY_IN_OFFICE" | "OFFICER_NAME_IN_OFFICE" | "PSC_STATEMENT_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ANSWER_BEFORE_REQUEST" | "CHANGE_BEFORE_APPOINTMENT" | "DATED_AFTER_RECORDING" | "DATE_OF_BIRTH_IMPLAUSIBLE" | "DIRECTOR_UNDER_MINIMUM_AGE" | "IDENTITY_NOT_VERIFIED" | "INSPECTION_APPOINTMENT_INVALID" | "INSPECTION_NOTICE_TOO_SHORT" | "INVALID_REQUEST_ANSWER" | "LAWFUL_PURPOSE_STATEMENT_MISSING" | "OFFICER_NOT_IN_OFFICE" | "OFFICER_PARTICULARS_UNCHANGED" | "PERSONAL_DETAILS_MISSING" | "PSC_NO_POSITION" | "REGISTERED_EMAIL_MISSING" | "REGISTER_OF_OFFICERS_AFTER_ECCTA" | "REMOVAL_RESOLUTION_INVALID" | "VERIFICATION_NOT_FOR_DIRECTOR" | "VERIFIED_BEFORE_VERIFICATION_BEGAN";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    PartnershipsController_list: {
        parameters: {
            query?: {
                /** @description As at the end of this day (YYYY-MM-DD), from 1800-01-01 to 2999-12-31; see the route for its default. A real date outside that range is 400 VALIDATION_FAILED with the bounds in details (earliest, latest) */
                asAt?: string;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List partnerships as at a date */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asAt: string;
                        history: {
                            joinedOn: string;
                            leftOn: string | null;
                            organisationId: string;
                            /** @enum {string} */
                            role: "alliance-manager" | "commissioner" | "partner";
                        }[];
                        members: {
                            organisationId: string;
                            organisationName: string | null;
                            /** @enum {string} */
                            role: "alliance-manager" | "commissioner" | "partner";
                            since: string;
                        }[];
                        name: string;
                        note: string | null;
                        partnershipId: string;
                        serviceLines: {
                            endOn: string | null;
                            managedById: string;
                            managedByName: string | null;
                            managerIsMember: boolean;
                            name: string;
                            serviceLineId: string;
                            startOn: string;
                        }[];
                    }[];
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_EMPLOYEE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "INVALID_TRANSFER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NETWORK_UNKNOWN" | "NOT_FOUND" | "ORGANISATION_UNKNOWN";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    PartnershipsController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordPartnershipDto"];
            };
        };
        responses: {
            /** @description Record a partnership */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asAt: string;
                        history: {
                            joinedOn: string;
                            leftOn: string | null;
                            organisationId: string;
                            /** @enum {string} */
                            role: "alliance-manager" | "commissioner" | "partner";
                        }[];
                        ledger: {
                            hash: string;
                            sequence: number;
                        };
                        members: {
                            organisationId: string;
                            organisationName: string | null;
                            /** @enum {string} */
                            role: "alliance-manager" | "commissioner" | "partner";
                            since: string;
                        }[];
                        name: string;
                        note: string | null;
                        partnershipId: string;
                        serviceLines: {
                            endOn: string | null;
                            managedById: string;
                            managedByName: string | null;
                            managerIsMember: boolean;
                            name: string;
                            serviceLineId: string;
                            startOn: string;
                        }[];
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_EMPLOYEE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "INVALID_TRANSFER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NETWORK_UNKNOWN" | "NOT_FOUND" | "ORGANISATION_UNKNOWN";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "CONCURRENT_WRITE" | "CONSULTATION_ENTRY_ALREADY_RECORDED" | "EMPLOYEE_ALREADY_ON_TRANSFER" | "ORGANISATION_ALREADY_RECORDED" | "PARTNERSHIP_MEMBER_ALREADY_ACTIVE" | "PARTNERSHIP_MEMBER_NOT_ACTIVE" | "PRACTICE_ALREADY_IN_A_NETWORK" | "PRACTICE_ALREADY_IN_THAT_NETWORK" | "PRACTICE_NOT_IN_A_NETWORK" | "SERVICE_LINE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMMISSIONER_ABOLISHED" | "COMMISSIONER_CHANGE_OUTSIDE_CONTRACT" | "COMMISSIONER_CHANGE_OUT_OF_ORDER" | "COMMISSIONER_IS_HOLDER" | "COMMISSIONER_UNCHANGED" | "CONSULTATION_REPLY_WITHOUT_REPRESENTATION" | "CONTRACT_ENDS_BEFORE_START" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "MEMBERSHIP_ENDS_BEFORE_START" | "SERVICE_LINE_MANAGER_NOT_A_MEMBER" | "STAFF_LIST_INVALID" | "TRANSFER_PARTIES_SAME" | "TUPE_RECORD_UNCHANGED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    PartnershipsController_get: {
        parameters: {
            query?: {
                /** @description As at the end of this day (YYYY-MM-DD), from 1800-01-01 to 2999-12-31; see the route for its default. A real date outside that range is 400 VALIDATION_FAILED with the bounds in details (earliest, latest) */
                asAt?: string;
            };
            header?: never;
            path: {
                companyId: string;
                partnershipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Read a partnership as at a date */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asAt: string;
                        history: {
                            joinedOn: string;
                            leftOn: string | null;
                            organisationId: string;
                            /** @enum {string} */
                            role: "alliance-manager" | "commissioner" | "partner";
                        }[];
                        members: {
                            organisationId: string;
                            organisationName: string | null;
                            /** @enum {string} */
                            role: "alliance-manager" | "commissioner" | "partner";
                            since: string;
                        }[];
                        name: string;
                        note: string | null;
                        partnershipId: string;
                        serviceLines: {
                            endOn: string | null;
                            managedById: string;
                            managedByName: string | null;
                            managerIsMember: boolean;
                            name: string;
                            serviceLineId: string;
                            startOn: string;
                        }[];
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_EMPLOYEE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "INVALID_TRANSFER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NETWORK_UNKNOWN" | "NOT_FOUND" | "ORGANISATION_UNKNOWN";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    PartnershipsController_addMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                partnershipId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddPartnershipMemberDto"];
            };
        };
        responses: {
            /** @description Add a member to a partnership */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asAt: string;
                        history: {
                            joinedOn: string;
                            leftOn: string | null;
                            organisationId: string;
                            /** @enum {string} */
                            role: "alliance-manager" | "commissioner" | "partner";
                        }[];
                        ledger: {
                            hash: string;
                            sequence: number;
                        };
                        members: {
                            organisationId: string;
                            organisationName: string | null;
                            /** @enum {string} */
                            role: "alliance-manager" | "commissioner" | "partner";
                            since: string;
                        }[];
                        name: string;
                        note: string | null;
                        partnershipId: string;
                        serviceLines: {
                            endOn: string | null;
                            managedById: string;
                            managedByName: string | null;
                            managerIsMember: boolean;
                            name: string;
                            serviceLineId: string;
                            startOn: string;
                        }[];
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_EMPLOYEE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "INVALID_TRANSFER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NETWORK_UNKNOWN" | "NOT_FOUND" | "ORGANISATION_UNKNOWN";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "CONCURRENT_WRITE" | "CONSULTATION_ENTRY_ALREADY_RECORDED" | "EMPLOYEE_ALREADY_ON_TRANSFER" | "ORGANISATION_ALREADY_RECORDED" | "PARTNERSHIP_MEMBER_ALREADY_ACTIVE" | "PARTNERSHIP_MEMBER_NOT_ACTIVE" | "PRACTICE_ALREADY_IN_A_NETWORK" | "PRACTICE_ALREADY_IN_THAT_NETWORK" | "PRACTICE_NOT_IN_A_NETWORK" | "SERVICE_LINE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMMISSIONER_ABOLISHED" | "COMMISSIONER_CHANGE_OUTSIDE_CONTRACT" | "COMMISSIONER_CHANGE_OUT_OF_ORDER" | "COMMISSIONER_IS_HOLDER" | "COMMISSIONER_UNCHANGED" | "CONSULTATION_REPLY_WITHOUT_REPRESENTATION" | "CONTRACT_ENDS_BEFORE_START" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "MEMBERSHIP_ENDS_BEFORE_START" | "SERVICE_LINE_MANAGER_NOT_A_MEMBER" | "STAFF_LIST_INVALID" | "TRANSFER_PARTIES_SAME" | "TUPE_RECORD_UNCHANGED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    PartnershipsController_recordDeparture: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                organisationId: string;
                partnershipId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordDepartureDto"];
            };
        };
        responses: {
            /** @description Record a member leaving a partnership */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asAt: string;
                        history: {
                            joinedOn: string;
                            leftOn: string | null;
                            organisationId: string;
                            /** @enum {string} */
                            role: "alliance-manager" | "commissioner" | "partner";
                        }[];
                        ledger: {
                            hash: string;
                            sequence: number;
                        };
                        members: {
                            organisationId: string;
                            organisationName: string | null;
                            /** @enum {string} */
                            role: "alliance-manager" | "commissioner" | "partner";
                            since: string;
                        }[];
                        name: string;
                        note: string | null;
                        partnershipId: string;
                        serviceLines: {
                            endOn: string | null;
                            managedById: string;
                            managedByName: string | null;
                            managerIsMember: boolean;
                            name: string;
                            serviceLineId: string;
                            startOn: string;
                        }[];
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_EMPLOYEE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "INVALID_TRANSFER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NETWORK_UNKNOWN" | "NOT_FOUND" | "ORGANISATION_UNKNOWN";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "CONCURRENT_WRITE" | "CONSULTATION_ENTRY_ALREADY_RECORDED" | "EMPLOYEE_ALREADY_ON_TRANSFER" | "ORGANISATION_ALREADY_RECORDED" | "PARTNERSHIP_MEMBER_ALREADY_ACTIVE" | "PARTNERSHIP_MEMBER_NOT_ACTIVE" | "PRACTICE_ALREADY_IN_A_NETWORK" | "PRACTICE_ALREADY_IN_THAT_NETWORK" | "PRACTICE_NOT_IN_A_NETWORK" | "SERVICE_LINE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMMISSIONER_ABOLISHED" | "COMMISSIONER_CHANGE_OUTSIDE_CONTRACT" | "COMMISSIONER_CHANGE_OUT_OF_ORDER" | "COMMISSIONER_IS_HOLDER" | "COMMISSIONER_UNCHANGED" | "CONSULTATION_REPLY_WITHOUT_REPRESENTATION" | "CONTRACT_ENDS_BEFORE_START" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "MEMBERSHIP_ENDS_BEFORE_START" | "SERVICE_LINE_MANAGER_NOT_A_MEMBER" | "STAFF_LIST_INVALID" | "TRANSFER_PARTIES_SAME" | "TUPE_RECORD_UNCHANGED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    PartnershipsController_addServiceLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                partnershipId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddServiceLineDto"];
            };
        };
        responses: {
            /** @description Add a service line to a partnership */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asAt: string;
                        history: {
                            joinedOn: string;
                            leftOn: string | null;
                            organisationId: string;
                            /** @enum {string} */
                            role: "alliance-manager" | "commissioner" | "partner";
                        }[];
                        ledger: {
                            hash: string;
                            sequence: number;
                        };
                        members: {
                            organisationId: string;
                            organisationName: string | null;
                            /** @enum {string} */
                            role: "alliance-manager" | "commissioner" | "partner";
                            since: string;
                        }[];
                        name: string;
                        note: string | null;
                        partnershipId: string;
                        serviceLines: {
                            endOn: string | null;
                            managedById: string;
                            managedByName: string | null;
                            managerIsMember: boolean;
                            name: string;
                            serviceLineId: string;
                            startOn: string;
                        }[];
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_EMPLOYEE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "INVALID_TRANSFER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NETWORK_UNKNOWN" | "NOT_FOUND" | "ORGANISATION_UNKNOWN";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "CONCURRENT_WRITE" | "CONSULTATION_ENTRY_ALREADY_RECORDED" | "EMPLOYEE_ALREADY_ON_TRANSFER" | "ORGANISATION_ALREADY_RECORDED" | "PARTNERSHIP_MEMBER_ALREADY_ACTIVE" | "PARTNERSHIP_MEMBER_NOT_ACTIVE" | "PRACTICE_ALREADY_IN_A_NETWORK" | "PRACTICE_ALREADY_IN_THAT_NETWORK" | "PRACTICE_NOT_IN_A_NETWORK" | "SERVICE_LINE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMMISSIONER_ABOLISHED" | "COMMISSIONER_CHANGE_OUTSIDE_CONTRACT" | "COMMISSIONER_CHANGE_OUT_OF_ORDER" | "COMMISSIONER_IS_HOLDER" | "COMMISSIONER_UNCHANGED" | "CONSULTATION_REPLY_WITHOUT_REPRESENTATION" | "CONTRACT_ENDS_BEFORE_START" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "MEMBERSHIP_ENDS_BEFORE_START" | "SERVICE_LINE_MANAGER_NOT_A_MEMBER" | "STAFF_LIST_INVALID" | "TRANSFER_PARTIES_SAME" | "TUPE_RECORD_UNCHANGED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    PracticesController_list: {
        parameters: {
            query?: {
                /** @description As at the end of this day (YYYY-MM-DD), from 1800-01-01 to 2999-12-31; see the route for its default. A real date outside that range is 400 VALIDATION_FAILED with the bounds in details (earliest, latest) */
                asAt?: string;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List practices as at a date */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: string;
                        admittedOn: string | null;
                        closedOn: string | null;
                        /** @enum {string|null} */
                        closureReason: "closed" | "contract-ended" | "merged" | null;
                        eligible: boolean;
                        name: string;
                        networkName: string | null;
                        odsCode: string;
                        particulars: {
                            address: string;
                            from: string | null;
                            name: string;
                            recordedAt: string | null;
                        }[];
                        practiceId: string;
                        successorPracticeId: string | null;
                    }[];
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "MEMBER_NOT_ON_REGISTER" | "NOT_FOUND" | "PRACTICE_UNKNOWN";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    PracticesController_admit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; 1 to 255 printable ASCII characters, unique to the request (a UUID, say). The same key sent again by the same token within 24 hours with the same body records nothing new and is answered as the first was (the same status and the same record, as it stands now); with another body it is refused with 422 `IDEMPOTENCY_KEY_REUSED`. An invalid key is a 400 naming the header. Without it the route records each request. */
                "Idempotency-Key"?: string;
            };
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdmitPracticeDto"];
            };
        };
        responses: {
            /** @description Add a practice to the list */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: string;
                        admittedOn: string | null;
                        closedOn: string | null;
                        /** @enum {string|null} */
                        closureReason: "closed" | "contract-ended" | "merged" | null;
                        eligible: boolean;
                        ledger: {
                            hash: string;
                            sequence: number;
                        };
                        name: string;
                        networkName: string | null;
                        odsCode: string;
                        particulars: {
                            address: string;
                            from: string | null;
                            name: string;
                            recordedAt: string | null;
                        }[];
                        practiceId: string;
                        successorPracticeId: string | null;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "MEMBER_NOT_ON_REGISTER" | "NOT_FOUND" | "PRACTICE_UNKNOWN";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "CONCURRENT_WRITE" | "EVENT_PREDATES_DEPENDENCY" | "MEMBER_ALREADY_HOLDS_A_SHARE" | "MEMBER_NOT_CURRENT" | "PRACTICE_ALREADY_A_MEMBER" | "PRACTICE_ALREADY_LISTED" | "PRACTICE_CLOSED" | "SHARE_ALREADY_CANCELLED" | "SHARE_NOT_HELD_BY_MEMBER" | "SHARE_NUMBER_ALREADY_USED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUY_BACK_PRICE_ABOVE_PAID_UP" | "DATED_AFTER_RECORDING" | "EVENT_BEFORE_INCORPORATION" | "FORFEITURE_OF_FULLY_PAID_SHARE" | "HOLDER_NOT_ELIGIBLE" | "IDEMPOTENCY_KEY_REUSED" | "NOMINAL_VALUE_NOT_IN_ARTICLES" | "PAID_UP_EXCEEDS_NOMINAL" | "PARTICULARS_UNCHANGED" | "PRACTICE_NOT_ELIGIBLE" | "PRACTICE_SUCCESSOR_INVALID" | "SHARE_CLASS_NOT_IN_ARTICLES" | "SHARE_NOT_ISSUED" | "SUBSCRIBER_SHARE_NOT_ON_INCORPORATION" | "TRANSFER_REGISTERED_BEFORE_LODGED" | "TRANSFER_TO_SAME_MEMBER";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    PracticesController_change: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                practiceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePracticeDto"];
            };
        };
        responses: {
            /** @description Record a change of a practice's particulars */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: string;
                        admittedOn: string | null;
                        closedOn: string | null;
                        /** @enum {string|null} */
                        closureReason: "closed" | "contract-ended" | "merged" | null;
                        eligible: boolean;
                        ledger: {
                            hash: string;
                            sequence: number;
                        };
                        memberId: string | null;
                        name: string;
                        networkName: string | null;
                        odsCode: string;
                        particulars: {
                            address: string;
                            from: string | null;
                            name: string;
                            recordedAt: string | null;
                        }[];
                        practiceId: string;
                        registerEntry: {
                            ledger: {
                                hash: string;
                                sequence: number;
                            };
                            memberId: string;
                        } | null;
                        successorPracticeId: string | null;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "MEMBER_NOT_ON_REGISTER" | "NOT_FOUND" | "PRACTICE_UNKNOWN";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "CONCURRENT_WRITE" | "EVENT_PREDATES_DEPENDENCY" | "MEMBER_ALREADY_HOLDS_A_SHARE" | "MEMBER_NOT_CURRENT" | "PRACTICE_ALREADY_A_MEMBER" | "PRACTICE_ALREADY_LISTED" | "PRACTICE_CLOSED" | "SHARE_ALREADY_CANCELLED" | "SHARE_NOT_HELD_BY_MEMBER" | "SHARE_NUMBER_ALREADY_USED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUY_BACK_PRICE_ABOVE_PAID_UP" | "DATED_AFTER_RECORDING" | "EVENT_BEFORE_INCORPORATION" | "FORFEITURE_OF_FULLY_PAID_SHARE" | "HOLDER_NOT_ELIGIBLE" | "NOMINAL_VALUE_NOT_IN_ARTICLES" | "PAID_UP_EXCEEDS_NOMINAL" | "PARTICULARS_UNCHANGED" | "PRACTICE_NOT_ELIGIBLE" | "PRACTICE_SUCCESSOR_INVALID" | "SHARE_CLASS_NOT_IN_ARTICLES" | "SHARE_NOT_ISSUED" | "SUBSCRIBER_SHARE_NOT_ON_INCORPORATION" | "TRANSFER_REGISTERED_BEFORE_LODGED" | "TRANSFER_TO_SAME_MEMBER";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    PracticesController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                practiceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClosePracticeDto"];
            };
        };
        responses: {
            /** @description Record a practice's closure */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: string;
                        admittedOn: string | null;
                        closedOn: string | null;
                        /** @enum {string|null} */
                        closureReason: "closed" | "contract-ended" | "merged" | null;
                        duties: {
                            /** @enum {string} */
                            action: "buy-back" | "surrender" | "transfer to the successor";
                            dueOn: string;
                            memberId: string;
                            reference: string;
                            shareNumber: number;
                        }[];
                        eligible: boolean;
                        ledger: {
                            hash: string;
                            sequence: number;
                        };
                        leftNetworkId: string | null;
                        name: string;
                        networkName: string | null;
                        odsCode: string;
                        particulars: {
                            address: string;
                            from: string | null;
                            name: string;
                            recordedAt: string | null;
                        }[];
                        practiceId: string;
                        successorPracticeId: string | null;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "MEMBER_NOT_ON_REGISTER" | "NOT_FOUND" | "PRACTICE_UNKNOWN";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "CONCURRENT_WRITE" | "EVENT_PREDATES_DEPENDENCY" | "MEMBER_ALREADY_HOLDS_A_SHARE" | "MEMBER_NOT_CURRENT" | "PRACTICE_ALREADY_A_MEMBER" | "PRACTICE_ALREADY_LISTED" | "PRACTICE_CLOSED" | "SHARE_ALREADY_CANCELLED" | "SHARE_NOT_HELD_BY_MEMBER" | "SHARE_NUMBER_ALREADY_USED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUY_BACK_PRICE_ABOVE_PAID_UP" | "DATED_AFTER_RECORDING" | "EVENT_BEFORE_INCORPORATION" | "FORFEITURE_OF_FULLY_PAID_SHARE" | "HOLDER_NOT_ELIGIBLE" | "NOMINAL_VALUE_NOT_IN_ARTICLES" | "PAID_UP_EXCEEDS_NOMINAL" | "PARTICULARS_UNCHANGED" | "PRACTICE_NOT_ELIGIBLE" | "PRACTICE_SUCCESSOR_INVALID" | "SHARE_CLASS_NOT_IN_ARTICLES" | "SHARE_NOT_ISSUED" | "SUBSCRIBER_SHARE_NOT_ON_INCORPORATION" | "TRANSFER_REGISTERED_BEFORE_LODGED" | "TRANSFER_TO_SAME_MEMBER";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CompanyRecordsController_readPsc: {
        parameters: {
            query?: {
                /** @description As at the end of this day (YYYY-MM-DD), from 1800-01-01 to 2999-12-31; see the route for its default. A real date outside that range is 400 VALIDATION_FAILED with the bounds in details (earliest, latest) */
                asAt?: string;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Read the PSC statement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asAt: string;
                        issuedShares: number;
                        persons: {
                            memberId: string;
                            name: string;
                            sharesPercent: number;
                            votesPercent: number;
                        }[];
                        recorded: {
                            issuedShares: number;
                            madeOn: string;
                            persons: {
                                memberId: string;
                                name: string;
                                sharesPercent: number;
                                votesPercent: number;
                            }[];
                            /** @enum {string} */
                            statement: "no-registrable-person" | "registrable-persons";
                            text: string;
                        }[];
                        /** @enum {string|null} */
                        statement: "no-registrable-person" | "registrable-persons" | null;
                        statements: {
                            from: string;
                            issuedShares: number;
                            persons: {
                                memberId: string;
                                name: string;
                                sharesPercent: number;
                                votesPercent: number;
                            }[];
                            /** @enum {string} */
                            statement: "no-registrable-person" | "registrable-persons";
                            text: string;
                            warnings: string[];
                        }[];
                        text: string | null;
                        unrecorded: {
                            from: string;
                            persons: {
                                memberId: string;
                                name: string;
                                sharesPercent: number;
                                votesPercent: number;
                            }[];
                            /** @enum {string} */
                            statement: "no-registrable-person" | "registrable-persons";
                        }[];
                        warnings: string[];
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_REFERENCE_DAY" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "PARTICULARS_CHANGE_EMPTY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INSPECTION_REQUEST_NOT_FOUND" | "NOT_FOUND" | "OFFICER_NOT_FOUND";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CompanyRecordsController_recordPsc: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordPscStatementDto"];
            };
        };
        responses: {
            /** @description Record the PSC statement */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        issuedShares: number;
                        madeOn: string;
                        persons: {
                            memberId: string;
                            name: string;
                            sharesPercent: number;
                            votesPercent: number;
                        }[];
                        /** @enum {string} */
                        statement: "no-registrable-person" | "registrable-persons";
                        text: string;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_REFERENCE_DAY" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "PARTICULARS_CHANGE_EMPTY" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "INSPECTION_REQUEST_NOT_FOUND" | "NOT_FOUND" | "OFFICER_NOT_FOUND";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "COMPANY_NUMBER_ALREADY_SET" | "CONCURRENT_WRITE" | "EVENT_PREDATES_DEPENDENCY" | "IDENTITY_VERIFICATION_ALREADY_RECORDED" | "INSPECTION_REQUEST_ALREADY_ANSWERED" | "INSPECTION_REQUEST_ALREADY_RECORDED" | "OFFICER_ALREADY_APPOINTED" | "OFFICER_ALREADY_IN_OFFICE" | "OFFICER_NAME_IN_OFFICE" | "PSC_STATEMENT_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ANSWER_BEFORE_REQUEST" | "CHANGE_BEFORE_APPOINTMENT" | "DATED_AFTER_RECORDING" | "DATE_OF_BIRTH_IMPLAUSIBLE" | "DIRECTOR_UNDER_MINIMUM_AGE" | "IDENTITY_NOT_VERIFIED" | "INSPECTION_APPOINTMENT_INVALID" | "INSPECTION_NOTICE_TOO_SHORT" | "INVALID_REQUEST_ANSWER" | "LAWFUL_PURPOSE_STATEMENT_MISSING" | "OFFICER_NOT_IN_OFFICE" | "OFFICER_PARTICULARS_UNCHANGED" | "PERSONAL_DETAILS_MISSING" | "PSC_NO_POSITION" | "REGISTERED_EMAIL_MISSING" | "REGISTER_OF_OFFICERS_AFTER_ECCTA" | "REMOVAL_RESOLUTION_INVALID" | "VERIFICATION_NOT_FOR_DIRECTOR" | "VERIFIED_BEFORE_VERIFICATION_BEGAN";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RegisterController_read: {
        parameters: {
            query?: {
                /** @description The register as at the end of this day; default today (the date in the UK) */
                asAt?: string;
                /** @description nextCursor from the previous page; not with offset, nor with include=history, which is paged by offset (400) */
                cursor?: string;
                /** @description RM-1: each entry with every share it held (acquired, from whom, disposed of, to whom, certificate, authority) and its particulars over time */
                include?: "history";
                /** @description As the register stood at this instant, before entries recorded later */
                knownAt?: string;
                limit?: number;
                /** @description RM-1: only the entries a word of whose name begins with this, without accents ("jones" finds "Alex Smith-Jones", "nguyen" finds "Nguyễn Thị Minh"); words are separated by spaces, hyphens, apostrophes, slashes and opening brackets. Keep it on every page of a search */
                name?: string;
                /** @description How many entries to skip; not with cursor (400) */
                offset?: number;
                status?: "current" | "former" | "all";
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Read the register of members */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asAt: string;
                        knownAt: string | null;
                        members: ({
                            address: string;
                            ceasedOn: string | null;
                            jointHolders: string[];
                            memberId: string;
                            name: string;
                            particulars: {
                                address: string;
                                from: string;
                                jointHolders: string[];
                                name: string;
                                recordedAt: string;
                            }[];
                            practiceCeased?: Record<string, never>;
                            registeredOn: string;
                            shares: {
                                authorisedBy: string | null;
                                nominalPence: number;
                                paidUpPence: number;
                                shareClass: string;
                                shareNumber: number;
                            }[];
                            sharesHeld: {
                                acquiredFrom: {
                                    memberId: string;
                                    name: string;
                                } | null;
                                acquiredOn: string;
                                authorisedBy: string | null;
                                certificateNumber: string | null;
                                /** @enum {string|null} */
                                disposal: "buy-back" | "cancellation" | "forfeiture" | "surrender" | "transfer" | null;
                                disposalAuthorisedBy: string | null;
                                disposalPricePence?: number;
                                disposedOn: string | null;
                                disposedTo: {
                                    memberId: string;
                                    name: string;
                                } | null;
                                shareNumber: number;
                            }[];
                        } | {
                            address: string;
                            ceasedOn: string | null;
                            jointHolders: string[];
                            memberId: string;
                            name: string;
                            particulars: {
                                address: string;
                                from: string;
                                jointHolders: string[];
                                name: string;
                                recordedAt: string;
                            }[];
                            practiceCeased: {
                                ceasedOn: string;
                                duties: {
                                    /** @enum {string} */
                                    action: "buy-back" | "surrender" | "transfer to the successor";
                                    dueOn: string;
                                    reference: string;
                                    shareNumber: number;
                                }[];
                                practiceId: string;
                            };
                            registeredOn: string;
                            shares: {
                                authorisedBy: string | null;
                                nominalPence: number;
                                paidUpPence: number;
                                shareClass: string;
                                shareNumber: number;
                            }[];
                            sharesHeld: {
                                acquiredFrom: {
                                    memberId: string;
                                    name: string;
                                } | null;
                                acquiredOn: string;
                                authorisedBy: string | null;
                                certificateNumber: string | null;
                                /** @enum {string|null} */
                                disposal: "buy-back" | "cancellation" | "forfeiture" | "surrender" | "transfer" | null;
                                disposalAuthorisedBy: string | null;
                                disposalPricePence?: number;
                                disposedOn: string | null;
                                disposedTo: {
                                    memberId: string;
                                    name: string;
                                } | null;
                                shareNumber: number;
                            }[];
                        })[];
                        page: {
                            limit: number;
                            nextCursor: Record<string, never>;
                            offset: number;
                            total: number;
                        };
                        /** @enum {string} */
                        status: "all" | "current" | "former";
                    } | {
                        asAt: string;
                        knownAt: string | null;
                        members: ({
                            address: string;
                            ceasedOn: string | null;
                            jointHolders?: string[];
                            memberId: string;
                            name: string;
                            practiceCeased?: Record<string, never>;
                            registeredOn: string;
                            shares: {
                                authorisedBy: string | null;
                                nominalPence: number;
                                paidUpPence: number;
                                shareClass: string;
                                shareNumber: number;
                            }[];
                        } | {
                            address: string;
                            ceasedOn: string | null;
                            jointHolders?: string[];
                            memberId: string;
                            name: string;
                            practiceCeased: {
                                ceasedOn: string;
                                duties: {
                                    /** @enum {string} */
                                    action: "buy-back" | "surrender" | "transfer to the successor";
                                    dueOn: string;
                                    reference: string;
                                    shareNumber: number;
                                }[];
                                practiceId: string;
                            };
                            registeredOn: string;
                            shares: {
                                authorisedBy: string | null;
                                nominalPence: number;
                                paidUpPence: number;
                                shareClass: string;
                                shareNumber: number;
                            }[];
                        })[];
                        page: {
                            limit: number;
                            nextCursor: string | null;
                            offset: number;
                        };
                        /** @enum {string} */
                        status: "all" | "current" | "former";
                        totals: {
                            currentMembers: number;
                            issuedShares: number;
                        };
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CentralRegisterElectionController_read: {
        parameters: {
            query?: {
                /** @description As at the end of this day (YYYY-MM-DD), from 1800-01-01 to 2999-12-31; see the route for its default. A real date outside that range is 400 VALIDATION_FAILED with the bounds in details (earliest, latest) */
                asAt?: string;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Read where the register of members' information is kept */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asAt: string;
                        electedOn?: string;
                        history: {
                            assentedBy?: string[];
                            /** @enum {string} */
                            change: "election-ended-by-law" | "election-made" | "election-withdrawn";
                            effectiveOn: string;
                            /** @enum {string} */
                            keptAt: "companies-house" | "company";
                        }[];
                        /** @enum {string} */
                        keptAt: "companies-house" | "company";
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CentralRegisterElectionController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; 1 to 255 printable ASCII characters, unique to the request (a UUID, say). The same key sent again by the same token within 24 hours with the same body records nothing new and is answered as the first was (the same status and the same record, as it stands now); with another body it is refused with 422 `IDEMPOTENCY_KEY_REUSED`. An invalid key is a 400 naming the header. Without it the route records each request. */
                "Idempotency-Key"?: string;
            };
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordCentralRegisterElectionDto"];
            };
        };
        responses: {
            /** @description Record an election to keep the register of members' information at Companies House, or its withdrawal */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "elect" | "withdraw";
                        assentedBy?: string[];
                        effectiveOn: string;
                        /** @enum {string} */
                        keptAt: "companies-house" | "company";
                        ledger: {
                            hash: string;
                            sequence: number;
                        };
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "CENTRAL_REGISTER_ELECTION_IN_FORCE" | "CENTRAL_REGISTER_NO_ELECTION" | "CERTIFICATE_ALREADY_ISSUED" | "CERTIFICATE_NOT_IN_FORCE" | "CERTIFICATE_SHARE_NOT_HELD" | "CONCURRENT_WRITE" | "CORRECTION_BREAKS_LATER_ENTRY" | "CORRECTION_BREAKS_LATER_RECORD" | "CORRECTION_TARGET_UNKNOWN" | "EVENT_PREDATES_DEPENDENCY" | "MEMBER_ALREADY_HOLDS_A_SHARE" | "NO_CERTIFICATE_TO_REPLACE" | "PRACTICE_ALREADY_A_MEMBER" | "SHARE_ALREADY_CANCELLED" | "SHARE_NOT_HELD_BY_MEMBER" | "SHARE_NUMBER_ALREADY_USED" | "TRANSFER_ALREADY_DECIDED" | "TRANSFER_ALREADY_LODGED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUY_BACK_CARRIED_BY_SELLER" | "BUY_BACK_PRICE_ABOVE_PAID_UP" | "CENTRAL_REGISTER_ASSENT_MISSING" | "CENTRAL_REGISTER_ASSENT_NOT_MEMBER" | "CENTRAL_REGISTER_OPTION_NOT_YET_IN_FORCE" | "CENTRAL_REGISTER_OPTION_REMOVED" | "CERTIFICATE_ISSUED_BEFORE_HOLDING" | "CORRECTION_REASON_MISSING" | "DATED_AFTER_RECORDING" | "EVENT_BEFORE_INCORPORATION" | "FORFEITURE_NOTICE_TOO_SHORT" | "FORFEITURE_NOT_IN_ARTICLES" | "FORFEITURE_OF_FULLY_PAID_SHARE" | "FORFEITURE_WITHOUT_NOTICE" | "HOLDER_NOT_ELIGIBLE" | "IDEMPOTENCY_KEY_REUSED" | "INDEMNITY_AFTER_REPLACEMENT" | "NOMINAL_VALUE_NOT_IN_ARTICLES" | "PAID_UP_EXCEEDS_NOMINAL" | "REDUCTION_WITHOUT_SOLVENCY_STATEMENT" | "SHARE_CLASS_NOT_IN_ARTICLES" | "SHARE_NOT_ISSUED" | "SOLVENCY_STATEMENT_OUT_OF_TIME" | "SUBSCRIBER_SHARE_NOT_ON_INCORPORATION" | "TRANSFER_DECIDED_BEFORE_LODGED" | "TRANSFER_REFUSAL_WITHOUT_REASONS" | "TRANSFER_REGISTERED_BEFORE_LODGED" | "TRANSFER_TO_SAME_MEMBER";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ReportsController_alliance: {
        parameters: {
            query?: {
                /** @description As at the end of this day (YYYY-MM-DD), from 1800-01-01 to 2999-12-31; see the route for its default. A real date outside that range is 400 VALIDATION_FAILED with the bounds in details (earliest, latest) */
                asAt?: string;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Download the alliance report (PDF) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_EMPLOYEE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_REFERENCE_DAY" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "INVALID_TRANSFER" | "PARTICULARS_CHANGE_EMPTY" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "INSPECTION_REQUEST_NOT_FOUND" | "MEETING_NOT_FOUND" | "MEMBER_NOT_ON_REGISTER" | "NETWORK_UNKNOWN" | "NOT_FOUND" | "OFFICER_NOT_FOUND" | "ORGANISATION_UNKNOWN" | "PRACTICE_UNKNOWN" | "RESOLUTION_NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    OfficersReportController_officers: {
        parameters: {
            query?: {
                /** @description As at the end of this day (YYYY-MM-DD), from 1800-01-01 to 2999-12-31; see the route for its default. A real date outside that range is 400 VALIDATION_FAILED with the bounds in details (earliest, latest) */
                asAt?: string;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Download the register of officers (PDF) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_EMPLOYEE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_REFERENCE_DAY" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "INVALID_TRANSFER" | "PARTICULARS_CHANGE_EMPTY" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "INSPECTION_REQUEST_NOT_FOUND" | "MEETING_NOT_FOUND" | "MEMBER_NOT_ON_REGISTER" | "NETWORK_UNKNOWN" | "NOT_FOUND" | "OFFICER_NOT_FOUND" | "ORGANISATION_UNKNOWN" | "PRACTICE_UNKNOWN" | "RESOLUTION_NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ReportsController_registerOfMembers: {
        parameters: {
            query?: {
                /** @description As at the end of this day (YYYY-MM-DD), from 1800-01-01 to 2999-12-31; see the route for its default. A real date outside that range is 400 VALIDATION_FAILED with the bounds in details (earliest, latest) */
                asAt?: string;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Download the register of members (PDF) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_EMPLOYEE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_REFERENCE_DAY" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "INVALID_TRANSFER" | "PARTICULARS_CHANGE_EMPTY" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "INSPECTION_REQUEST_NOT_FOUND" | "MEETING_NOT_FOUND" | "MEMBER_NOT_ON_REGISTER" | "NETWORK_UNKNOWN" | "NOT_FOUND" | "OFFICER_NOT_FOUND" | "ORGANISATION_UNKNOWN" | "PRACTICE_UNKNOWN" | "RESOLUTION_NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ReportsController_registerCsv: {
        parameters: {
            query?: {
                /** @description As at the end of this day (YYYY-MM-DD), from 1800-01-01 to 2999-12-31; see the route for its default. A real date outside that range is 400 VALIDATION_FAILED with the bounds in details (earliest, latest) */
                asAt?: string;
                /** @description Begin with a UTF-8 byte-order mark, for spreadsheets */
                bom?: boolean;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Download the register of members (CSV) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_EMPLOYEE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_REFERENCE_DAY" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "INVALID_TRANSFER" | "PARTICULARS_CHANGE_EMPTY" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "INSPECTION_REQUEST_NOT_FOUND" | "MEETING_NOT_FOUND" | "MEMBER_NOT_ON_REGISTER" | "NETWORK_UNKNOWN" | "NOT_FOUND" | "OFFICER_NOT_FOUND" | "ORGANISATION_UNKNOWN" | "PRACTICE_UNKNOWN" | "RESOLUTION_NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ResolutionsController_list: {
        parameters: {
            query?: {
                /** @description As at the end of this day (YYYY-MM-DD), from 1800-01-01 to 2999-12-31; see the route for its default. A real date outside that range is 400 VALIDATION_FAILED with the bounds in details (earliest, latest) */
                asAt?: string;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List resolutions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        agreements: {
                            agreedOn: string;
                            memberId: string;
                        }[];
                        authorises: {
                            /** @enum {string} */
                            action: "allotment" | "cancellation" | "transfer";
                            /** @enum {string} */
                            reason?: "buy-back";
                            shareNumber: number;
                        }[];
                        circulatedOn: string;
                        contractDisclosedOn?: string;
                        eligible: {
                            memberId: string;
                            name: string;
                            votes: number;
                        }[];
                        /** @enum {string} */
                        kind: "members";
                        lapsesOn: string;
                        /** @enum {string} */
                        matter: "amendment-of-articles" | "change-of-objects" | "general" | "removal-of-auditor" | "removal-of-director";
                        meetingId?: string;
                        outcome: {
                            asAt: string;
                            /** @enum {string|null} */
                            failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                            filingDueOn: string | null;
                            lapsesOn: string | null;
                            passedOn: string | null;
                            /** @enum {string} */
                            status: "failed" | "lapsed" | "open" | "passed";
                            tally: {
                                abstaining: number;
                                against: number;
                                inFavour: number;
                                needed: number;
                                outOf: number;
                            } | null;
                        };
                        /** @enum {string} */
                        procedure: "written";
                        reference: string | null;
                        regulator?: {
                            decidedOn: string | null;
                            note?: string;
                            /** @enum {string} */
                            status: "approved" | "awaiting-regulator" | "refused";
                        };
                        resolutionId: string;
                        sellers: {
                            memberId: string;
                            name: string;
                        }[];
                        text: string;
                        /** @enum {string} */
                        type: "ordinary" | "special";
                    } | {
                        adjournedFrom?: string[];
                        authorises: {
                            /** @enum {string} */
                            action: "allotment" | "cancellation" | "transfer";
                            /** @enum {string} */
                            reason?: "buy-back";
                            shareNumber: number;
                        }[];
                        chair?: {
                            directorId?: string;
                            memberId?: string;
                            name: string;
                        };
                        contractDisclosedOn?: string;
                        entitled: {
                            memberId: string;
                            name: string;
                            votes: number;
                        }[];
                        /** @enum {string} */
                        kind: "members";
                        /** @enum {string} */
                        matter: "amendment-of-articles" | "change-of-objects" | "general" | "removal-of-auditor" | "removal-of-director";
                        meetingId?: string;
                        meetingOn: string;
                        notice: {
                            agreement: {
                                agreed: number;
                                agreedNominalPence: number;
                                entitled: number;
                                entitledNominalPence: number;
                            };
                            clearDays: number;
                            required: number;
                            short: boolean;
                            shortNoticeAgreed: boolean;
                            valid: boolean;
                        };
                        noticeGivenOn: string;
                        noticeSent?: {
                            /** @enum {string} */
                            by: "electronic" | "hand" | "post";
                            on: string;
                        };
                        outcome: {
                            asAt: string;
                            /** @enum {string|null} */
                            failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                            filingDueOn: string | null;
                            lapsesOn: string | null;
                            passedOn: string | null;
                            /** @enum {string} */
                            status: "failed" | "lapsed" | "open" | "passed";
                            tally: {
                                abstaining: number;
                                against: number;
                                inFavour: number;
                                needed: number;
                                outOf: number;
                            } | null;
                        };
                        /** @enum {string} */
                        procedure: "meeting";
                        quorum: number;
                        reference: string | null;
                        regulator?: {
                            decidedOn: string | null;
                            note?: string;
                            /** @enum {string} */
                            status: "approved" | "awaiting-regulator" | "refused";
                        };
                        resolutionId: string;
                        sellers: {
                            memberId: string;
                            name: string;
                        }[];
                        shortNoticeAgreedBy: string[];
                        specialNoticeReceivedOn?: string;
                        text: string;
                        /** @enum {string} */
                        type: "ordinary" | "special";
                        votes: {
                            memberId: string;
                            proxyName?: string;
                            representativeName?: string;
                            /** @enum {string} */
                            vote: "abstain" | "against" | "for";
                        }[];
                        /** @enum {string} */
                        voting: "poll" | "show-of-hands";
                    } | {
                        authorises: {
                            /** @enum {string} */
                            action: "allotment" | "cancellation" | "transfer";
                            /** @enum {string} */
                            reason?: "buy-back";
                            shareNumber: number;
                        }[];
                        board: {
                            directorId: string;
                            name: string;
                        }[];
                        chairDirectorId?: string;
                        chairHasCastingVote?: boolean;
                        interestedDirectorsExcluded?: boolean;
                        /** @enum {string} */
                        kind: "board";
                        meetingId?: string;
                        meetingOn: string;
                        outcome: {
                            asAt: string;
                            /** @enum {string|null} */
                            failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                            filingDueOn: string | null;
                            lapsesOn: string | null;
                            passedOn: string | null;
                            /** @enum {string} */
                            status: "failed" | "lapsed" | "open" | "passed";
                            tally: {
                                abstaining: number;
                                against: number;
                                inFavour: number;
                                needed: number;
                                outOf: number;
                            } | null;
                        };
                        /** @enum {string} */
                        procedure: "meeting";
                        quorum: number;
                        reference: string | null;
                        resolutionId: string;
                        text: string;
                        type: Record<string, never>;
                        unverifiedDirectors: {
                            directorId: string;
                            message: string;
                            name: string;
                            on: string;
                            verificationDueOn: string;
                        }[];
                        votes: {
                            directorId: string;
                            interested?: boolean;
                            /** @enum {string} */
                            vote: "abstain" | "against" | "for";
                        }[];
                    } | {
                        agreements: {
                            agreedOn: string;
                            directorId: string;
                        }[];
                        authorises: {
                            /** @enum {string} */
                            action: "allotment" | "cancellation" | "transfer";
                            /** @enum {string} */
                            reason?: "buy-back";
                            shareNumber: number;
                        }[];
                        board: {
                            directorId: string;
                            name: string;
                        }[];
                        circulatedOn: string;
                        /** @enum {string} */
                        kind: "board";
                        meetingId?: string;
                        outcome: {
                            asAt: string;
                            /** @enum {string|null} */
                            failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                            filingDueOn: string | null;
                            lapsesOn: string | null;
                            passedOn: string | null;
                            /** @enum {string} */
                            status: "failed" | "lapsed" | "open" | "passed";
                            tally: {
                                abstaining: number;
                                against: number;
                                inFavour: number;
                                needed: number;
                                outOf: number;
                            } | null;
                        };
                        /** @enum {string} */
                        procedure: "written";
                        reference: string | null;
                        resolutionId: string;
                        text: string;
                        type: Record<string, never>;
                        unverifiedDirectors: {
                            directorId: string;
                            message: string;
                            name: string;
                            on: string;
                            verificationDueOn: string;
                        }[];
                    })[];
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "MEETING_NOT_FOUND" | "NOT_FOUND" | "RESOLUTION_NOT_FOUND";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ResolutionsController_propose: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; 1 to 255 printable ASCII characters, unique to the request (a UUID, say). The same key sent again by the same token within 24 hours with the same body records nothing new and is answered as the first was (the same status and the same record, as it stands now); with another body it is refused with 422 `IDEMPOTENCY_KEY_REUSED`. An invalid key is a 400 naming the header. Without it the route records each request. */
                "Idempotency-Key"?: string;
            };
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeResolutionDto"];
            };
        };
        responses: {
            /** @description Propose a resolution */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agreements: {
                            agreedOn: string;
                            memberId: string;
                        }[];
                        authorises: {
                            /** @enum {string} */
                            action: "allotment" | "cancellation" | "transfer";
                            /** @enum {string} */
                            reason?: "buy-back";
                            shareNumber: number;
                        }[];
                        circulatedOn: string;
                        contractDisclosedOn?: string;
                        eligible: {
                            memberId: string;
                            name: string;
                            votes: number;
                        }[];
                        /** @enum {string} */
                        kind: "members";
                        lapsesOn: string;
                        /** @enum {string} */
                        matter: "amendment-of-articles" | "change-of-objects" | "general" | "removal-of-auditor" | "removal-of-director";
                        meetingId?: string;
                        outcome: {
                            asAt: string;
                            /** @enum {string|null} */
                            failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                            filingDueOn: string | null;
                            lapsesOn: string | null;
                            passedOn: string | null;
                            /** @enum {string} */
                            status: "failed" | "lapsed" | "open" | "passed";
                            tally: {
                                abstaining: number;
                                against: number;
                                inFavour: number;
                                needed: number;
                                outOf: number;
                            } | null;
                        };
                        /** @enum {string} */
                        procedure: "written";
                        reference: string | null;
                        regulator?: {
                            decidedOn: string | null;
                            note?: string;
                            /** @enum {string} */
                            status: "approved" | "awaiting-regulator" | "refused";
                        };
                        resolutionId: string;
                        sellers: {
                            memberId: string;
                            name: string;
                        }[];
                        text: string;
                        /** @enum {string} */
                        type: "ordinary" | "special";
                    } | {
                        adjournedFrom?: string[];
                        authorises: {
                            /** @enum {string} */
                            action: "allotment" | "cancellation" | "transfer";
                            /** @enum {string} */
                            reason?: "buy-back";
                            shareNumber: number;
                        }[];
                        chair?: {
                            directorId?: string;
                            memberId?: string;
                            name: string;
                        };
                        contractDisclosedOn?: string;
                        entitled: {
                            memberId: string;
                            name: string;
                            votes: number;
                        }[];
                        /** @enum {string} */
                        kind: "members";
                        /** @enum {string} */
                        matter: "amendment-of-articles" | "change-of-objects" | "general" | "removal-of-auditor" | "removal-of-director";
                        meetingId?: string;
                        meetingOn: string;
                        notice: {
                            agreement: {
                                agreed: number;
                                agreedNominalPence: number;
                                entitled: number;
                                entitledNominalPence: number;
                            };
                            clearDays: number;
                            required: number;
                            short: boolean;
                            shortNoticeAgreed: boolean;
                            valid: boolean;
                        };
                        noticeGivenOn: string;
                        noticeSent?: {
                            /** @enum {string} */
                            by: "electronic" | "hand" | "post";
                            on: string;
                        };
                        outcome: {
                            asAt: string;
                            /** @enum {string|null} */
                            failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                            filingDueOn: string | null;
                            lapsesOn: string | null;
                            passedOn: string | null;
                            /** @enum {string} */
                            status: "failed" | "lapsed" | "open" | "passed";
                            tally: {
                                abstaining: number;
                                against: number;
                                inFavour: number;
                                needed: number;
                                outOf: number;
                            } | null;
                        };
                        /** @enum {string} */
                        procedure: "meeting";
                        quorum: number;
                        reference: string | null;
                        regulator?: {
                            decidedOn: string | null;
                            note?: string;
                            /** @enum {string} */
                            status: "approved" | "awaiting-regulator" | "refused";
                        };
                        resolutionId: string;
                        sellers: {
                            memberId: string;
                            name: string;
                        }[];
                        shortNoticeAgreedBy: string[];
                        specialNoticeReceivedOn?: string;
                        text: string;
                        /** @enum {string} */
                        type: "ordinary" | "special";
                        votes: {
                            memberId: string;
                            proxyName?: string;
                            representativeName?: string;
                            /** @enum {string} */
                            vote: "abstain" | "against" | "for";
                        }[];
                        /** @enum {string} */
                        voting: "poll" | "show-of-hands";
                    } | {
                        authorises: {
                            /** @enum {string} */
                            action: "allotment" | "cancellation" | "transfer";
                            /** @enum {string} */
                            reason?: "buy-back";
                            shareNumber: number;
                        }[];
                        board: {
                            directorId: string;
                            name: string;
                        }[];
                        chairDirectorId?: string;
                        chairHasCastingVote?: boolean;
                        interestedDirectorsExcluded?: boolean;
                        /** @enum {string} */
                        kind: "board";
                        meetingId?: string;
                        meetingOn: string;
                        outcome: {
                            asAt: string;
                            /** @enum {string|null} */
                            failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                            filingDueOn: string | null;
                            lapsesOn: string | null;
                            passedOn: string | null;
                            /** @enum {string} */
                            status: "failed" | "lapsed" | "open" | "passed";
                            tally: {
                                abstaining: number;
                                against: number;
                                inFavour: number;
                                needed: number;
                                outOf: number;
                            } | null;
                        };
                        /** @enum {string} */
                        procedure: "meeting";
                        quorum: number;
                        reference: string | null;
                        resolutionId: string;
                        text: string;
                        type: Record<string, never>;
                        unverifiedDirectors: {
                            directorId: string;
                            message: string;
                            name: string;
                            on: string;
                            verificationDueOn: string;
                        }[];
                        votes: {
                            directorId: string;
                            interested?: boolean;
                            /** @enum {string} */
                            vote: "abstain" | "against" | "for";
                        }[];
                    } | {
                        agreements: {
                            agreedOn: string;
                            directorId: string;
                        }[];
                        authorises: {
                            /** @enum {string} */
                            action: "allotment" | "cancellation" | "transfer";
                            /** @enum {string} */
                            reason?: "buy-back";
                            shareNumber: number;
                        }[];
                        board: {
                            directorId: string;
                            name: string;
                        }[];
                        circulatedOn: string;
                        /** @enum {string} */
                        kind: "board";
                        meetingId?: string;
                        outcome: {
                            asAt: string;
                            /** @enum {string|null} */
                            failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                            filingDueOn: string | null;
                            lapsesOn: string | null;
                            passedOn: string | null;
                            /** @enum {string} */
                            status: "failed" | "lapsed" | "open" | "passed";
                            tally: {
                                abstaining: number;
                                against: number;
                                inFavour: number;
                                needed: number;
                                outOf: number;
                            } | null;
                        };
                        /** @enum {string} */
                        procedure: "written";
                        reference: string | null;
                        resolutionId: string;
                        text: string;
                        type: Record<string, never>;
                        unverifiedDirectors: {
                            directorId: string;
                            message: string;
                            name: string;
                            on: string;
                            verificationDueOn: string;
                        }[];
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "MEETING_NOT_FOUND" | "NOT_FOUND" | "RESOLUTION_NOT_FOUND";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AGREEMENT_ALREADY_GIVEN" | "ALREADY_RECORDED" | "ATTENDANCE_ALREADY_RECORDED" | "CONCURRENT_WRITE" | "DIRECTOR_ALREADY_ON_BOARD" | "EVENT_PREDATES_DEPENDENCY" | "FILING_ALREADY_RECORDED" | "INTEREST_ALREADY_DECLARED" | "MEETING_HAS_NO_BUSINESS_LEFT" | "OFFICER_ALREADY_APPOINTED" | "REGULATOR_ALREADY_DECIDED" | "SHARE_ALREADY_CANCELLED" | "VOTE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ADJOURNED_TO_EARLIER_DAY" | "AGREEMENT_AFTER_LAPSE" | "AGREEMENT_BEFORE_CIRCULATION" | "ARTICLES_NEED_SPECIAL_RESOLUTION" | "ATTENDANCE_NOT_FOR_MEETING" | "ATTENDANCE_NOT_RECORDED" | "BOARD_HAS_NO_DIRECTORS" | "BUY_BACK_NEEDS_MEMBERS_RESOLUTION" | "CONTRACT_DISCLOSURE_NOT_NEEDED" | "CONTRACT_DISCLOSURE_REQUIRED" | "CONTRACT_DISCLOSURE_TOO_LATE" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "DIRECTOR_NOT_ON_BOARD" | "DIRECTOR_NOT_PRESENT" | "DUTY_UNKNOWN" | "EVENT_BEFORE_INCORPORATION" | "FILINGS_INVALID" | "FILING_BEFORE_DUTY" | "IDEMPOTENCY_KEY_REUSED" | "INTEREST_DECLARED_AFTER_VOTE" | "MEETING_BEFORE_NOTICE" | "MEMBER_NOT_ELIGIBLE" | "NOTICE_NOT_FOR_BOARD_MEETING" | "NOT_AWAITING_REGULATOR" | "NO_ELIGIBLE_MEMBERS" | "PROXY_NAME_REQUIRED" | "REGULATOR_DECISION_BEFORE_PASSING" | "RESIGNATION_BEFORE_APPOINTMENT" | "RESOLUTION_NOT_FOR_MEETING" | "RESPONSE_NOT_FOR_PROCEDURE" | "SHARE_EVENT_NOT_AUTHORISED" | "SHARE_NOT_ISSUED" | "SHORT_NOTICE_AGREED_AFTER_MEETING" | "SPECIAL_NOTICE_NOT_NEEDED" | "SPECIAL_NOTICE_REQUIRED" | "SPECIAL_NOTICE_TOO_LATE" | "VOTER_NOT_PRESENT" | "VOTE_NOT_AS_ATTENDED" | "WRITTEN_RESOLUTION_NOT_ALLOWED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ResolutionsController_get: {
        parameters: {
            query?: {
                /** @description As at the end of this day (YYYY-MM-DD), from 1800-01-01 to 2999-12-31; see the route for its default. A real date outside that range is 400 VALIDATION_FAILED with the bounds in details (earliest, latest) */
                asAt?: string;
            };
            header?: never;
            path: {
                companyId: string;
                resolutionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Read a resolution */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agreements: {
                            agreedOn: string;
                            memberId: string;
                        }[];
                        authorises: {
                            /** @enum {string} */
                            action: "allotment" | "cancellation" | "transfer";
                            /** @enum {string} */
                            reason?: "buy-back";
                            shareNumber: number;
                        }[];
                        circulatedOn: string;
                        contractDisclosedOn?: string;
                        eligible: {
                            memberId: string;
                            name: string;
                            votes: number;
                        }[];
                        /** @enum {string} */
                        kind: "members";
                        lapsesOn: string;
                        /** @enum {string} */
                        matter: "amendment-of-articles" | "change-of-objects" | "general" | "removal-of-auditor" | "removal-of-director";
                        meetingId?: string;
                        outcome: {
                            asAt: string;
                            /** @enum {string|null} */
                            failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                            filingDueOn: string | null;
                            lapsesOn: string | null;
                            passedOn: string | null;
                            /** @enum {string} */
                            status: "failed" | "lapsed" | "open" | "passed";
                            tally: {
                                abstaining: number;
                                against: number;
                                inFavour: number;
                                needed: number;
                                outOf: number;
                            } | null;
                        };
                        /** @enum {string} */
                        procedure: "written";
                        reference: string | null;
                        regulator?: {
                            decidedOn: string | null;
                            note?: string;
                            /** @enum {string} */
                            status: "approved" | "awaiting-regulator" | "refused";
                        };
                        resolutionId: string;
                        sellers: {
                            memberId: string;
                            name: string;
                        }[];
                        text: string;
                        /** @enum {string} */
                        type: "ordinary" | "special";
                    } | {
                        adjournedFrom?: string[];
                        authorises: {
                            /** @enum {string} */
                            action: "allotment" | "cancellation" | "transfer";
                            /** @enum {string} */
                            reason?: "buy-back";
                            shareNumber: number;
                        }[];
                        chair?: {
                            directorId?: string;
                            memberId?: string;
                            name: string;
                        };
                        contractDisclosedOn?: string;
                        entitled: {
                            memberId: string;
                            name: string;
                            votes: number;
                        }[];
                        /** @enum {string} */
                        kind: "members";
                        /** @enum {string} */
                        matter: "amendment-of-articles" | "change-of-objects" | "general" | "removal-of-auditor" | "removal-of-director";
                        meetingId?: string;
                        meetingOn: string;
                        notice: {
                            agreement: {
                                agreed: number;
                                agreedNominalPence: number;
                                entitled: number;
                                entitledNominalPence: number;
                            };
                            clearDays: number;
                            required: number;
                            short: boolean;
                            shortNoticeAgreed: boolean;
                            valid: boolean;
                        };
                        noticeGivenOn: string;
                        noticeSent?: {
                            /** @enum {string} */
                            by: "electronic" | "hand" | "post";
                            on: string;
                        };
                        outcome: {
                            asAt: string;
                            /** @enum {string|null} */
                            failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                            filingDueOn: string | null;
                            lapsesOn: string | null;
                            passedOn: string | null;
                            /** @enum {string} */
                            status: "failed" | "lapsed" | "open" | "passed";
                            tally: {
                                abstaining: number;
                                against: number;
                                inFavour: number;
                                needed: number;
                                outOf: number;
                            } | null;
                        };
                        /** @enum {string} */
                        procedure: "meeting";
                        quorum: number;
                        reference: string | null;
                        regulator?: {
                            decidedOn: string | null;
                            note?: string;
                            /** @enum {string} */
                            status: "approved" | "awaiting-regulator" | "refused";
                        };
                        resolutionId: string;
                        sellers: {
                            memberId: string;
                            name: string;
                        }[];
                        shortNoticeAgreedBy: string[];
                        specialNoticeReceivedOn?: string;
                        text: string;
                        /** @enum {string} */
                        type: "ordinary" | "special";
                        votes: {
                            memberId: string;
                            proxyName?: string;
                            representativeName?: string;
                            /** @enum {string} */
                            vote: "abstain" | "against" | "for";
                        }[];
                        /** @enum {string} */
                        voting: "poll" | "show-of-hands";
                    } | {
                        authorises: {
                            /** @enum {string} */
                            action: "allotment" | "cancellation" | "transfer";
                            /** @enum {string} */
                            reason?: "buy-back";
                            shareNumber: number;
                        }[];
                        board: {
                            directorId: string;
                            name: string;
                        }[];
                        chairDirectorId?: string;
                        chairHasCastingVote?: boolean;
                        interestedDirectorsExcluded?: boolean;
                        /** @enum {string} */
                        kind: "board";
                        meetingId?: string;
                        meetingOn: string;
                        outcome: {
                            asAt: string;
                            /** @enum {string|null} */
                            failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                            filingDueOn: string | null;
                            lapsesOn: string | null;
                            passedOn: string | null;
                            /** @enum {string} */
                            status: "failed" | "lapsed" | "open" | "passed";
                            tally: {
                                abstaining: number;
                                against: number;
                                inFavour: number;
                                needed: number;
                                outOf: number;
                            } | null;
                        };
                        /** @enum {string} */
                        procedure: "meeting";
                        quorum: number;
                        reference: string | null;
                        resolutionId: string;
                        text: string;
                        type: Record<string, never>;
                        unverifiedDirectors: {
                            directorId: string;
                            message: string;
                            name: string;
                            on: string;
                            verificationDueOn: string;
                        }[];
                        votes: {
                            directorId: string;
                            interested?: boolean;
                            /** @enum {string} */
                            vote: "abstain" | "against" | "for";
                        }[];
                    } | {
                        agreements: {
                            agreedOn: string;
                            directorId: string;
                        }[];
                        authorises: {
                            /** @enum {string} */
                            action: "allotment" | "cancellation" | "transfer";
                            /** @enum {string} */
                            reason?: "buy-back";
                            shareNumber: number;
                        }[];
                        board: {
                            directorId: string;
                            name: string;
                        }[];
                        circulatedOn: string;
                        /** @enum {string} */
                        kind: "board";
                        meetingId?: string;
                        outcome: {
                            asAt: string;
                            /** @enum {string|null} */
                            failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                            filingDueOn: string | null;
                            lapsesOn: string | null;
                            passedOn: string | null;
                            /** @enum {string} */
                            status: "failed" | "lapsed" | "open" | "passed";
                            tally: {
                                abstaining: number;
                                against: number;
                                inFavour: number;
                                needed: number;
                                outOf: number;
                            } | null;
                        };
                        /** @enum {string} */
                        procedure: "written";
                        reference: string | null;
                        resolutionId: string;
                        text: string;
                        type: Record<string, never>;
                        unverifiedDirectors: {
                            directorId: string;
                            message: string;
                            name: string;
                            on: string;
                            verificationDueOn: string;
                        }[];
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "MEETING_NOT_FOUND" | "NOT_FOUND" | "RESOLUTION_NOT_FOUND";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ResolutionsController_agree: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; 1 to 255 printable ASCII characters, unique to the request (a UUID, say). The same key sent again by the same token within 24 hours with the same body records nothing new and is answered as the first was (the same status and the same record, as it stands now); with another body it is refused with 422 `IDEMPOTENCY_KEY_REUSED`. An invalid key is a 400 naming the header. Without it the route records each request. */
                "Idempotency-Key"?: string;
            };
            path: {
                companyId: string;
                resolutionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordAgreementDto"];
            };
        };
        responses: {
            /** @description Record agreement to a written resolution */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agreements: {
                            agreedOn: string;
                            memberId: string;
                        }[];
                        authorises: {
                            /** @enum {string} */
                            action: "allotment" | "cancellation" | "transfer";
                            /** @enum {string} */
                            reason?: "buy-back";
                            shareNumber: number;
                        }[];
                        circulatedOn: string;
                        contractDisclosedOn?: string;
                        eligible: {
                            memberId: string;
                            name: string;
                            votes: number;
                        }[];
                        /** @enum {string} */
                        kind: "members";
                        lapsesOn: string;
                        /** @enum {string} */
                        matter: "amendment-of-articles" | "change-of-objects" | "general" | "removal-of-auditor" | "removal-of-director";
                        meetingId?: string;
                        outcome: {
                            asAt: string;
                            /** @enum {string|null} */
                            failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                            filingDueOn: string | null;
                            lapsesOn: string | null;
                            passedOn: string | null;
                            /** @enum {string} */
                            status: "failed" | "lapsed" | "open" | "passed";
                            tally: {
                                abstaining: number;
                                against: number;
                                inFavour: number;
                                needed: number;
                                outOf: number;
                            } | null;
                        };
                        /** @enum {string} */
                        procedure: "written";
                        reference: string | null;
                        regulator?: {
                            decidedOn: string | null;
                            note?: string;
                            /** @enum {string} */
                            status: "approved" | "awaiting-regulator" | "refused";
                        };
                        resolutionId: string;
                        sellers: {
                            memberId: string;
                            name: string;
                        }[];
                        text: string;
                        /** @enum {string} */
                        type: "ordinary" | "special";
                    } | {
                        adjournedFrom?: string[];
                        authorises: {
                            /** @enum {string} */
                            action: "allotment" | "cancellation" | "transfer";
                            /** @enum {string} */
                            reason?: "buy-back";
                            shareNumber: number;
                        }[];
                        chair?: {
                            directorId?: string;
                            memberId?: string;
                            name: string;
                        };
                        contractDisclosedOn?: string;
                        entitled: {
                            memberId: string;
                            name: string;
                            votes: number;
                        }[];
                        /** @enum {string} */
                        kind: "members";
                        /** @enum {string} */
                        matter: "amendment-of-articles" | "change-of-objects" | "general" | "removal-of-auditor" | "removal-of-director";
                        meetingId?: string;
                        meetingOn: string;
                        notice: {
                            agreement: {
                                agreed: number;
                                agreedNominalPence: number;
                                entitled: number;
                                entitledNominalPence: number;
                            };
                            clearDays: number;
                            required: number;
                            short: boolean;
                            shortNoticeAgreed: boolean;
                            valid: boolean;
                        };
                        noticeGivenOn: string;
                        noticeSent?: {
                            /** @enum {string} */
                            by: "electronic" | "hand" | "post";
                            on: string;
                        };
                        outcome: {
                            asAt: string;
                            /** @enum {string|null} */
                            failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                            filingDueOn: string | null;
                            lapsesOn: string | null;
                            passedOn: string | null;
                            /** @enum {string} */
                            status: "failed" | "lapsed" | "open" | "passed";
                            tally: {
                                abstaining: number;
                                against: number;
                                inFavour: number;
                                needed: number;
                                outOf: number;
                            } | null;
                        };
                        /** @enum {string} */
                        procedure: "meeting";
                        quorum: number;
                        reference: string | null;
                        regulator?: {
                            decidedOn: string | null;
                            note?: string;
                            /** @enum {string} */
                            status: "approved" | "awaiting-regulator" | "refused";
                        };
                        resolutionId: string;
                        sellers: {
                            memberId: string;
                            name: string;
                        }[];
                        shortNoticeAgreedBy: string[];
                        specialNoticeReceivedOn?: string;
                        text: string;
                        /** @enum {string} */
                        type: "ordinary" | "special";
                        votes: {
                            memberId: string;
                            proxyName?: string;
                            representativeName?: string;
                            /** @enum {string} */
                            vote: "abstain" | "against" | "for";
                        }[];
                        /** @enum {string} */
                        voting: "poll" | "show-of-hands";
                    } | {
                        authorises: {
                            /** @enum {string} */
                            action: "allotment" | "cancellation" | "transfer";
                            /** @enum {string} */
                            reason?: "buy-back";
                            shareNumber: number;
                        }[];
                        board: {
                            directorId: string;
                            name: string;
                        }[];
                        chairDirectorId?: string;
                        chairHasCastingVote?: boolean;
                        interestedDirectorsExcluded?: boolean;
                        /** @enum {string} */
                        kind: "board";
                        meetingId?: string;
                        meetingOn: string;
                        outcome: {
                            asAt: string;
                            /** @enum {string|null} */
                            failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                            filingDueOn: string | null;
                            lapsesOn: string | null;
                            passedOn: string | null;
                            /** @enum {string} */
                            status: "failed" | "lapsed" | "open" | "passed";
                            tally: {
                                abstaining: number;
                                against: number;
                                inFavour: number;
                                needed: number;
                                outOf: number;
                            } | null;
                        };
                        /** @enum {string} */
                        procedure: "meeting";
                        quorum: number;
                        reference: string | null;
                        resolutionId: string;
                        text: string;
                        type: Record<string, never>;
                        unverifiedDirectors: {
                            directorId: string;
                            message: string;
                            name: string;
                            on: string;
                            verificationDueOn: string;
                        }[];
                        votes: {
                            directorId: string;
                            interested?: boolean;
                            /** @enum {string} */
                            vote: "abstain" | "against" | "for";
                        }[];
                    } | {
                        agreements: {
                            agreedOn: string;
                            directorId: string;
                        }[];
                        authorises: {
                            /** @enum {string} */
                            action: "allotment" | "cancellation" | "transfer";
                            /** @enum {string} */
                            reason?: "buy-back";
                            shareNumber: number;
                        }[];
                        board: {
                            directorId: string;
                            name: string;
                        }[];
                        circulatedOn: string;
                        /** @enum {string} */
                        kind: "board";
                        meetingId?: string;
                        outcome: {
                            asAt: string;
                            /** @enum {string|null} */
                            failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                            filingDueOn: string | null;
                            lapsesOn: string | null;
                            passedOn: string | null;
                            /** @enum {string} */
                            status: "failed" | "lapsed" | "open" | "passed";
                            tally: {
                                abstaining: number;
                                against: number;
                                inFavour: number;
                                needed: number;
                                outOf: number;
                            } | null;
                        };
                        /** @enum {string} */
                        procedure: "written";
                        reference: string | null;
                        resolutionId: string;
                        text: string;
                        type: Record<string, never>;
                        unverifiedDirectors: {
                            directorId: string;
                            message: string;
                            name: string;
                            on: string;
                            verificationDueOn: string;
                        }[];
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "MEETING_NOT_FOUND" | "NOT_FOUND" | "RESOLUTION_NOT_FOUND";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AGREEMENT_ALREADY_GIVEN" | "ALREADY_RECORDED" | "ATTENDANCE_ALREADY_RECORDED" | "CONCURRENT_WRITE" | "DIRECTOR_ALREADY_ON_BOARD" | "EVENT_PREDATES_DEPENDENCY" | "FILING_ALREADY_RECORDED" | "INTEREST_ALREADY_DECLARED" | "MEETING_HAS_NO_BUSINESS_LEFT" | "OFFICER_ALREADY_APPOINTED" | "REGULATOR_ALREADY_DECIDED" | "SHARE_ALREADY_CANCELLED" | "VOTE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ADJOURNED_TO_EARLIER_DAY" | "AGREEMENT_AFTER_LAPSE" | "AGREEMENT_BEFORE_CIRCULATION" | "ARTICLES_NEED_SPECIAL_RESOLUTION" | "ATTENDANCE_NOT_FOR_MEETING" | "ATTENDANCE_NOT_RECORDED" | "BOARD_HAS_NO_DIRECTORS" | "BUY_BACK_NEEDS_MEMBERS_RESOLUTION" | "CONTRACT_DISCLOSURE_NOT_NEEDED" | "CONTRACT_DISCLOSURE_REQUIRED" | "CONTRACT_DISCLOSURE_TOO_LATE" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "DIRECTOR_NOT_ON_BOARD" | "DIRECTOR_NOT_PRESENT" | "DUTY_UNKNOWN" | "EVENT_BEFORE_INCORPORATION" | "FILINGS_INVALID" | "FILING_BEFORE_DUTY" | "IDEMPOTENCY_KEY_REUSED" | "INTEREST_DECLARED_AFTER_VOTE" | "MEETING_BEFORE_NOTICE" | "MEMBER_NOT_ELIGIBLE" | "NOTICE_NOT_FOR_BOARD_MEETING" | "NOT_AWAITING_REGULATOR" | "NO_ELIGIBLE_MEMBERS" | "PROXY_NAME_REQUIRED" | "REGULATOR_DECISION_BEFORE_PASSING" | "RESIGNATION_BEFORE_APPOINTMENT" | "RESOLUTION_NOT_FOR_MEETING" | "RESPONSE_NOT_FOR_PROCEDURE" | "SHARE_EVENT_NOT_AUTHORISED" | "SHARE_NOT_ISSUED" | "SHORT_NOTICE_AGREED_AFTER_MEETING" | "SPECIAL_NOTICE_NOT_NEEDED" | "SPECIAL_NOTICE_REQUIRED" | "SPECIAL_NOTICE_TOO_LATE" | "VOTER_NOT_PRESENT" | "VOTE_NOT_AS_ATTENDED" | "WRITTEN_RESOLUTION_NOT_ALLOWED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ReportsController_resolutionCopy: {
        parameters: {
            query?: {
                /** @description As at the end of this day (YYYY-MM-DD), from 1800-01-01 to 2999-12-31; see the route for its default. A real date outside that range is 400 VALIDATION_FAILED with the bounds in details (earliest, latest) */
                asAt?: string;
            };
            header?: never;
            path: {
                companyId: string;
                resolutionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Download a copy of a resolution (PDF) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_EMPLOYEE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_REFERENCE_DAY" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "INVALID_TRANSFER" | "PARTICULARS_CHANGE_EMPTY" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "INSPECTION_REQUEST_NOT_FOUND" | "MEETING_NOT_FOUND" | "MEMBER_NOT_ON_REGISTER" | "NETWORK_UNKNOWN" | "NOT_FOUND" | "OFFICER_NOT_FOUND" | "ORGANISATION_UNKNOWN" | "PRACTICE_UNKNOWN" | "RESOLUTION_NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RegulatorDecisionsController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; 1 to 255 printable ASCII characters, unique to the request (a UUID, say). The same key sent again by the same token within 24 hours with the same body records nothing new and is answered as the first was (the same status and the same record, as it stands now); with another body it is refused with 422 `IDEMPOTENCY_KEY_REUSED`. An invalid key is a 400 naming the header. Without it the route records each request. */
                "Idempotency-Key"?: string;
            };
            path: {
                companyId: string;
                resolutionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordRegulatorDecisionDto"];
            };
        };
        responses: {
            /** @description Record the CIC Regulator's decision on a change of the objects */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reference: string | null;
                        regulator: {
                            decidedOn: string | null;
                            note?: string;
                            /** @enum {string} */
                            status: "approved" | "awaiting-regulator" | "refused";
                        };
                        resolutionId: string;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "MEETING_NOT_FOUND" | "NOT_FOUND" | "RESOLUTION_NOT_FOUND";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AGREEMENT_ALREADY_GIVEN" | "ALREADY_RECORDED" | "ATTENDANCE_ALREADY_RECORDED" | "CONCURRENT_WRITE" | "DIRECTOR_ALREADY_ON_BOARD" | "EVENT_PREDATES_DEPENDENCY" | "FILING_ALREADY_RECORDED" | "INTEREST_ALREADY_DECLARED" | "MEETING_HAS_NO_BUSINESS_LEFT" | "OFFICER_ALREADY_APPOINTED" | "REGULATOR_ALREADY_DECIDED" | "SHARE_ALREADY_CANCELLED" | "VOTE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ADJOURNED_TO_EARLIER_DAY" | "AGREEMENT_AFTER_LAPSE" | "AGREEMENT_BEFORE_CIRCULATION" | "ARTICLES_NEED_SPECIAL_RESOLUTION" | "ATTENDANCE_NOT_FOR_MEETING" | "ATTENDANCE_NOT_RECORDED" | "BOARD_HAS_NO_DIRECTORS" | "BUY_BACK_NEEDS_MEMBERS_RESOLUTION" | "CONTRACT_DISCLOSURE_NOT_NEEDED" | "CONTRACT_DISCLOSURE_REQUIRED" | "CONTRACT_DISCLOSURE_TOO_LATE" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "DIRECTOR_NOT_ON_BOARD" | "DIRECTOR_NOT_PRESENT" | "DUTY_UNKNOWN" | "EVENT_BEFORE_INCORPORATION" | "FILINGS_INVALID" | "FILING_BEFORE_DUTY" | "IDEMPOTENCY_KEY_REUSED" | "INTEREST_DECLARED_AFTER_VOTE" | "MEETING_BEFORE_NOTICE" | "MEMBER_NOT_ELIGIBLE" | "NOTICE_NOT_FOR_BOARD_MEETING" | "NOT_AWAITING_REGULATOR" | "NO_ELIGIBLE_MEMBERS" | "PROXY_NAME_REQUIRED" | "REGULATOR_DECISION_BEFORE_PASSING" | "RESIGNATION_BEFORE_APPOINTMENT" | "RESOLUTION_NOT_FOR_MEETING" | "RESPONSE_NOT_FOR_PROCEDURE" | "SHARE_EVENT_NOT_AUTHORISED" | "SHARE_NOT_ISSUED" | "SHORT_NOTICE_AGREED_AFTER_MEETING" | "SPECIAL_NOTICE_NOT_NEEDED" | "SPECIAL_NOTICE_REQUIRED" | "SPECIAL_NOTICE_TOO_LATE" | "VOTER_NOT_PRESENT" | "VOTE_NOT_AS_ATTENDED" | "WRITTEN_RESOLUTION_NOT_ALLOWED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ResolutionsController_shortNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                resolutionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordShortNoticeAgreementDto"];
            };
        };
        responses: {
            /** @description Record consent to short notice */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agreements: {
                            agreedOn: string;
                            memberId: string;
                        }[];
                        authorises: {
                            /** @enum {string} */
                            action: "allotment" | "cancellation" | "transfer";
                            /** @enum {string} */
                            reason?: "buy-back";
                            shareNumber: number;
                        }[];
                        circulatedOn: string;
                        contractDisclosedOn?: string;
                        eligible: {
                            memberId: string;
                            name: string;
                            votes: number;
                        }[];
                        /** @enum {string} */
                        kind: "members";
                        lapsesOn: string;
                        /** @enum {string} */
                        matter: "amendment-of-articles" | "change-of-objects" | "general" | "removal-of-auditor" | "removal-of-director";
                        meetingId?: string;
                        outcome: {
                            asAt: string;
                            /** @enum {string|null} */
                            failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                            filingDueOn: string | null;
                            lapsesOn: string | null;
                            passedOn: string | null;
                            /** @enum {string} */
                            status: "failed" | "lapsed" | "open" | "passed";
                            tally: {
                                abstaining: number;
                                against: number;
                                inFavour: number;
                                needed: number;
                                outOf: number;
                            } | null;
                        };
                        /** @enum {string} */
                        procedure: "written";
                        reference: string | null;
                        regulator?: {
                            decidedOn: string | null;
                            note?: string;
                            /** @enum {string} */
                            status: "approved" | "awaiting-regulator" | "refused";
                        };
                        resolutionId: string;
                        sellers: {
                            memberId: string;
                            name: string;
                        }[];
                        text: string;
                        /** @enum {string} */
                        type: "ordinary" | "special";
                    } | {
                        adjournedFrom?: string[];
                        authorises: {
                            /** @enum {string} */
                            action: "allotment" | "cancellation" | "transfer";
                            /** @enum {string} */
                            reason?: "buy-back";
                            shareNumber: number;
                        }[];
                        chair?: {
                            directorId?: string;
                            memberId?: string;
                            name: string;
                        };
                        contractDisclosedOn?: string;
                        entitled: {
                            memberId: string;
                            name: string;
                            votes: number;
                        }[];
                        /** @enum {string} */
                        kind: "members";
                        /** @enum {string} */
                        matter: "amendment-of-articles" | "change-of-objects" | "general" | "removal-of-auditor" | "removal-of-director";
                        meetingId?: string;
                        meetingOn: string;
                        notice: {
                            agreement: {
                                agreed: number;
                                agreedNominalPence: number;
                                entitled: number;
                                entitledNominalPence: number;
                            };
                            clearDays: number;
                            required: number;
                            short: boolean;
                            shortNoticeAgreed: boolean;
                            valid: boolean;
                        };
                        noticeGivenOn: string;
                        noticeSent?: {
                            /** @enum {string} */
                            by: "electronic" | "hand" | "post";
                            on: string;
                        };
                        outcome: {
                            asAt: string;
                            /** @enum {string|null} */
                            failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                            filingDueOn: string | null;
                            lapsesOn: string | null;
                            passedOn: string | null;
                            /** @enum {string} */
                            status: "failed" | "lapsed" | "open" | "passed";
                            tally: {
                                abstaining: number;
                                against: number;
                                inFavour: number;
                                needed: number;
                                outOf: number;
                            } | null;
                        };
                        /** @enum {string} */
                        procedure: "meeting";
                        quorum: number;
                        reference: string | null;
                        regulator?: {
                            decidedOn: string | null;
                            note?: string;
                            /** @enum {string} */
                            status: "approved" | "awaiting-regulator" | "refused";
                        };
                        resolutionId: string;
                        sellers: {
                            memberId: string;
                            name: string;
                        }[];
                        shortNoticeAgreedBy: string[];
                        specialNoticeReceivedOn?: string;
                        text: string;
                        /** @enum {string} */
                        type: "ordinary" | "special";
                        votes: {
                            memberId: string;
                            proxyName?: string;
                            representativeName?: string;
                            /** @enum {string} */
                            vote: "abstain" | "against" | "for";
                        }[];
                        /** @enum {string} */
                        voting: "poll" | "show-of-hands";
                    } | {
                        authorises: {
                            /** @enum {string} */
                            action: "allotment" | "cancellation" | "transfer";
                            /** @enum {string} */
                            reason?: "buy-back";
                            shareNumber: number;
                        }[];
                        board: {
                            directorId: string;
                            name: string;
                        }[];
                        chairDirectorId?: string;
                        chairHasCastingVote?: boolean;
                        interestedDirectorsExcluded?: boolean;
                        /** @enum {string} */
                        kind: "board";
                        meetingId?: string;
                        meetingOn: string;
                        outcome: {
                            asAt: string;
                            /** @enum {string|null} */
                            failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                            filingDueOn: string | null;
                            lapsesOn: string | null;
                            passedOn: string | null;
                            /** @enum {string} */
                            status: "failed" | "lapsed" | "open" | "passed";
                            tally: {
                                abstaining: number;
                                against: number;
                                inFavour: number;
                                needed: number;
                                outOf: number;
                            } | null;
                        };
                        /** @enum {string} */
                        procedure: "meeting";
                        quorum: number;
                        reference: string | null;
                        resolutionId: string;
                        text: string;
                        type: Record<string, never>;
                        unverifiedDirectors: {
                            directorId: string;
                            message: string;
                            name: string;
                            on: string;
                            verificationDueOn: string;
                        }[];
                        votes: {
                            directorId: string;
                            interested?: boolean;
                            /** @enum {string} */
                            vote: "abstain" | "against" | "for";
                        }[];
                    } | {
                        agreements: {
                            agreedOn: string;
                            directorId: string;
                        }[];
                        authorises: {
                            /** @enum {string} */
                            action: "allotment" | "cancellation" | "transfer";
                            /** @enum {string} */
                            reason?: "buy-back";
                            shareNumber: number;
                        }[];
                        board: {
                            directorId: string;
                            name: string;
                        }[];
                        circulatedOn: string;
                        /** @enum {string} */
                        kind: "board";
                        meetingId?: string;
                        outcome: {
                            asAt: string;
                            /** @enum {string|null} */
                            failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                            filingDueOn: string | null;
                            lapsesOn: string | null;
                            passedOn: string | null;
                            /** @enum {string} */
                            status: "failed" | "lapsed" | "open" | "passed";
                            tally: {
                                abstaining: number;
                                against: number;
                                inFavour: number;
                                needed: number;
                                outOf: number;
                            } | null;
                        };
                        /** @enum {string} */
                        procedure: "written";
                        reference: string | null;
                        resolutionId: string;
                        text: string;
                        type: Record<string, never>;
                        unverifiedDirectors: {
                            directorId: string;
                            message: string;
                            name: string;
                            on: string;
                            verificationDueOn: string;
                        }[];
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "MEETING_NOT_FOUND" | "NOT_FOUND" | "RESOLUTION_NOT_FOUND";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AGREEMENT_ALREADY_GIVEN" | "ALREADY_RECORDED" | "ATTENDANCE_ALREADY_RECORDED" | "CONCURRENT_WRITE" | "DIRECTOR_ALREADY_ON_BOARD" | "EVENT_PREDATES_DEPENDENCY" | "FILING_ALREADY_RECORDED" | "INTEREST_ALREADY_DECLARED" | "MEETING_HAS_NO_BUSINESS_LEFT" | "OFFICER_ALREADY_APPOINTED" | "REGULATOR_ALREADY_DECIDED" | "SHARE_ALREADY_CANCELLED" | "VOTE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ADJOURNED_TO_EARLIER_DAY" | "AGREEMENT_AFTER_LAPSE" | "AGREEMENT_BEFORE_CIRCULATION" | "ARTICLES_NEED_SPECIAL_RESOLUTION" | "ATTENDANCE_NOT_FOR_MEETING" | "ATTENDANCE_NOT_RECORDED" | "BOARD_HAS_NO_DIRECTORS" | "BUY_BACK_NEEDS_MEMBERS_RESOLUTION" | "CONTRACT_DISCLOSURE_NOT_NEEDED" | "CONTRACT_DISCLOSURE_REQUIRED" | "CONTRACT_DISCLOSURE_TOO_LATE" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "DIRECTOR_NOT_ON_BOARD" | "DIRECTOR_NOT_PRESENT" | "DUTY_UNKNOWN" | "EVENT_BEFORE_INCORPORATION" | "FILINGS_INVALID" | "FILING_BEFORE_DUTY" | "INTEREST_DECLARED_AFTER_VOTE" | "MEETING_BEFORE_NOTICE" | "MEMBER_NOT_ELIGIBLE" | "NOTICE_NOT_FOR_BOARD_MEETING" | "NOT_AWAITING_REGULATOR" | "NO_ELIGIBLE_MEMBERS" | "PROXY_NAME_REQUIRED" | "REGULATOR_DECISION_BEFORE_PASSING" | "RESIGNATION_BEFORE_APPOINTMENT" | "RESOLUTION_NOT_FOR_MEETING" | "RESPONSE_NOT_FOR_PROCEDURE" | "SHARE_EVENT_NOT_AUTHORISED" | "SHARE_NOT_ISSUED" | "SHORT_NOTICE_AGREED_AFTER_MEETING" | "SPECIAL_NOTICE_NOT_NEEDED" | "SPECIAL_NOTICE_REQUIRED" | "SPECIAL_NOTICE_TOO_LATE" | "VOTER_NOT_PRESENT" | "VOTE_NOT_AS_ATTENDED" | "WRITTEN_RESOLUTION_NOT_ALLOWED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ResolutionsController_vote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; 1 to 255 printable ASCII characters, unique to the request (a UUID, say). The same key sent again by the same token within 24 hours with the same body records nothing new and is answered as the first was (the same status and the same record, as it stands now); with another body it is refused with 422 `IDEMPOTENCY_KEY_REUSED`. An invalid key is a 400 naming the header. Without it the route records each request. */
                "Idempotency-Key"?: string;
            };
            path: {
                companyId: string;
                resolutionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordVoteDto"];
            };
        };
        responses: {
            /** @description Record a vote on a resolution */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agreements: {
                            agreedOn: string;
                            memberId: string;
                        }[];
                        authorises: {
                            /** @enum {string} */
                            action: "allotment" | "cancellation" | "transfer";
                            /** @enum {string} */
                            reason?: "buy-back";
                            shareNumber: number;
                        }[];
                        circulatedOn: string;
                        contractDisclosedOn?: string;
                        eligible: {
                            memberId: string;
                            name: string;
                            votes: number;
                        }[];
                        /** @enum {string} */
                        kind: "members";
                        lapsesOn: string;
                        /** @enum {string} */
                        matter: "amendment-of-articles" | "change-of-objects" | "general" | "removal-of-auditor" | "removal-of-director";
                        meetingId?: string;
                        outcome: {
                            asAt: string;
                            /** @enum {string|null} */
                            failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                            filingDueOn: string | null;
                            lapsesOn: string | null;
                            passedOn: string | null;
                            /** @enum {string} */
                            status: "failed" | "lapsed" | "open" | "passed";
                            tally: {
                                abstaining: number;
                                against: number;
                                inFavour: number;
                                needed: number;
                                outOf: number;
                            } | null;
                        };
                        /** @enum {string} */
                        procedure: "written";
                        reference: string | null;
                        regulator?: {
                            decidedOn: string | null;
                            note?: string;
                            /** @enum {string} */
                            status: "approved" | "awaiting-regulator" | "refused";
                        };
                        resolutionId: string;
                        sellers: {
                            memberId: string;
                            name: string;
                        }[];
                        text: string;
                        /** @enum {string} */
                        type: "ordinary" | "special";
                    } | {
                        adjournedFrom?: string[];
                        authorises: {
                            /** @enum {string} */
                            action: "allotment" | "cancellation" | "transfer";
                            /** @enum {string} */
                            reason?: "buy-back";
                            shareNumber: number;
                        }[];
                        chair?: {
                            directorId?: string;
                            memberId?: string;
                            name: string;
                        };
                        contractDisclosedOn?: string;
                        entitled: {
                            memberId: string;
                            name: string;
                            votes: number;
                        }[];
                        /** @enum {string} */
                        kind: "members";
                        /** @enum {string} */
                        matter: "amendment-of-articles" | "change-of-objects" | "general" | "removal-of-auditor" | "removal-of-director";
                        meetingId?: string;
                        meetingOn: string;
                        notice: {
                            agreement: {
                                agreed: number;
                                agreedNominalPence: number;
                                entitled: number;
                                entitledNominalPence: number;
                            };
                            clearDays: number;
                            required: number;
                            short: boolean;
                            shortNoticeAgreed: boolean;
                            valid: boolean;
                        };
                        noticeGivenOn: string;
                        noticeSent?: {
                            /** @enum {string} */
                            by: "electronic" | "hand" | "post";
                            on: string;
                        };
                        outcome: {
                            asAt: string;
                            /** @enum {string|null} */
                            failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                            filingDueOn: string | null;
                            lapsesOn: string | null;
                            passedOn: string | null;
                            /** @enum {string} */
                            status: "failed" | "lapsed" | "open" | "passed";
                            tally: {
                                abstaining: number;
                                against: number;
                                inFavour: number;
                                needed: number;
                                outOf: number;
                            } | null;
                        };
                        /** @enum {string} */
                        procedure: "meeting";
                        quorum: number;
                        reference: string | null;
                        regulator?: {
                            decidedOn: string | null;
                            note?: string;
                            /** @enum {string} */
                            status: "approved" | "awaiting-regulator" | "refused";
                        };
                        resolutionId: string;
                        sellers: {
                            memberId: string;
                            name: string;
                        }[];
                        shortNoticeAgreedBy: string[];
                        specialNoticeReceivedOn?: string;
                        text: string;
                        /** @enum {string} */
                        type: "ordinary" | "special";
                        votes: {
                            memberId: string;
                            proxyName?: string;
                            representativeName?: string;
                            /** @enum {string} */
                            vote: "abstain" | "against" | "for";
                        }[];
                        /** @enum {string} */
                        voting: "poll" | "show-of-hands";
                    } | {
                        authorises: {
                            /** @enum {string} */
                            action: "allotment" | "cancellation" | "transfer";
                            /** @enum {string} */
                            reason?: "buy-back";
                            shareNumber: number;
                        }[];
                        board: {
                            directorId: string;
                            name: string;
                        }[];
                        chairDirectorId?: string;
                        chairHasCastingVote?: boolean;
                        interestedDirectorsExcluded?: boolean;
                        /** @enum {string} */
                        kind: "board";
                        meetingId?: string;
                        meetingOn: string;
                        outcome: {
                            asAt: string;
                            /** @enum {string|null} */
                            failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                            filingDueOn: string | null;
                            lapsesOn: string | null;
                            passedOn: string | null;
                            /** @enum {string} */
                            status: "failed" | "lapsed" | "open" | "passed";
                            tally: {
                                abstaining: number;
                                against: number;
                                inFavour: number;
                                needed: number;
                                outOf: number;
                            } | null;
                        };
                        /** @enum {string} */
                        procedure: "meeting";
                        quorum: number;
                        reference: string | null;
                        resolutionId: string;
                        text: string;
                        type: Record<string, never>;
                        unverifiedDirectors: {
                            directorId: string;
                            message: string;
                            name: string;
                            on: string;
                            verificationDueOn: string;
                        }[];
                        votes: {
                            directorId: string;
                            interested?: boolean;
                            /** @enum {string} */
                            vote: "abstain" | "against" | "for";
                        }[];
                    } | {
                        agreements: {
                            agreedOn: string;
                            directorId: string;
                        }[];
                        authorises: {
                            /** @enum {string} */
                            action: "allotment" | "cancellation" | "transfer";
                            /** @enum {string} */
                            reason?: "buy-back";
                            shareNumber: number;
                        }[];
                        board: {
                            directorId: string;
                            name: string;
                        }[];
                        circulatedOn: string;
                        /** @enum {string} */
                        kind: "board";
                        meetingId?: string;
                        outcome: {
                            asAt: string;
                            /** @enum {string|null} */
                            failedBecause: "majority-not-reached" | "notice-too-short" | "quorum-not-met" | null;
                            filingDueOn: string | null;
                            lapsesOn: string | null;
                            passedOn: string | null;
                            /** @enum {string} */
                            status: "failed" | "lapsed" | "open" | "passed";
                            tally: {
                                abstaining: number;
                                against: number;
                                inFavour: number;
                                needed: number;
                                outOf: number;
                            } | null;
                        };
                        /** @enum {string} */
                        procedure: "written";
                        reference: string | null;
                        resolutionId: string;
                        text: string;
                        type: Record<string, never>;
                        unverifiedDirectors: {
                            directorId: string;
                            message: string;
                            name: string;
                            on: string;
                            verificationDueOn: string;
                        }[];
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "MEETING_NOT_FOUND" | "NOT_FOUND" | "RESOLUTION_NOT_FOUND";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AGREEMENT_ALREADY_GIVEN" | "ALREADY_RECORDED" | "ATTENDANCE_ALREADY_RECORDED" | "CONCURRENT_WRITE" | "DIRECTOR_ALREADY_ON_BOARD" | "EVENT_PREDATES_DEPENDENCY" | "FILING_ALREADY_RECORDED" | "INTEREST_ALREADY_DECLARED" | "MEETING_HAS_NO_BUSINESS_LEFT" | "OFFICER_ALREADY_APPOINTED" | "REGULATOR_ALREADY_DECIDED" | "SHARE_ALREADY_CANCELLED" | "VOTE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ADJOURNED_TO_EARLIER_DAY" | "AGREEMENT_AFTER_LAPSE" | "AGREEMENT_BEFORE_CIRCULATION" | "ARTICLES_NEED_SPECIAL_RESOLUTION" | "ATTENDANCE_NOT_FOR_MEETING" | "ATTENDANCE_NOT_RECORDED" | "BOARD_HAS_NO_DIRECTORS" | "BUY_BACK_NEEDS_MEMBERS_RESOLUTION" | "CONTRACT_DISCLOSURE_NOT_NEEDED" | "CONTRACT_DISCLOSURE_REQUIRED" | "CONTRACT_DISCLOSURE_TOO_LATE" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "DIRECTOR_NOT_ON_BOARD" | "DIRECTOR_NOT_PRESENT" | "DUTY_UNKNOWN" | "EVENT_BEFORE_INCORPORATION" | "FILINGS_INVALID" | "FILING_BEFORE_DUTY" | "IDEMPOTENCY_KEY_REUSED" | "INTEREST_DECLARED_AFTER_VOTE" | "MEETING_BEFORE_NOTICE" | "MEMBER_NOT_ELIGIBLE" | "NOTICE_NOT_FOR_BOARD_MEETING" | "NOT_AWAITING_REGULATOR" | "NO_ELIGIBLE_MEMBERS" | "PROXY_NAME_REQUIRED" | "REGULATOR_DECISION_BEFORE_PASSING" | "RESIGNATION_BEFORE_APPOINTMENT" | "RESOLUTION_NOT_FOR_MEETING" | "RESPONSE_NOT_FOR_PROCEDURE" | "SHARE_EVENT_NOT_AUTHORISED" | "SHARE_NOT_ISSUED" | "SHORT_NOTICE_AGREED_AFTER_MEETING" | "SPECIAL_NOTICE_NOT_NEEDED" | "SPECIAL_NOTICE_REQUIRED" | "SPECIAL_NOTICE_TOO_LATE" | "VOTER_NOT_PRESENT" | "VOTE_NOT_AS_ATTENDED" | "WRITTEN_RESOLUTION_NOT_ALLOWED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    OrganisationsController_listContracts: {
        parameters: {
            query?: {
                /** @description As at the end of this day (YYYY-MM-DD), from 1800-01-01 to 2999-12-31; see the route for its default. A real date outside that range is 400 VALIDATION_FAILED with the bounds in details (earliest, latest) */
                asAt?: string;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List service contracts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        commissionerChanges: {
                            commissionerId: string;
                            on: string;
                            reason: string | null;
                        }[];
                        commissionerId: string | null;
                        contractId: string;
                        currentCommissionerId: string | null;
                        endOn: string | null;
                        holderId: string;
                        name: string;
                        note: string | null;
                        partnershipId: string | null;
                        startOn: string;
                    }[];
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_EMPLOYEE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "INVALID_TRANSFER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NETWORK_UNKNOWN" | "NOT_FOUND" | "ORGANISATION_UNKNOWN";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    OrganisationsController_recordContract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordServiceContractDto"];
            };
        };
        responses: {
            /** @description Record a service contract */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        commissionerChanges: {
                            commissionerId: string;
                            on: string;
                            reason: string | null;
                        }[];
                        commissionerId: string | null;
                        contractId: string;
                        currentCommissionerId: string | null;
                        endOn: string | null;
                        holderId: string;
                        ledger: {
                            hash: string;
                            sequence: number;
                        };
                        name: string;
                        note: string | null;
                        partnershipId: string | null;
                        startOn: string;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_EMPLOYEE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "INVALID_TRANSFER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NETWORK_UNKNOWN" | "NOT_FOUND" | "ORGANISATION_UNKNOWN";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "CONCURRENT_WRITE" | "CONSULTATION_ENTRY_ALREADY_RECORDED" | "EMPLOYEE_ALREADY_ON_TRANSFER" | "ORGANISATION_ALREADY_RECORDED" | "PARTNERSHIP_MEMBER_ALREADY_ACTIVE" | "PARTNERSHIP_MEMBER_NOT_ACTIVE" | "PRACTICE_ALREADY_IN_A_NETWORK" | "PRACTICE_ALREADY_IN_THAT_NETWORK" | "PRACTICE_NOT_IN_A_NETWORK" | "SERVICE_LINE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMMISSIONER_ABOLISHED" | "COMMISSIONER_CHANGE_OUTSIDE_CONTRACT" | "COMMISSIONER_CHANGE_OUT_OF_ORDER" | "COMMISSIONER_IS_HOLDER" | "COMMISSIONER_UNCHANGED" | "CONSULTATION_REPLY_WITHOUT_REPRESENTATION" | "CONTRACT_ENDS_BEFORE_START" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "MEMBERSHIP_ENDS_BEFORE_START" | "SERVICE_LINE_MANAGER_NOT_A_MEMBER" | "STAFF_LIST_INVALID" | "TRANSFER_PARTIES_SAME" | "TUPE_RECORD_UNCHANGED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    OrganisationsController_changeCommissioner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                contractId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeCommissionerDto"];
            };
        };
        responses: {
            /** @description Change the commissioner of a service contract */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        commissionerChanges: {
                            commissionerId: string;
                            on: string;
                            reason: string | null;
                        }[];
                        commissionerId: string | null;
                        contractId: string;
                        currentCommissionerId: string | null;
                        endOn: string | null;
                        holderId: string;
                        ledger: {
                            hash: string;
                            sequence: number;
                        };
                        name: string;
                        note: string | null;
                        partnershipId: string | null;
                        startOn: string;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_EMPLOYEE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "INVALID_TRANSFER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NETWORK_UNKNOWN" | "NOT_FOUND" | "ORGANISATION_UNKNOWN";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "CONCURRENT_WRITE" | "CONSULTATION_ENTRY_ALREADY_RECORDED" | "EMPLOYEE_ALREADY_ON_TRANSFER" | "ORGANISATION_ALREADY_RECORDED" | "PARTNERSHIP_MEMBER_ALREADY_ACTIVE" | "PARTNERSHIP_MEMBER_NOT_ACTIVE" | "PRACTICE_ALREADY_IN_A_NETWORK" | "PRACTICE_ALREADY_IN_THAT_NETWORK" | "PRACTICE_NOT_IN_A_NETWORK" | "SERVICE_LINE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "COMMISSIONER_ABOLISHED" | "COMMISSIONER_CHANGE_OUTSIDE_CONTRACT" | "COMMISSIONER_CHANGE_OUT_OF_ORDER" | "COMMISSIONER_IS_HOLDER" | "COMMISSIONER_UNCHANGED" | "CONSULTATION_REPLY_WITHOUT_REPRESENTATION" | "CONTRACT_ENDS_BEFORE_START" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "MEMBERSHIP_ENDS_BEFORE_START" | "SERVICE_LINE_MANAGER_NOT_A_MEMBER" | "STAFF_LIST_INVALID" | "TRANSFER_PARTIES_SAME" | "TUPE_RECORD_UNCHANGED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ShareEventsController_allot: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; 1 to 255 printable ASCII characters, unique to the request (a UUID, say). The same key sent again by the same token within 24 hours with the same body records nothing new and is answered as the first was (the same status and the same record, as it stands now); with another body it is refused with 422 `IDEMPOTENCY_KEY_REUSED`. An invalid key is a 400 naming the header. Without it the route records each request. */
                "Idempotency-Key"?: string;
            };
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateShareAllotmentDto"];
            };
        };
        responses: {
            /** @description Allot a share */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        effectiveOn: string;
                        hash: string;
                        kind: string;
                        payload: (string | null) | (number | null) | (boolean | null) | (unknown[] | null) | ({
                            [key: string]: unknown;
                        } | null);
                        previousHash: string;
                        recordedAt: string;
                        recordedBy: string;
                        sequence: number;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "CENTRAL_REGISTER_ELECTION_IN_FORCE" | "CENTRAL_REGISTER_NO_ELECTION" | "CERTIFICATE_ALREADY_ISSUED" | "CERTIFICATE_NOT_IN_FORCE" | "CERTIFICATE_SHARE_NOT_HELD" | "CONCURRENT_WRITE" | "CORRECTION_BREAKS_LATER_ENTRY" | "CORRECTION_BREAKS_LATER_RECORD" | "CORRECTION_TARGET_UNKNOWN" | "EVENT_PREDATES_DEPENDENCY" | "MEMBER_ALREADY_HOLDS_A_SHARE" | "NO_CERTIFICATE_TO_REPLACE" | "PRACTICE_ALREADY_A_MEMBER" | "SHARE_ALREADY_CANCELLED" | "SHARE_NOT_HELD_BY_MEMBER" | "SHARE_NUMBER_ALREADY_USED" | "TRANSFER_ALREADY_DECIDED" | "TRANSFER_ALREADY_LODGED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUY_BACK_CARRIED_BY_SELLER" | "BUY_BACK_PRICE_ABOVE_PAID_UP" | "CENTRAL_REGISTER_ASSENT_MISSING" | "CENTRAL_REGISTER_ASSENT_NOT_MEMBER" | "CENTRAL_REGISTER_OPTION_NOT_YET_IN_FORCE" | "CENTRAL_REGISTER_OPTION_REMOVED" | "CERTIFICATE_ISSUED_BEFORE_HOLDING" | "CORRECTION_REASON_MISSING" | "DATED_AFTER_RECORDING" | "EVENT_BEFORE_INCORPORATION" | "FORFEITURE_NOTICE_TOO_SHORT" | "FORFEITURE_NOT_IN_ARTICLES" | "FORFEITURE_OF_FULLY_PAID_SHARE" | "FORFEITURE_WITHOUT_NOTICE" | "HOLDER_NOT_ELIGIBLE" | "IDEMPOTENCY_KEY_REUSED" | "INDEMNITY_AFTER_REPLACEMENT" | "NOMINAL_VALUE_NOT_IN_ARTICLES" | "PAID_UP_EXCEEDS_NOMINAL" | "REDUCTION_WITHOUT_SOLVENCY_STATEMENT" | "SHARE_CLASS_NOT_IN_ARTICLES" | "SHARE_NOT_ISSUED" | "SOLVENCY_STATEMENT_OUT_OF_TIME" | "SUBSCRIBER_SHARE_NOT_ON_INCORPORATION" | "TRANSFER_DECIDED_BEFORE_LODGED" | "TRANSFER_REFUSAL_WITHOUT_REASONS" | "TRANSFER_REGISTERED_BEFORE_LODGED" | "TRANSFER_TO_SAME_MEMBER";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ShareEventsController_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; 1 to 255 printable ASCII characters, unique to the request (a UUID, say). The same key sent again by the same token within 24 hours with the same body records nothing new and is answered as the first was (the same status and the same record, as it stands now); with another body it is refused with 422 `IDEMPOTENCY_KEY_REUSED`. An invalid key is a 400 naming the header. Without it the route records each request. */
                "Idempotency-Key"?: string;
            };
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateShareCancellationDto"];
            };
        };
        responses: {
            /** @description Cancel a share */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        effectiveOn: string;
                        hash: string;
                        kind: string;
                        payload: (string | null) | (number | null) | (boolean | null) | (unknown[] | null) | ({
                            [key: string]: unknown;
                        } | null);
                        previousHash: string;
                        recordedAt: string;
                        recordedBy: string;
                        sequence: number;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "CENTRAL_REGISTER_ELECTION_IN_FORCE" | "CENTRAL_REGISTER_NO_ELECTION" | "CERTIFICATE_ALREADY_ISSUED" | "CERTIFICATE_NOT_IN_FORCE" | "CERTIFICATE_SHARE_NOT_HELD" | "CONCURRENT_WRITE" | "CORRECTION_BREAKS_LATER_ENTRY" | "CORRECTION_BREAKS_LATER_RECORD" | "CORRECTION_TARGET_UNKNOWN" | "EVENT_PREDATES_DEPENDENCY" | "MEMBER_ALREADY_HOLDS_A_SHARE" | "NO_CERTIFICATE_TO_REPLACE" | "PRACTICE_ALREADY_A_MEMBER" | "SHARE_ALREADY_CANCELLED" | "SHARE_NOT_HELD_BY_MEMBER" | "SHARE_NUMBER_ALREADY_USED" | "TRANSFER_ALREADY_DECIDED" | "TRANSFER_ALREADY_LODGED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUY_BACK_CARRIED_BY_SELLER" | "BUY_BACK_PRICE_ABOVE_PAID_UP" | "CENTRAL_REGISTER_ASSENT_MISSING" | "CENTRAL_REGISTER_ASSENT_NOT_MEMBER" | "CENTRAL_REGISTER_OPTION_NOT_YET_IN_FORCE" | "CENTRAL_REGISTER_OPTION_REMOVED" | "CERTIFICATE_ISSUED_BEFORE_HOLDING" | "CORRECTION_REASON_MISSING" | "DATED_AFTER_RECORDING" | "EVENT_BEFORE_INCORPORATION" | "FORFEITURE_NOTICE_TOO_SHORT" | "FORFEITURE_NOT_IN_ARTICLES" | "FORFEITURE_OF_FULLY_PAID_SHARE" | "FORFEITURE_WITHOUT_NOTICE" | "HOLDER_NOT_ELIGIBLE" | "IDEMPOTENCY_KEY_REUSED" | "INDEMNITY_AFTER_REPLACEMENT" | "NOMINAL_VALUE_NOT_IN_ARTICLES" | "PAID_UP_EXCEEDS_NOMINAL" | "REDUCTION_WITHOUT_SOLVENCY_STATEMENT" | "SHARE_CLASS_NOT_IN_ARTICLES" | "SHARE_NOT_ISSUED" | "SOLVENCY_STATEMENT_OUT_OF_TIME" | "SUBSCRIBER_SHARE_NOT_ON_INCORPORATION" | "TRANSFER_DECIDED_BEFORE_LODGED" | "TRANSFER_REFUSAL_WITHOUT_REASONS" | "TRANSFER_REGISTERED_BEFORE_LODGED" | "TRANSFER_TO_SAME_MEMBER";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ShareEventsController_recordBatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; 1 to 255 printable ASCII characters, unique to the request (a UUID, say). The same key sent again by the same token within 24 hours with the same body records nothing new and is answered as the first was (the same status and the same record, as it stands now); with another body it is refused with 422 `IDEMPOTENCY_KEY_REUSED`. An invalid key is a 400 naming the header. Without it the route records each request. */
                "Idempotency-Key"?: string;
            };
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShareEventsBatchDto"];
            };
        };
        responses: {
            /** @description Record share events in one batch */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        entries: {
                            effectiveOn: string;
                            hash: string;
                            kind: string;
                            payload: (string | null) | (number | null) | (boolean | null) | (unknown[] | null) | ({
                                [key: string]: unknown;
                            } | null);
                            previousHash: string;
                            recordedAt: string;
                            recordedBy: string;
                            sequence: number;
                        }[];
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "CENTRAL_REGISTER_ELECTION_IN_FORCE" | "CENTRAL_REGISTER_NO_ELECTION" | "CERTIFICATE_ALREADY_ISSUED" | "CERTIFICATE_NOT_IN_FORCE" | "CERTIFICATE_SHARE_NOT_HELD" | "CONCURRENT_WRITE" | "CORRECTION_BREAKS_LATER_ENTRY" | "CORRECTION_BREAKS_LATER_RECORD" | "CORRECTION_TARGET_UNKNOWN" | "EVENT_PREDATES_DEPENDENCY" | "MEMBER_ALREADY_HOLDS_A_SHARE" | "NO_CERTIFICATE_TO_REPLACE" | "PRACTICE_ALREADY_A_MEMBER" | "SHARE_ALREADY_CANCELLED" | "SHARE_NOT_HELD_BY_MEMBER" | "SHARE_NUMBER_ALREADY_USED" | "TRANSFER_ALREADY_DECIDED" | "TRANSFER_ALREADY_LODGED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUY_BACK_CARRIED_BY_SELLER" | "BUY_BACK_PRICE_ABOVE_PAID_UP" | "CENTRAL_REGISTER_ASSENT_MISSING" | "CENTRAL_REGISTER_ASSENT_NOT_MEMBER" | "CENTRAL_REGISTER_OPTION_NOT_YET_IN_FORCE" | "CENTRAL_REGISTER_OPTION_REMOVED" | "CERTIFICATE_ISSUED_BEFORE_HOLDING" | "CORRECTION_REASON_MISSING" | "DATED_AFTER_RECORDING" | "EVENT_BEFORE_INCORPORATION" | "FORFEITURE_NOTICE_TOO_SHORT" | "FORFEITURE_NOT_IN_ARTICLES" | "FORFEITURE_OF_FULLY_PAID_SHARE" | "FORFEITURE_WITHOUT_NOTICE" | "HOLDER_NOT_ELIGIBLE" | "IDEMPOTENCY_KEY_REUSED" | "INDEMNITY_AFTER_REPLACEMENT" | "NOMINAL_VALUE_NOT_IN_ARTICLES" | "PAID_UP_EXCEEDS_NOMINAL" | "REDUCTION_WITHOUT_SOLVENCY_STATEMENT" | "SHARE_CLASS_NOT_IN_ARTICLES" | "SHARE_NOT_ISSUED" | "SOLVENCY_STATEMENT_OUT_OF_TIME" | "SUBSCRIBER_SHARE_NOT_ON_INCORPORATION" | "TRANSFER_DECIDED_BEFORE_LODGED" | "TRANSFER_REFUSAL_WITHOUT_REASONS" | "TRANSFER_REGISTERED_BEFORE_LODGED" | "TRANSFER_TO_SAME_MEMBER";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    LodgedTransfersController_list: {
        parameters: {
            query?: {
                /** @description Only transfers with this status; all when left out. `corrected`: registered, then voided by a correction */
                status?: "lodged" | "registered" | "refused" | "corrected";
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List lodged transfers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        transfers: {
                            correctedBy: number | null;
                            decisionDueOn: string;
                            fromMemberId: string;
                            lodgedOn: string;
                            reasons: string | null;
                            refusedOn: string | null;
                            registeredAs: number | null;
                            registeredOn: string | null;
                            replacedBy: number | null;
                            shareNumber: number;
                            /** @enum {string} */
                            status: "corrected" | "lodged" | "refused" | "registered";
                            to: {
                                address: string;
                                memberId: string;
                                name: string;
                                practiceId: string | null;
                            };
                            transferId: string;
                        }[];
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ShareEventsController_transfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; 1 to 255 printable ASCII characters, unique to the request (a UUID, say). The same key sent again by the same token within 24 hours with the same body records nothing new and is answered as the first was (the same status and the same record, as it stands now); with another body it is refused with 422 `IDEMPOTENCY_KEY_REUSED`. An invalid key is a 400 naming the header. Without it the route records each request. */
                "Idempotency-Key"?: string;
            };
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateShareTransferDto"];
            };
        };
        responses: {
            /** @description Record a share transfer */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        effectiveOn: string;
                        hash: string;
                        kind: string;
                        payload: (string | null) | (number | null) | (boolean | null) | (unknown[] | null) | ({
                            [key: string]: unknown;
                        } | null);
                        previousHash: string;
                        recordedAt: string;
                        recordedBy: string;
                        sequence: number;
                    } | {
                        effectiveOn: string;
                        hash: string;
                        kind: string;
                        payload: (string | null) | (number | null) | (boolean | null) | (unknown[] | null) | ({
                            [key: string]: unknown;
                        } | null);
                        previousHash: string;
                        recordedAt: string;
                        recordedBy: string;
                        sequence: number;
                        transferId: string;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "CENTRAL_REGISTER_ELECTION_IN_FORCE" | "CENTRAL_REGISTER_NO_ELECTION" | "CERTIFICATE_ALREADY_ISSUED" | "CERTIFICATE_NOT_IN_FORCE" | "CERTIFICATE_SHARE_NOT_HELD" | "CONCURRENT_WRITE" | "CORRECTION_BREAKS_LATER_ENTRY" | "CORRECTION_BREAKS_LATER_RECORD" | "CORRECTION_TARGET_UNKNOWN" | "EVENT_PREDATES_DEPENDENCY" | "MEMBER_ALREADY_HOLDS_A_SHARE" | "NO_CERTIFICATE_TO_REPLACE" | "PRACTICE_ALREADY_A_MEMBER" | "SHARE_ALREADY_CANCELLED" | "SHARE_NOT_HELD_BY_MEMBER" | "SHARE_NUMBER_ALREADY_USED" | "TRANSFER_ALREADY_DECIDED" | "TRANSFER_ALREADY_LODGED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUY_BACK_CARRIED_BY_SELLER" | "BUY_BACK_PRICE_ABOVE_PAID_UP" | "CENTRAL_REGISTER_ASSENT_MISSING" | "CENTRAL_REGISTER_ASSENT_NOT_MEMBER" | "CENTRAL_REGISTER_OPTION_NOT_YET_IN_FORCE" | "CENTRAL_REGISTER_OPTION_REMOVED" | "CERTIFICATE_ISSUED_BEFORE_HOLDING" | "CORRECTION_REASON_MISSING" | "DATED_AFTER_RECORDING" | "EVENT_BEFORE_INCORPORATION" | "FORFEITURE_NOTICE_TOO_SHORT" | "FORFEITURE_NOT_IN_ARTICLES" | "FORFEITURE_OF_FULLY_PAID_SHARE" | "FORFEITURE_WITHOUT_NOTICE" | "HOLDER_NOT_ELIGIBLE" | "IDEMPOTENCY_KEY_REUSED" | "INDEMNITY_AFTER_REPLACEMENT" | "NOMINAL_VALUE_NOT_IN_ARTICLES" | "PAID_UP_EXCEEDS_NOMINAL" | "REDUCTION_WITHOUT_SOLVENCY_STATEMENT" | "SHARE_CLASS_NOT_IN_ARTICLES" | "SHARE_NOT_ISSUED" | "SOLVENCY_STATEMENT_OUT_OF_TIME" | "SUBSCRIBER_SHARE_NOT_ON_INCORPORATION" | "TRANSFER_DECIDED_BEFORE_LODGED" | "TRANSFER_REFUSAL_WITHOUT_REASONS" | "TRANSFER_REGISTERED_BEFORE_LODGED" | "TRANSFER_TO_SAME_MEMBER";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    LodgedTransfersController_refuse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; 1 to 255 printable ASCII characters, unique to the request (a UUID, say). The same key sent again by the same token within 24 hours with the same body records nothing new and is answered as the first was (the same status and the same record, as it stands now); with another body it is refused with 422 `IDEMPOTENCY_KEY_REUSED`. An invalid key is a 400 naming the header. Without it the route records each request. */
                "Idempotency-Key"?: string;
            };
            path: {
                companyId: string;
                transferId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefuseLodgedTransferDto"];
            };
        };
        responses: {
            /** @description Refuse a lodged transfer */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        effectiveOn: string;
                        hash: string;
                        kind: string;
                        payload: (string | null) | (number | null) | (boolean | null) | (unknown[] | null) | ({
                            [key: string]: unknown;
                        } | null);
                        previousHash: string;
                        recordedAt: string;
                        recordedBy: string;
                        sequence: number;
                        transferId: string;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "CENTRAL_REGISTER_ELECTION_IN_FORCE" | "CENTRAL_REGISTER_NO_ELECTION" | "CERTIFICATE_ALREADY_ISSUED" | "CERTIFICATE_NOT_IN_FORCE" | "CERTIFICATE_SHARE_NOT_HELD" | "CONCURRENT_WRITE" | "CORRECTION_BREAKS_LATER_ENTRY" | "CORRECTION_BREAKS_LATER_RECORD" | "CORRECTION_TARGET_UNKNOWN" | "EVENT_PREDATES_DEPENDENCY" | "MEMBER_ALREADY_HOLDS_A_SHARE" | "NO_CERTIFICATE_TO_REPLACE" | "PRACTICE_ALREADY_A_MEMBER" | "SHARE_ALREADY_CANCELLED" | "SHARE_NOT_HELD_BY_MEMBER" | "SHARE_NUMBER_ALREADY_USED" | "TRANSFER_ALREADY_DECIDED" | "TRANSFER_ALREADY_LODGED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUY_BACK_CARRIED_BY_SELLER" | "BUY_BACK_PRICE_ABOVE_PAID_UP" | "CENTRAL_REGISTER_ASSENT_MISSING" | "CENTRAL_REGISTER_ASSENT_NOT_MEMBER" | "CENTRAL_REGISTER_OPTION_NOT_YET_IN_FORCE" | "CENTRAL_REGISTER_OPTION_REMOVED" | "CERTIFICATE_ISSUED_BEFORE_HOLDING" | "CORRECTION_REASON_MISSING" | "DATED_AFTER_RECORDING" | "EVENT_BEFORE_INCORPORATION" | "FORFEITURE_NOTICE_TOO_SHORT" | "FORFEITURE_NOT_IN_ARTICLES" | "FORFEITURE_OF_FULLY_PAID_SHARE" | "FORFEITURE_WITHOUT_NOTICE" | "HOLDER_NOT_ELIGIBLE" | "IDEMPOTENCY_KEY_REUSED" | "INDEMNITY_AFTER_REPLACEMENT" | "NOMINAL_VALUE_NOT_IN_ARTICLES" | "PAID_UP_EXCEEDS_NOMINAL" | "REDUCTION_WITHOUT_SOLVENCY_STATEMENT" | "SHARE_CLASS_NOT_IN_ARTICLES" | "SHARE_NOT_ISSUED" | "SOLVENCY_STATEMENT_OUT_OF_TIME" | "SUBSCRIBER_SHARE_NOT_ON_INCORPORATION" | "TRANSFER_DECIDED_BEFORE_LODGED" | "TRANSFER_REFUSAL_WITHOUT_REASONS" | "TRANSFER_REGISTERED_BEFORE_LODGED" | "TRANSFER_TO_SAME_MEMBER";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    LodgedTransfersController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; 1 to 255 printable ASCII characters, unique to the request (a UUID, say). The same key sent again by the same token within 24 hours with the same body records nothing new and is answered as the first was (the same status and the same record, as it stands now); with another body it is refused with 422 `IDEMPOTENCY_KEY_REUSED`. An invalid key is a 400 naming the header. Without it the route records each request. */
                "Idempotency-Key"?: string;
            };
            path: {
                companyId: string;
                transferId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterLodgedTransferDto"];
            };
        };
        responses: {
            /** @description Register a lodged transfer */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        effectiveOn: string;
                        hash: string;
                        kind: string;
                        payload: (string | null) | (number | null) | (boolean | null) | (unknown[] | null) | ({
                            [key: string]: unknown;
                        } | null);
                        previousHash: string;
                        recordedAt: string;
                        recordedBy: string;
                        sequence: number;
                        transferId: string;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "CENTRAL_REGISTER_ELECTION_IN_FORCE" | "CENTRAL_REGISTER_NO_ELECTION" | "CERTIFICATE_ALREADY_ISSUED" | "CERTIFICATE_NOT_IN_FORCE" | "CERTIFICATE_SHARE_NOT_HELD" | "CONCURRENT_WRITE" | "CORRECTION_BREAKS_LATER_ENTRY" | "CORRECTION_BREAKS_LATER_RECORD" | "CORRECTION_TARGET_UNKNOWN" | "EVENT_PREDATES_DEPENDENCY" | "MEMBER_ALREADY_HOLDS_A_SHARE" | "NO_CERTIFICATE_TO_REPLACE" | "PRACTICE_ALREADY_A_MEMBER" | "SHARE_ALREADY_CANCELLED" | "SHARE_NOT_HELD_BY_MEMBER" | "SHARE_NUMBER_ALREADY_USED" | "TRANSFER_ALREADY_DECIDED" | "TRANSFER_ALREADY_LODGED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUY_BACK_CARRIED_BY_SELLER" | "BUY_BACK_PRICE_ABOVE_PAID_UP" | "CENTRAL_REGISTER_ASSENT_MISSING" | "CENTRAL_REGISTER_ASSENT_NOT_MEMBER" | "CENTRAL_REGISTER_OPTION_NOT_YET_IN_FORCE" | "CENTRAL_REGISTER_OPTION_REMOVED" | "CERTIFICATE_ISSUED_BEFORE_HOLDING" | "CORRECTION_REASON_MISSING" | "DATED_AFTER_RECORDING" | "EVENT_BEFORE_INCORPORATION" | "FORFEITURE_NOTICE_TOO_SHORT" | "FORFEITURE_NOT_IN_ARTICLES" | "FORFEITURE_OF_FULLY_PAID_SHARE" | "FORFEITURE_WITHOUT_NOTICE" | "HOLDER_NOT_ELIGIBLE" | "IDEMPOTENCY_KEY_REUSED" | "INDEMNITY_AFTER_REPLACEMENT" | "NOMINAL_VALUE_NOT_IN_ARTICLES" | "PAID_UP_EXCEEDS_NOMINAL" | "REDUCTION_WITHOUT_SOLVENCY_STATEMENT" | "SHARE_CLASS_NOT_IN_ARTICLES" | "SHARE_NOT_ISSUED" | "SOLVENCY_STATEMENT_OUT_OF_TIME" | "SUBSCRIBER_SHARE_NOT_ON_INCORPORATION" | "TRANSFER_DECIDED_BEFORE_LODGED" | "TRANSFER_REFUSAL_WITHOUT_REASONS" | "TRANSFER_REGISTERED_BEFORE_LODGED" | "TRANSFER_TO_SAME_MEMBER";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ReportsController_certificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                shareNumber: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Download a share's current certificate (PDF) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_EMPLOYEE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_REFERENCE_DAY" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "INVALID_TRANSFER" | "PARTICULARS_CHANGE_EMPTY" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "INSPECTION_REQUEST_NOT_FOUND" | "MEETING_NOT_FOUND" | "MEMBER_NOT_ON_REGISTER" | "NETWORK_UNKNOWN" | "NOT_FOUND" | "OFFICER_NOT_FOUND" | "ORGANISATION_UNKNOWN" | "PRACTICE_UNKNOWN" | "RESOLUTION_NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AGREEMENT_ALREADY_GIVEN" | "ALREADY_RECORDED" | "ASSET_LOCKED_BODY_HAS_TRANSFERS" | "ATTENDANCE_ALREADY_RECORDED" | "CENTRAL_REGISTER_ELECTION_IN_FORCE" | "CENTRAL_REGISTER_NO_ELECTION" | "CERTIFICATE_ALREADY_ISSUED" | "CERTIFICATE_NOT_IN_FORCE" | "CERTIFICATE_SHARE_NOT_HELD" | "COMPANY_NUMBER_ALREADY_SET" | "CONSULTATION_ENTRY_ALREADY_RECORDED" | "CORRECTION_BREAKS_LATER_ENTRY" | "CORRECTION_BREAKS_LATER_RECORD" | "CORRECTION_TARGET_UNKNOWN" | "DIRECTOR_ALREADY_ON_BOARD" | "DISTRIBUTABLE_PROFITS_DIFFER" | "EMPLOYEE_ALREADY_ON_TRANSFER" | "EVENT_PREDATES_DEPENDENCY" | "FILING_ALREADY_RECORDED" | "FINANCIAL_YEARS_OVERLAP" | "IDENTITY_VERIFICATION_ALREADY_RECORDED" | "INSPECTION_REQUEST_ALREADY_ANSWERED" | "INSPECTION_REQUEST_ALREADY_RECORDED" | "INTEREST_ALREADY_DECLARED" | "MEETING_HAS_NO_BUSINESS_LEFT" | "MEETING_NOT_YET_HELD" | "MEMBER_ALREADY_HOLDS_A_SHARE" | "MEMBER_NOT_CURRENT" | "NO_CERTIFICATE_TO_REPLACE" | "OFFICER_ALREADY_APPOINTED" | "OFFICER_ALREADY_IN_OFFICE" | "OFFICER_NAME_IN_OFFICE" | "ORGANISATION_ALREADY_RECORDED" | "PARTNERSHIP_MEMBER_ALREADY_ACTIVE" | "PARTNERSHIP_MEMBER_NOT_ACTIVE" | "PRACTICE_ALREADY_A_MEMBER" | "PRACTICE_ALREADY_IN_A_NETWORK" | "PRACTICE_ALREADY_IN_THAT_NETWORK" | "PRACTICE_ALREADY_LISTED" | "PRACTICE_CLOSED" | "PRACTICE_NOT_IN_A_NETWORK" | "PSC_STATEMENT_ALREADY_RECORDED" | "REGULATOR_ALREADY_DECIDED" | "SERVICE_LINE_ALREADY_RECORDED" | "SHARE_ALREADY_CANCELLED" | "SHARE_NOT_HELD_BY_MEMBER" | "SHARE_NOT_IN_ISSUE" | "SHARE_NUMBER_ALREADY_USED" | "TRANSFER_ALREADY_DECIDED" | "TRANSFER_ALREADY_LODGED" | "VOTE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CertificatesController_issue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                shareNumber: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueCertificateDto"];
            };
        };
        responses: {
            /** @description Record a share certificate issued */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        certificate: string;
                        certificateNumber: number;
                        effectiveOn: string;
                        hash: string;
                        kind: string;
                        payload: (string | null) | (number | null) | (boolean | null) | (unknown[] | null) | ({
                            [key: string]: unknown;
                        } | null);
                        previousHash: string;
                        recordedAt: string;
                        recordedBy: string;
                        sequence: number;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "CENTRAL_REGISTER_ELECTION_IN_FORCE" | "CENTRAL_REGISTER_NO_ELECTION" | "CERTIFICATE_ALREADY_ISSUED" | "CERTIFICATE_NOT_IN_FORCE" | "CERTIFICATE_SHARE_NOT_HELD" | "CONCURRENT_WRITE" | "CORRECTION_BREAKS_LATER_ENTRY" | "CORRECTION_BREAKS_LATER_RECORD" | "CORRECTION_TARGET_UNKNOWN" | "EVENT_PREDATES_DEPENDENCY" | "MEMBER_ALREADY_HOLDS_A_SHARE" | "NO_CERTIFICATE_TO_REPLACE" | "PRACTICE_ALREADY_A_MEMBER" | "SHARE_ALREADY_CANCELLED" | "SHARE_NOT_HELD_BY_MEMBER" | "SHARE_NUMBER_ALREADY_USED" | "TRANSFER_ALREADY_DECIDED" | "TRANSFER_ALREADY_LODGED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUY_BACK_CARRIED_BY_SELLER" | "BUY_BACK_PRICE_ABOVE_PAID_UP" | "CENTRAL_REGISTER_ASSENT_MISSING" | "CENTRAL_REGISTER_ASSENT_NOT_MEMBER" | "CENTRAL_REGISTER_OPTION_NOT_YET_IN_FORCE" | "CENTRAL_REGISTER_OPTION_REMOVED" | "CERTIFICATE_ISSUED_BEFORE_HOLDING" | "CORRECTION_REASON_MISSING" | "DATED_AFTER_RECORDING" | "EVENT_BEFORE_INCORPORATION" | "FORFEITURE_NOTICE_TOO_SHORT" | "FORFEITURE_NOT_IN_ARTICLES" | "FORFEITURE_OF_FULLY_PAID_SHARE" | "FORFEITURE_WITHOUT_NOTICE" | "HOLDER_NOT_ELIGIBLE" | "INDEMNITY_AFTER_REPLACEMENT" | "NOMINAL_VALUE_NOT_IN_ARTICLES" | "PAID_UP_EXCEEDS_NOMINAL" | "REDUCTION_WITHOUT_SOLVENCY_STATEMENT" | "SHARE_CLASS_NOT_IN_ARTICLES" | "SHARE_NOT_ISSUED" | "SOLVENCY_STATEMENT_OUT_OF_TIME" | "SUBSCRIBER_SHARE_NOT_ON_INCORPORATION" | "TRANSFER_DECIDED_BEFORE_LODGED" | "TRANSFER_REFUSAL_WITHOUT_REASONS" | "TRANSFER_REGISTERED_BEFORE_LODGED" | "TRANSFER_TO_SAME_MEMBER";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CertificatesController_replace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                shareNumber: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplaceCertificateDto"];
            };
        };
        responses: {
            /** @description Issue a replacement certificate */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        certificate: string;
                        certificateNumber: number;
                        effectiveOn: string;
                        hash: string;
                        kind: string;
                        payload: (string | null) | (number | null) | (boolean | null) | (unknown[] | null) | ({
                            [key: string]: unknown;
                        } | null);
                        previousHash: string;
                        recordedAt: string;
                        recordedBy: string;
                        sequence: number;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_SHARE_NUMBER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ALREADY_RECORDED" | "CENTRAL_REGISTER_ELECTION_IN_FORCE" | "CENTRAL_REGISTER_NO_ELECTION" | "CERTIFICATE_ALREADY_ISSUED" | "CERTIFICATE_NOT_IN_FORCE" | "CERTIFICATE_SHARE_NOT_HELD" | "CONCURRENT_WRITE" | "CORRECTION_BREAKS_LATER_ENTRY" | "CORRECTION_BREAKS_LATER_RECORD" | "CORRECTION_TARGET_UNKNOWN" | "EVENT_PREDATES_DEPENDENCY" | "MEMBER_ALREADY_HOLDS_A_SHARE" | "NO_CERTIFICATE_TO_REPLACE" | "PRACTICE_ALREADY_A_MEMBER" | "SHARE_ALREADY_CANCELLED" | "SHARE_NOT_HELD_BY_MEMBER" | "SHARE_NUMBER_ALREADY_USED" | "TRANSFER_ALREADY_DECIDED" | "TRANSFER_ALREADY_LODGED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BUY_BACK_CARRIED_BY_SELLER" | "BUY_BACK_PRICE_ABOVE_PAID_UP" | "CENTRAL_REGISTER_ASSENT_MISSING" | "CENTRAL_REGISTER_ASSENT_NOT_MEMBER" | "CENTRAL_REGISTER_OPTION_NOT_YET_IN_FORCE" | "CENTRAL_REGISTER_OPTION_REMOVED" | "CERTIFICATE_ISSUED_BEFORE_HOLDING" | "CORRECTION_REASON_MISSING" | "DATED_AFTER_RECORDING" | "EVENT_BEFORE_INCORPORATION" | "FORFEITURE_NOTICE_TOO_SHORT" | "FORFEITURE_NOT_IN_ARTICLES" | "FORFEITURE_OF_FULLY_PAID_SHARE" | "FORFEITURE_WITHOUT_NOTICE" | "HOLDER_NOT_ELIGIBLE" | "INDEMNITY_AFTER_REPLACEMENT" | "NOMINAL_VALUE_NOT_IN_ARTICLES" | "PAID_UP_EXCEEDS_NOMINAL" | "REDUCTION_WITHOUT_SOLVENCY_STATEMENT" | "SHARE_CLASS_NOT_IN_ARTICLES" | "SHARE_NOT_ISSUED" | "SOLVENCY_STATEMENT_OUT_OF_TIME" | "SUBSCRIBER_SHARE_NOT_ON_INCORPORATION" | "TRANSFER_DECIDED_BEFORE_LODGED" | "TRANSFER_REFUSAL_WITHOUT_REASONS" | "TRANSFER_REGISTERED_BEFORE_LODGED" | "TRANSFER_TO_SAME_MEMBER";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    TupeTransfersController_list: {
        parameters: {
            query?: {
                /** @description As at the end of this day (YYYY-MM-DD), from 1800-01-01 to 2999-12-31; see the route for its default. A real date outside that range is 400 VALIDATION_FAILED with the bounds in details (earliest, latest) */
                asAt?: string;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List TUPE transfers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asAt: string;
                        eli: {
                            dueBy: string;
                            receivedOn: string | null;
                            specialCircumstances: string | null;
                            updatesOn: string[];
                        };
                        findingCount: number;
                        log: {
                            /** @enum {string} */
                            audience: "employees" | "representatives";
                            /** @enum {string} */
                            by: "transferee" | "transferor";
                            entryId: string;
                            /** @enum {string} */
                            kind: "consultation" | "information" | "reply" | "representation";
                            on: string;
                            repliesTo: string | null;
                            summary: string;
                        }[];
                        measures: {
                            transferee: {
                                description: string;
                                envisaged: boolean;
                            } | null;
                            transferor: {
                                description: string;
                                envisaged: boolean;
                            } | null;
                        };
                        pension: {
                            reference: string | null;
                            /** @enum {string} */
                            route: "broadly-comparable" | "new-fair-deal" | "nhs-pension-access" | "pensions-act-2004-minimum";
                        } | null;
                        representation: {
                            /** @enum {string} */
                            basis: "direct" | "elected-representatives" | "existing-representatives" | "recognised-union";
                            electionsInvited: boolean;
                            employeesFailedToElect: boolean;
                            employerHeadcount: number | null;
                            existingRepresentatives: boolean;
                            unionRecognised: boolean;
                        };
                        serviceContractId: string | null;
                        summary: {
                            byBand: {
                                /** @enum {string} */
                                band: "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8a" | "8b" | "8c" | "8d" | "9";
                                fteHundredths: number;
                                headcount: number;
                            }[];
                            listed: number;
                            objections: number;
                            transferredFteHundredths: number;
                            transferredHeadcount: number;
                        };
                        transferDate: string;
                        transfereeId: string;
                        transferId: string;
                        transferorId: string;
                        /** @enum {string} */
                        type: "business-transfer" | "service-provision-change";
                    }[];
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_EMPLOYEE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_REFERENCE_DAY" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "INVALID_TRANSFER" | "PARTICULARS_CHANGE_EMPTY" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "INSPECTION_REQUEST_NOT_FOUND" | "MEETING_NOT_FOUND" | "MEMBER_NOT_ON_REGISTER" | "NETWORK_UNKNOWN" | "NOT_FOUND" | "OFFICER_NOT_FOUND" | "ORGANISATION_UNKNOWN" | "PRACTICE_UNKNOWN" | "RESOLUTION_NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    TupeTransfersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTupeTransferDto"];
            };
        };
        responses: {
            /** @description Record a TUPE transfer */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        eli: {
                            dueBy: string;
                            receivedOn: string | null;
                            specialCircumstances: string | null;
                            updatesOn: string[];
                        };
                        ledger: {
                            hash: string;
                            sequence: number;
                        };
                        log: {
                            /** @enum {string} */
                            audience: "employees" | "representatives";
                            /** @enum {string} */
                            by: "transferee" | "transferor";
                            entryId: string;
                            /** @enum {string} */
                            kind: "consultation" | "information" | "reply" | "representation";
                            on: string;
                            repliesTo: string | null;
                            summary: string;
                        }[];
                        measures: {
                            transferee: {
                                description: string;
                                envisaged: boolean;
                            } | null;
                            transferor: {
                                description: string;
                                envisaged: boolean;
                            } | null;
                        };
                        pension: {
                            reference: string | null;
                            /** @enum {string} */
                            route: "broadly-comparable" | "new-fair-deal" | "nhs-pension-access" | "pensions-act-2004-minimum";
                        } | null;
                        representation: {
                            /** @enum {string} */
                            basis: "direct" | "elected-representatives" | "existing-representatives" | "recognised-union";
                            electionsInvited: boolean;
                            employeesFailedToElect: boolean;
                            employerHeadcount: number | null;
                            existingRepresentatives: boolean;
                            unionRecognised: boolean;
                        };
                        serviceContractId: string | null;
                        transferDate: string;
                        transfereeId: string;
                        transferId: string;
                        transferorId: string;
                        /** @enum {string} */
                        type: "business-transfer" | "service-provision-change";
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_EMPLOYEE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_REFERENCE_DAY" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "INVALID_TRANSFER" | "PARTICULARS_CHANGE_EMPTY" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "INSPECTION_REQUEST_NOT_FOUND" | "MEETING_NOT_FOUND" | "MEMBER_NOT_ON_REGISTER" | "NETWORK_UNKNOWN" | "NOT_FOUND" | "OFFICER_NOT_FOUND" | "ORGANISATION_UNKNOWN" | "PRACTICE_UNKNOWN" | "RESOLUTION_NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AGREEMENT_ALREADY_GIVEN" | "ALREADY_RECORDED" | "ASSET_LOCKED_BODY_HAS_TRANSFERS" | "ATTENDANCE_ALREADY_RECORDED" | "CENTRAL_REGISTER_ELECTION_IN_FORCE" | "CENTRAL_REGISTER_NO_ELECTION" | "CERTIFICATE_ALREADY_ISSUED" | "CERTIFICATE_NOT_IN_FORCE" | "CERTIFICATE_SHARE_NOT_HELD" | "COMPANY_NUMBER_ALREADY_SET" | "CONCURRENT_WRITE" | "CONSULTATION_ENTRY_ALREADY_RECORDED" | "CORRECTION_BREAKS_LATER_ENTRY" | "CORRECTION_BREAKS_LATER_RECORD" | "CORRECTION_TARGET_UNKNOWN" | "DIRECTOR_ALREADY_ON_BOARD" | "DISTRIBUTABLE_PROFITS_DIFFER" | "EMPLOYEE_ALREADY_ON_TRANSFER" | "EVENT_PREDATES_DEPENDENCY" | "FILING_ALREADY_RECORDED" | "FINANCIAL_YEARS_OVERLAP" | "IDENTITY_VERIFICATION_ALREADY_RECORDED" | "INSPECTION_REQUEST_ALREADY_ANSWERED" | "INSPECTION_REQUEST_ALREADY_RECORDED" | "INTEREST_ALREADY_DECLARED" | "MEETING_HAS_NO_BUSINESS_LEFT" | "MEMBER_ALREADY_HOLDS_A_SHARE" | "MEMBER_NOT_CURRENT" | "NO_CERTIFICATE_TO_REPLACE" | "OFFICER_ALREADY_APPOINTED" | "OFFICER_ALREADY_IN_OFFICE" | "OFFICER_NAME_IN_OFFICE" | "ORGANISATION_ALREADY_RECORDED" | "PARTNERSHIP_MEMBER_ALREADY_ACTIVE" | "PARTNERSHIP_MEMBER_NOT_ACTIVE" | "PRACTICE_ALREADY_A_MEMBER" | "PRACTICE_ALREADY_IN_A_NETWORK" | "PRACTICE_ALREADY_IN_THAT_NETWORK" | "PRACTICE_ALREADY_LISTED" | "PRACTICE_CLOSED" | "PRACTICE_NOT_IN_A_NETWORK" | "PSC_STATEMENT_ALREADY_RECORDED" | "REGULATOR_ALREADY_DECIDED" | "SERVICE_LINE_ALREADY_RECORDED" | "SHARE_ALREADY_CANCELLED" | "SHARE_NOT_HELD_BY_MEMBER" | "SHARE_NUMBER_ALREADY_USED" | "TRANSFER_ALREADY_DECIDED" | "TRANSFER_ALREADY_LODGED" | "VOTE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ADJOURNED_TO_EARLIER_DAY" | "AGREEMENT_AFTER_LAPSE" | "AGREEMENT_BEFORE_CIRCULATION" | "ANSWER_BEFORE_REQUEST" | "APPROVAL_AFTER_CHANGE" | "ARTICLES_DO_NOT_ALLOW_DIVIDENDS" | "ARTICLES_NEED_SPECIAL_RESOLUTION" | "ASSET_LOCKED_BODIES_UNCHANGED" | "ASSET_LOCKED_BODY_NOT_NAMED" | "ASSET_LOCK_BREACH" | "ASSET_TRANSFER_TOTALS_TOO_LARGE" | "ATTENDANCE_NOT_FOR_MEETING" | "ATTENDANCE_NOT_RECORDED" | "BOARD_HAS_NO_DIRECTORS" | "BUY_BACK_CARRIED_BY_SELLER" | "BUY_BACK_NEEDS_MEMBERS_RESOLUTION" | "BUY_BACK_PRICE_ABOVE_PAID_UP" | "CENTRAL_REGISTER_ASSENT_MISSING" | "CENTRAL_REGISTER_ASSENT_NOT_MEMBER" | "CENTRAL_REGISTER_OPTION_NOT_YET_IN_FORCE" | "CENTRAL_REGISTER_OPTION_REMOVED" | "CERTIFICATE_ISSUED_BEFORE_HOLDING" | "CHANGE_BEFORE_APPOINTMENT" | "COMMISSIONER_ABOLISHED" | "COMMISSIONER_CHANGE_OUTSIDE_CONTRACT" | "COMMISSIONER_CHANGE_OUT_OF_ORDER" | "COMMISSIONER_IS_HOLDER" | "COMMISSIONER_UNCHANGED" | "CONSENT_AFTER_TRANSFER" | "CONSULTATION_REPLY_WITHOUT_REPRESENTATION" | "CONTRACT_DISCLOSURE_NOT_NEEDED" | "CONTRACT_DISCLOSURE_REQUIRED" | "CONTRACT_DISCLOSURE_TOO_LATE" | "CONTRACT_ENDS_BEFORE_START" | "CORRECTION_REASON_MISSING" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "DATE_OF_BIRTH_IMPLAUSIBLE" | "DIRECTOR_NOT_ON_BOARD" | "DIRECTOR_NOT_PRESENT" | "DIRECTOR_UNDER_MINIMUM_AGE" | "DIVIDEND_CAP_EXCEEDED" | "DIVIDEND_NOT_APPROVED" | "DIVIDEND_RULES_NOT_SUPPORTED" | "DIVIDEND_YEAR_NOT_BEGUN" | "DUTY_UNKNOWN" | "EVENT_BEFORE_INCORPORATION" | "FILINGS_INVALID" | "FILING_BEFORE_DUTY" | "FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY" | "FORFEITURE_NOTICE_TOO_SHORT" | "FORFEITURE_NOT_IN_ARTICLES" | "FORFEITURE_OF_FULLY_PAID_SHARE" | "FORFEITURE_WITHOUT_NOTICE" | "HOLDER_NOT_ELIGIBLE" | "IDENTITY_NOT_VERIFIED" | "INDEMNITY_AFTER_REPLACEMENT" | "INSPECTION_APPOINTMENT_INVALID" | "INSPECTION_NOTICE_TOO_SHORT" | "INTEREST_DECLARED_AFTER_VOTE" | "INVALID_REQUEST_ANSWER" | "LAWFUL_PURPOSE_STATEMENT_MISSING" | "MEETING_BEFORE_NOTICE" | "MEMBERSHIP_ENDS_BEFORE_START" | "MEMBER_NOT_ELIGIBLE" | "NOMINAL_VALUE_NOT_IN_ARTICLES" | "NOTICE_NOT_FOR_BOARD_MEETING" | "NOT_AWAITING_REGULATOR" | "NOT_A_FINANCIAL_YEAR_END" | "NO_ELIGIBLE_MEMBERS" | "OFFICER_NOT_IN_OFFICE" | "OFFICER_PARTICULARS_UNCHANGED" | "PAID_UP_EXCEEDS_NOMINAL" | "PARTICULARS_UNCHANGED" | "PERSONAL_DETAILS_MISSING" | "PRACTICE_NOT_ELIGIBLE" | "PRACTICE_SUCCESSOR_INVALID" | "PROXY_NAME_REQUIRED" | "PSC_NO_POSITION" | "REDUCTION_WITHOUT_SOLVENCY_STATEMENT" | "REGISTERED_EMAIL_MISSING" | "REGISTER_OF_OFFICERS_AFTER_ECCTA" | "REGULATOR_APPROVAL_REQUIRED" | "REGULATOR_CONSENT_REQUIRED" | "REGULATOR_DECISION_BEFORE_PASSING" | "REMOVAL_RESOLUTION_INVALID" | "RESIGNATION_BEFORE_APPOINTMENT" | "RESOLUTION_NOT_FOR_MEETING" | "RESPONSE_NOT_FOR_PROCEDURE" | "SERVICE_LINE_MANAGER_NOT_A_MEMBER" | "SHARE_CLASS_NOT_IN_ARTICLES" | "SHARE_EVENT_NOT_AUTHORISED" | "SHARE_NOT_ISSUED" | "SHORT_NOTICE_AGREED_AFTER_MEETING" | "SOLVENCY_STATEMENT_OUT_OF_TIME" | "SPECIAL_NOTICE_NOT_NEEDED" | "SPECIAL_NOTICE_REQUIRED" | "SPECIAL_NOTICE_TOO_LATE" | "SPECIAL_RESOLUTION_REQUIRED" | "STAFF_LIST_INVALID" | "SUBSCRIBER_SHARE_NOT_ON_INCORPORATION" | "TRANSFER_DECIDED_BEFORE_LODGED" | "TRANSFER_PARTIES_SAME" | "TRANSFER_REFUSAL_WITHOUT_REASONS" | "TRANSFER_REGISTERED_BEFORE_LODGED" | "TRANSFER_TO_SAME_MEMBER" | "TUPE_RECORD_UNCHANGED" | "VERIFICATION_NOT_FOR_DIRECTOR" | "VERIFIED_BEFORE_VERIFICATION_BEGAN" | "VOTER_NOT_PRESENT" | "VOTE_NOT_AS_ATTENDED" | "WRITTEN_RESOLUTION_NOT_ALLOWED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    TupeTransfersController_get: {
        parameters: {
            query?: {
                /** @description As at the end of this day (YYYY-MM-DD), from 1800-01-01 to 2999-12-31; see the route for its default. A real date outside that range is 400 VALIDATION_FAILED with the bounds in details (earliest, latest) */
                asAt?: string;
            };
            header?: never;
            path: {
                companyId: string;
                transferId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Read a TUPE transfer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asAt: string;
                        claims: {
                            against: ("transferee" | "transferor")[];
                            /** @enum {string} */
                            claimant: "employees or their representatives" | "transferee";
                            eliFailures: ("incomplete" | "late" | "missing")[];
                            employeesConcerned: number;
                            employeesWithoutPay: number | null;
                            from: string;
                            grounds: {
                                message: string;
                                on: string;
                                /** @enum {string} */
                                rule: "TU-3" | "TU-4" | "TU-6" | "TU-7" | "TU-9";
                                /** @enum {string} */
                                severity: "breach" | "warning";
                                staffNumber: string | null;
                            }[];
                            jointlyAndSeverally: boolean;
                            lastDayToClaim: string;
                            maximumPence: number | null;
                            maximumWithheld: boolean;
                            minimumPence: number | null;
                            open: boolean;
                            /** @enum {string} */
                            regulation: "reg 12" | "regs 15–16";
                            /** @enum {string} */
                            rule: "TU-5" | "TU-8";
                        }[];
                        compliant: boolean;
                        eli: {
                            dueBy: string;
                            receivedOn: string | null;
                            specialCircumstances: string | null;
                            updatesOn: string[];
                        };
                        findings: {
                            message: string;
                            on: string;
                            /** @enum {string} */
                            rule: "TU-3" | "TU-4" | "TU-6" | "TU-7" | "TU-9";
                            /** @enum {string} */
                            severity: "breach" | "warning";
                            staffNumber: string | null;
                        }[];
                        log: {
                            /** @enum {string} */
                            audience: "employees" | "representatives";
                            /** @enum {string} */
                            by: "transferee" | "transferor";
                            entryId: string;
                            /** @enum {string} */
                            kind: "consultation" | "information" | "reply" | "representation";
                            on: string;
                            repliesTo: string | null;
                            summary: string;
                        }[];
                        measures: {
                            transferee: {
                                description: string;
                                envisaged: boolean;
                            } | null;
                            transferor: {
                                description: string;
                                envisaged: boolean;
                            } | null;
                        };
                        pension: {
                            reference: string | null;
                            /** @enum {string} */
                            route: "broadly-comparable" | "new-fair-deal" | "nhs-pension-access" | "pensions-act-2004-minimum";
                        } | null;
                        representation: {
                            /** @enum {string} */
                            basis: "direct" | "elected-representatives" | "existing-representatives" | "recognised-union";
                            electionsInvited: boolean;
                            employeesFailedToElect: boolean;
                            employerHeadcount: number | null;
                            existingRepresentatives: boolean;
                            unionRecognised: boolean;
                        };
                        serviceContractId: string | null;
                        summary: {
                            byBand: {
                                /** @enum {string} */
                                band: "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8a" | "8b" | "8c" | "8d" | "9";
                                fteHundredths: number;
                                headcount: number;
                            }[];
                            listed: number;
                            objections: number;
                            transferredFteHundredths: number;
                            transferredHeadcount: number;
                        };
                        transferDate: string;
                        transfereeId: string;
                        transferId: string;
                        transferorId: string;
                        /** @enum {string} */
                        type: "business-transfer" | "service-provision-change";
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_EMPLOYEE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_REFERENCE_DAY" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "INVALID_TRANSFER" | "PARTICULARS_CHANGE_EMPTY" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "INSPECTION_REQUEST_NOT_FOUND" | "MEETING_NOT_FOUND" | "MEMBER_NOT_ON_REGISTER" | "NETWORK_UNKNOWN" | "NOT_FOUND" | "OFFICER_NOT_FOUND" | "ORGANISATION_UNKNOWN" | "PRACTICE_UNKNOWN" | "RESOLUTION_NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    TupeTransfersController_recordConsultation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                transferId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordConsultationDto"];
            };
        };
        responses: {
            /** @description Record a consultation log entry */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        audience: "employees" | "representatives";
                        /** @enum {string} */
                        by: "transferee" | "transferor";
                        entryId: string;
                        /** @enum {string} */
                        kind: "consultation" | "information" | "reply" | "representation";
                        ledger: {
                            hash: string;
                            sequence: number;
                        };
                        on: string;
                        repliesTo: string | null;
                        summary: string;
                        transferId: string;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_EMPLOYEE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_REFERENCE_DAY" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "INVALID_TRANSFER" | "PARTICULARS_CHANGE_EMPTY" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "INSPECTION_REQUEST_NOT_FOUND" | "MEETING_NOT_FOUND" | "MEMBER_NOT_ON_REGISTER" | "NETWORK_UNKNOWN" | "NOT_FOUND" | "OFFICER_NOT_FOUND" | "ORGANISATION_UNKNOWN" | "PRACTICE_UNKNOWN" | "RESOLUTION_NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AGREEMENT_ALREADY_GIVEN" | "ALREADY_RECORDED" | "ASSET_LOCKED_BODY_HAS_TRANSFERS" | "ATTENDANCE_ALREADY_RECORDED" | "CENTRAL_REGISTER_ELECTION_IN_FORCE" | "CENTRAL_REGISTER_NO_ELECTION" | "CERTIFICATE_ALREADY_ISSUED" | "CERTIFICATE_NOT_IN_FORCE" | "CERTIFICATE_SHARE_NOT_HELD" | "COMPANY_NUMBER_ALREADY_SET" | "CONCURRENT_WRITE" | "CONSULTATION_ENTRY_ALREADY_RECORDED" | "CORRECTION_BREAKS_LATER_ENTRY" | "CORRECTION_BREAKS_LATER_RECORD" | "CORRECTION_TARGET_UNKNOWN" | "DIRECTOR_ALREADY_ON_BOARD" | "DISTRIBUTABLE_PROFITS_DIFFER" | "EMPLOYEE_ALREADY_ON_TRANSFER" | "EVENT_PREDATES_DEPENDENCY" | "FILING_ALREADY_RECORDED" | "FINANCIAL_YEARS_OVERLAP" | "IDENTITY_VERIFICATION_ALREADY_RECORDED" | "INSPECTION_REQUEST_ALREADY_ANSWERED" | "INSPECTION_REQUEST_ALREADY_RECORDED" | "INTEREST_ALREADY_DECLARED" | "MEETING_HAS_NO_BUSINESS_LEFT" | "MEMBER_ALREADY_HOLDS_A_SHARE" | "MEMBER_NOT_CURRENT" | "NO_CERTIFICATE_TO_REPLACE" | "OFFICER_ALREADY_APPOINTED" | "OFFICER_ALREADY_IN_OFFICE" | "OFFICER_NAME_IN_OFFICE" | "ORGANISATION_ALREADY_RECORDED" | "PARTNERSHIP_MEMBER_ALREADY_ACTIVE" | "PARTNERSHIP_MEMBER_NOT_ACTIVE" | "PRACTICE_ALREADY_A_MEMBER" | "PRACTICE_ALREADY_IN_A_NETWORK" | "PRACTICE_ALREADY_IN_THAT_NETWORK" | "PRACTICE_ALREADY_LISTED" | "PRACTICE_CLOSED" | "PRACTICE_NOT_IN_A_NETWORK" | "PSC_STATEMENT_ALREADY_RECORDED" | "REGULATOR_ALREADY_DECIDED" | "SERVICE_LINE_ALREADY_RECORDED" | "SHARE_ALREADY_CANCELLED" | "SHARE_NOT_HELD_BY_MEMBER" | "SHARE_NUMBER_ALREADY_USED" | "TRANSFER_ALREADY_DECIDED" | "TRANSFER_ALREADY_LODGED" | "VOTE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ADJOURNED_TO_EARLIER_DAY" | "AGREEMENT_AFTER_LAPSE" | "AGREEMENT_BEFORE_CIRCULATION" | "ANSWER_BEFORE_REQUEST" | "APPROVAL_AFTER_CHANGE" | "ARTICLES_DO_NOT_ALLOW_DIVIDENDS" | "ARTICLES_NEED_SPECIAL_RESOLUTION" | "ASSET_LOCKED_BODIES_UNCHANGED" | "ASSET_LOCKED_BODY_NOT_NAMED" | "ASSET_LOCK_BREACH" | "ASSET_TRANSFER_TOTALS_TOO_LARGE" | "ATTENDANCE_NOT_FOR_MEETING" | "ATTENDANCE_NOT_RECORDED" | "BOARD_HAS_NO_DIRECTORS" | "BUY_BACK_CARRIED_BY_SELLER" | "BUY_BACK_NEEDS_MEMBERS_RESOLUTION" | "BUY_BACK_PRICE_ABOVE_PAID_UP" | "CENTRAL_REGISTER_ASSENT_MISSING" | "CENTRAL_REGISTER_ASSENT_NOT_MEMBER" | "CENTRAL_REGISTER_OPTION_NOT_YET_IN_FORCE" | "CENTRAL_REGISTER_OPTION_REMOVED" | "CERTIFICATE_ISSUED_BEFORE_HOLDING" | "CHANGE_BEFORE_APPOINTMENT" | "COMMISSIONER_ABOLISHED" | "COMMISSIONER_CHANGE_OUTSIDE_CONTRACT" | "COMMISSIONER_CHANGE_OUT_OF_ORDER" | "COMMISSIONER_IS_HOLDER" | "COMMISSIONER_UNCHANGED" | "CONSENT_AFTER_TRANSFER" | "CONSULTATION_REPLY_WITHOUT_REPRESENTATION" | "CONTRACT_DISCLOSURE_NOT_NEEDED" | "CONTRACT_DISCLOSURE_REQUIRED" | "CONTRACT_DISCLOSURE_TOO_LATE" | "CONTRACT_ENDS_BEFORE_START" | "CORRECTION_REASON_MISSING" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "DATE_OF_BIRTH_IMPLAUSIBLE" | "DIRECTOR_NOT_ON_BOARD" | "DIRECTOR_NOT_PRESENT" | "DIRECTOR_UNDER_MINIMUM_AGE" | "DIVIDEND_CAP_EXCEEDED" | "DIVIDEND_NOT_APPROVED" | "DIVIDEND_RULES_NOT_SUPPORTED" | "DIVIDEND_YEAR_NOT_BEGUN" | "DUTY_UNKNOWN" | "EVENT_BEFORE_INCORPORATION" | "FILINGS_INVALID" | "FILING_BEFORE_DUTY" | "FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY" | "FORFEITURE_NOTICE_TOO_SHORT" | "FORFEITURE_NOT_IN_ARTICLES" | "FORFEITURE_OF_FULLY_PAID_SHARE" | "FORFEITURE_WITHOUT_NOTICE" | "HOLDER_NOT_ELIGIBLE" | "IDENTITY_NOT_VERIFIED" | "INDEMNITY_AFTER_REPLACEMENT" | "INSPECTION_APPOINTMENT_INVALID" | "INSPECTION_NOTICE_TOO_SHORT" | "INTEREST_DECLARED_AFTER_VOTE" | "INVALID_REQUEST_ANSWER" | "LAWFUL_PURPOSE_STATEMENT_MISSING" | "MEETING_BEFORE_NOTICE" | "MEMBERSHIP_ENDS_BEFORE_START" | "MEMBER_NOT_ELIGIBLE" | "NOMINAL_VALUE_NOT_IN_ARTICLES" | "NOTICE_NOT_FOR_BOARD_MEETING" | "NOT_AWAITING_REGULATOR" | "NOT_A_FINANCIAL_YEAR_END" | "NO_ELIGIBLE_MEMBERS" | "OFFICER_NOT_IN_OFFICE" | "OFFICER_PARTICULARS_UNCHANGED" | "PAID_UP_EXCEEDS_NOMINAL" | "PARTICULARS_UNCHANGED" | "PERSONAL_DETAILS_MISSING" | "PRACTICE_NOT_ELIGIBLE" | "PRACTICE_SUCCESSOR_INVALID" | "PROXY_NAME_REQUIRED" | "PSC_NO_POSITION" | "REDUCTION_WITHOUT_SOLVENCY_STATEMENT" | "REGISTERED_EMAIL_MISSING" | "REGISTER_OF_OFFICERS_AFTER_ECCTA" | "REGULATOR_APPROVAL_REQUIRED" | "REGULATOR_CONSENT_REQUIRED" | "REGULATOR_DECISION_BEFORE_PASSING" | "REMOVAL_RESOLUTION_INVALID" | "RESIGNATION_BEFORE_APPOINTMENT" | "RESOLUTION_NOT_FOR_MEETING" | "RESPONSE_NOT_FOR_PROCEDURE" | "SERVICE_LINE_MANAGER_NOT_A_MEMBER" | "SHARE_CLASS_NOT_IN_ARTICLES" | "SHARE_EVENT_NOT_AUTHORISED" | "SHARE_NOT_ISSUED" | "SHORT_NOTICE_AGREED_AFTER_MEETING" | "SOLVENCY_STATEMENT_OUT_OF_TIME" | "SPECIAL_NOTICE_NOT_NEEDED" | "SPECIAL_NOTICE_REQUIRED" | "SPECIAL_NOTICE_TOO_LATE" | "SPECIAL_RESOLUTION_REQUIRED" | "STAFF_LIST_INVALID" | "SUBSCRIBER_SHARE_NOT_ON_INCORPORATION" | "TRANSFER_DECIDED_BEFORE_LODGED" | "TRANSFER_PARTIES_SAME" | "TRANSFER_REFUSAL_WITHOUT_REASONS" | "TRANSFER_REGISTERED_BEFORE_LODGED" | "TRANSFER_TO_SAME_MEMBER" | "TUPE_RECORD_UNCHANGED" | "VERIFICATION_NOT_FOR_DIRECTOR" | "VERIFIED_BEFORE_VERIFICATION_BEGAN" | "VOTER_NOT_PRESENT" | "VOTE_NOT_AS_ATTENDED" | "WRITTEN_RESOLUTION_NOT_ALLOWED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    TupeTransfersController_recordEliReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                transferId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordEliReceiptDto"];
            };
        };
        responses: {
            /** @description Record employee liability information received */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dueBy: string;
                        ledger: {
                            hash: string;
                            sequence: number;
                        };
                        receivedOn: string | null;
                        specialCircumstances: string | null;
                        transferId: string;
                        updatesOn: string[];
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_EMPLOYEE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_REFERENCE_DAY" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "INVALID_TRANSFER" | "PARTICULARS_CHANGE_EMPTY" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "INSPECTION_REQUEST_NOT_FOUND" | "MEETING_NOT_FOUND" | "MEMBER_NOT_ON_REGISTER" | "NETWORK_UNKNOWN" | "NOT_FOUND" | "OFFICER_NOT_FOUND" | "ORGANISATION_UNKNOWN" | "PRACTICE_UNKNOWN" | "RESOLUTION_NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AGREEMENT_ALREADY_GIVEN" | "ALREADY_RECORDED" | "ASSET_LOCKED_BODY_HAS_TRANSFERS" | "ATTENDANCE_ALREADY_RECORDED" | "CENTRAL_REGISTER_ELECTION_IN_FORCE" | "CENTRAL_REGISTER_NO_ELECTION" | "CERTIFICATE_ALREADY_ISSUED" | "CERTIFICATE_NOT_IN_FORCE" | "CERTIFICATE_SHARE_NOT_HELD" | "COMPANY_NUMBER_ALREADY_SET" | "CONCURRENT_WRITE" | "CONSULTATION_ENTRY_ALREADY_RECORDED" | "CORRECTION_BREAKS_LATER_ENTRY" | "CORRECTION_BREAKS_LATER_RECORD" | "CORRECTION_TARGET_UNKNOWN" | "DIRECTOR_ALREADY_ON_BOARD" | "DISTRIBUTABLE_PROFITS_DIFFER" | "EMPLOYEE_ALREADY_ON_TRANSFER" | "EVENT_PREDATES_DEPENDENCY" | "FILING_ALREADY_RECORDED" | "FINANCIAL_YEARS_OVERLAP" | "IDENTITY_VERIFICATION_ALREADY_RECORDED" | "INSPECTION_REQUEST_ALREADY_ANSWERED" | "INSPECTION_REQUEST_ALREADY_RECORDED" | "INTEREST_ALREADY_DECLARED" | "MEETING_HAS_NO_BUSINESS_LEFT" | "MEMBER_ALREADY_HOLDS_A_SHARE" | "MEMBER_NOT_CURRENT" | "NO_CERTIFICATE_TO_REPLACE" | "OFFICER_ALREADY_APPOINTED" | "OFFICER_ALREADY_IN_OFFICE" | "OFFICER_NAME_IN_OFFICE" | "ORGANISATION_ALREADY_RECORDED" | "PARTNERSHIP_MEMBER_ALREADY_ACTIVE" | "PARTNERSHIP_MEMBER_NOT_ACTIVE" | "PRACTICE_ALREADY_A_MEMBER" | "PRACTICE_ALREADY_IN_A_NETWORK" | "PRACTICE_ALREADY_IN_THAT_NETWORK" | "PRACTICE_ALREADY_LISTED" | "PRACTICE_CLOSED" | "PRACTICE_NOT_IN_A_NETWORK" | "PSC_STATEMENT_ALREADY_RECORDED" | "REGULATOR_ALREADY_DECIDED" | "SERVICE_LINE_ALREADY_RECORDED" | "SHARE_ALREADY_CANCELLED" | "SHARE_NOT_HELD_BY_MEMBER" | "SHARE_NUMBER_ALREADY_USED" | "TRANSFER_ALREADY_DECIDED" | "TRANSFER_ALREADY_LODGED" | "VOTE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ADJOURNED_TO_EARLIER_DAY" | "AGREEMENT_AFTER_LAPSE" | "AGREEMENT_BEFORE_CIRCULATION" | "ANSWER_BEFORE_REQUEST" | "APPROVAL_AFTER_CHANGE" | "ARTICLES_DO_NOT_ALLOW_DIVIDENDS" | "ARTICLES_NEED_SPECIAL_RESOLUTION" | "ASSET_LOCKED_BODIES_UNCHANGED" | "ASSET_LOCKED_BODY_NOT_NAMED" | "ASSET_LOCK_BREACH" | "ASSET_TRANSFER_TOTALS_TOO_LARGE" | "ATTENDANCE_NOT_FOR_MEETING" | "ATTENDANCE_NOT_RECORDED" | "BOARD_HAS_NO_DIRECTORS" | "BUY_BACK_CARRIED_BY_SELLER" | "BUY_BACK_NEEDS_MEMBERS_RESOLUTION" | "BUY_BACK_PRICE_ABOVE_PAID_UP" | "CENTRAL_REGISTER_ASSENT_MISSING" | "CENTRAL_REGISTER_ASSENT_NOT_MEMBER" | "CENTRAL_REGISTER_OPTION_NOT_YET_IN_FORCE" | "CENTRAL_REGISTER_OPTION_REMOVED" | "CERTIFICATE_ISSUED_BEFORE_HOLDING" | "CHANGE_BEFORE_APPOINTMENT" | "COMMISSIONER_ABOLISHED" | "COMMISSIONER_CHANGE_OUTSIDE_CONTRACT" | "COMMISSIONER_CHANGE_OUT_OF_ORDER" | "COMMISSIONER_IS_HOLDER" | "COMMISSIONER_UNCHANGED" | "CONSENT_AFTER_TRANSFER" | "CONSULTATION_REPLY_WITHOUT_REPRESENTATION" | "CONTRACT_DISCLOSURE_NOT_NEEDED" | "CONTRACT_DISCLOSURE_REQUIRED" | "CONTRACT_DISCLOSURE_TOO_LATE" | "CONTRACT_ENDS_BEFORE_START" | "CORRECTION_REASON_MISSING" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "DATE_OF_BIRTH_IMPLAUSIBLE" | "DIRECTOR_NOT_ON_BOARD" | "DIRECTOR_NOT_PRESENT" | "DIRECTOR_UNDER_MINIMUM_AGE" | "DIVIDEND_CAP_EXCEEDED" | "DIVIDEND_NOT_APPROVED" | "DIVIDEND_RULES_NOT_SUPPORTED" | "DIVIDEND_YEAR_NOT_BEGUN" | "DUTY_UNKNOWN" | "EVENT_BEFORE_INCORPORATION" | "FILINGS_INVALID" | "FILING_BEFORE_DUTY" | "FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY" | "FORFEITURE_NOTICE_TOO_SHORT" | "FORFEITURE_NOT_IN_ARTICLES" | "FORFEITURE_OF_FULLY_PAID_SHARE" | "FORFEITURE_WITHOUT_NOTICE" | "HOLDER_NOT_ELIGIBLE" | "IDENTITY_NOT_VERIFIED" | "INDEMNITY_AFTER_REPLACEMENT" | "INSPECTION_APPOINTMENT_INVALID" | "INSPECTION_NOTICE_TOO_SHORT" | "INTEREST_DECLARED_AFTER_VOTE" | "INVALID_REQUEST_ANSWER" | "LAWFUL_PURPOSE_STATEMENT_MISSING" | "MEETING_BEFORE_NOTICE" | "MEMBERSHIP_ENDS_BEFORE_START" | "MEMBER_NOT_ELIGIBLE" | "NOMINAL_VALUE_NOT_IN_ARTICLES" | "NOTICE_NOT_FOR_BOARD_MEETING" | "NOT_AWAITING_REGULATOR" | "NOT_A_FINANCIAL_YEAR_END" | "NO_ELIGIBLE_MEMBERS" | "OFFICER_NOT_IN_OFFICE" | "OFFICER_PARTICULARS_UNCHANGED" | "PAID_UP_EXCEEDS_NOMINAL" | "PARTICULARS_UNCHANGED" | "PERSONAL_DETAILS_MISSING" | "PRACTICE_NOT_ELIGIBLE" | "PRACTICE_SUCCESSOR_INVALID" | "PROXY_NAME_REQUIRED" | "PSC_NO_POSITION" | "REDUCTION_WITHOUT_SOLVENCY_STATEMENT" | "REGISTERED_EMAIL_MISSING" | "REGISTER_OF_OFFICERS_AFTER_ECCTA" | "REGULATOR_APPROVAL_REQUIRED" | "REGULATOR_CONSENT_REQUIRED" | "REGULATOR_DECISION_BEFORE_PASSING" | "REMOVAL_RESOLUTION_INVALID" | "RESIGNATION_BEFORE_APPOINTMENT" | "RESOLUTION_NOT_FOR_MEETING" | "RESPONSE_NOT_FOR_PROCEDURE" | "SERVICE_LINE_MANAGER_NOT_A_MEMBER" | "SHARE_CLASS_NOT_IN_ARTICLES" | "SHARE_EVENT_NOT_AUTHORISED" | "SHARE_NOT_ISSUED" | "SHORT_NOTICE_AGREED_AFTER_MEETING" | "SOLVENCY_STATEMENT_OUT_OF_TIME" | "SPECIAL_NOTICE_NOT_NEEDED" | "SPECIAL_NOTICE_REQUIRED" | "SPECIAL_NOTICE_TOO_LATE" | "SPECIAL_RESOLUTION_REQUIRED" | "STAFF_LIST_INVALID" | "SUBSCRIBER_SHARE_NOT_ON_INCORPORATION" | "TRANSFER_DECIDED_BEFORE_LODGED" | "TRANSFER_PARTIES_SAME" | "TRANSFER_REFUSAL_WITHOUT_REASONS" | "TRANSFER_REGISTERED_BEFORE_LODGED" | "TRANSFER_TO_SAME_MEMBER" | "TUPE_RECORD_UNCHANGED" | "VERIFICATION_NOT_FOR_DIRECTOR" | "VERIFIED_BEFORE_VERIFICATION_BEGAN" | "VOTER_NOT_PRESENT" | "VOTE_NOT_AS_ATTENDED" | "WRITTEN_RESOLUTION_NOT_ALLOWED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    TupeEmployeesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                transferId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Read the staff list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        employees: {
                            assignedPercent: number;
                            eliMissing: ("claims2y" | "collectiveAgreements" | "dateOfBirth" | "disciplineGrievance2y" | "s1Particulars")[];
                            fteHundredths: number;
                            objected: boolean;
                            role: string;
                            staffNumber: string;
                        }[];
                        personalData: boolean;
                        summary: {
                            byBand: {
                                /** @enum {string} */
                                band: "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8a" | "8b" | "8c" | "8d" | "9";
                                fteHundredths: number;
                                headcount: number;
                            }[];
                            listed: number;
                            objections: number;
                            transferredFteHundredths: number;
                            transferredHeadcount: number;
                        };
                        transferDate: string;
                        transferId: string;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_EMPLOYEE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_REFERENCE_DAY" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "INVALID_TRANSFER" | "PARTICULARS_CHANGE_EMPTY" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "INSPECTION_REQUEST_NOT_FOUND" | "MEETING_NOT_FOUND" | "MEMBER_NOT_ON_REGISTER" | "NETWORK_UNKNOWN" | "NOT_FOUND" | "OFFICER_NOT_FOUND" | "ORGANISATION_UNKNOWN" | "PRACTICE_UNKNOWN" | "RESOLUTION_NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    TupeEmployeesController_import: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                transferId: string;
            };
            cookie?: never;
        };
        /** @description Columns: staff_number, name, role, band, fte, fte_hundredths, continuous_service_date, date_of_birth, annual_pay_pence, annual_pay, pension_scheme, assigned_percent, objection_date, s1_particulars, discipline_grievance_2y, claims_2y, collective_agreements */
        requestBody: {
            content: {
                "application/json": string | {
                    rows?: Record<string, never>[];
                };
                "text/csv": string | {
                    rows?: Record<string, never>[];
                };
            };
        };
        responses: {
            /** @description Import the staff list (CSV or JSON) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        added: string[];
                        /** @enum {string} */
                        format: "csv" | "json";
                        ledger: Record<string, never>;
                        listed: number;
                        rowsRead: number;
                        transferId: string;
                        unchanged: number;
                        updated: string[];
                    } | {
                        added: string[];
                        /** @enum {string} */
                        format: "csv" | "json";
                        ledger: {
                            hash: string;
                            sequence: number;
                        };
                        listed: number;
                        rowsRead: number;
                        transferId: string;
                        unchanged: number;
                        updated: string[];
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_EMPLOYEE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_REFERENCE_DAY" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "INVALID_TRANSFER" | "PARTICULARS_CHANGE_EMPTY" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "INSPECTION_REQUEST_NOT_FOUND" | "MEETING_NOT_FOUND" | "MEMBER_NOT_ON_REGISTER" | "NETWORK_UNKNOWN" | "NOT_FOUND" | "OFFICER_NOT_FOUND" | "ORGANISATION_UNKNOWN" | "PRACTICE_UNKNOWN" | "RESOLUTION_NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AGREEMENT_ALREADY_GIVEN" | "ALREADY_RECORDED" | "ASSET_LOCKED_BODY_HAS_TRANSFERS" | "ATTENDANCE_ALREADY_RECORDED" | "CENTRAL_REGISTER_ELECTION_IN_FORCE" | "CENTRAL_REGISTER_NO_ELECTION" | "CERTIFICATE_ALREADY_ISSUED" | "CERTIFICATE_NOT_IN_FORCE" | "CERTIFICATE_SHARE_NOT_HELD" | "COMPANY_NUMBER_ALREADY_SET" | "CONCURRENT_WRITE" | "CONSULTATION_ENTRY_ALREADY_RECORDED" | "CORRECTION_BREAKS_LATER_ENTRY" | "CORRECTION_BREAKS_LATER_RECORD" | "CORRECTION_TARGET_UNKNOWN" | "DIRECTOR_ALREADY_ON_BOARD" | "DISTRIBUTABLE_PROFITS_DIFFER" | "EMPLOYEE_ALREADY_ON_TRANSFER" | "EVENT_PREDATES_DEPENDENCY" | "FILING_ALREADY_RECORDED" | "FINANCIAL_YEARS_OVERLAP" | "IDENTITY_VERIFICATION_ALREADY_RECORDED" | "INSPECTION_REQUEST_ALREADY_ANSWERED" | "INSPECTION_REQUEST_ALREADY_RECORDED" | "INTEREST_ALREADY_DECLARED" | "MEETING_HAS_NO_BUSINESS_LEFT" | "MEMBER_ALREADY_HOLDS_A_SHARE" | "MEMBER_NOT_CURRENT" | "NO_CERTIFICATE_TO_REPLACE" | "OFFICER_ALREADY_APPOINTED" | "OFFICER_ALREADY_IN_OFFICE" | "OFFICER_NAME_IN_OFFICE" | "ORGANISATION_ALREADY_RECORDED" | "PARTNERSHIP_MEMBER_ALREADY_ACTIVE" | "PARTNERSHIP_MEMBER_NOT_ACTIVE" | "PRACTICE_ALREADY_A_MEMBER" | "PRACTICE_ALREADY_IN_A_NETWORK" | "PRACTICE_ALREADY_IN_THAT_NETWORK" | "PRACTICE_ALREADY_LISTED" | "PRACTICE_CLOSED" | "PRACTICE_NOT_IN_A_NETWORK" | "PSC_STATEMENT_ALREADY_RECORDED" | "REGULATOR_ALREADY_DECIDED" | "SERVICE_LINE_ALREADY_RECORDED" | "SHARE_ALREADY_CANCELLED" | "SHARE_NOT_HELD_BY_MEMBER" | "SHARE_NUMBER_ALREADY_USED" | "TRANSFER_ALREADY_DECIDED" | "TRANSFER_ALREADY_LODGED" | "VOTE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ADJOURNED_TO_EARLIER_DAY" | "AGREEMENT_AFTER_LAPSE" | "AGREEMENT_BEFORE_CIRCULATION" | "ANSWER_BEFORE_REQUEST" | "APPROVAL_AFTER_CHANGE" | "ARTICLES_DO_NOT_ALLOW_DIVIDENDS" | "ARTICLES_NEED_SPECIAL_RESOLUTION" | "ASSET_LOCKED_BODIES_UNCHANGED" | "ASSET_LOCKED_BODY_NOT_NAMED" | "ASSET_LOCK_BREACH" | "ASSET_TRANSFER_TOTALS_TOO_LARGE" | "ATTENDANCE_NOT_FOR_MEETING" | "ATTENDANCE_NOT_RECORDED" | "BOARD_HAS_NO_DIRECTORS" | "BUY_BACK_CARRIED_BY_SELLER" | "BUY_BACK_NEEDS_MEMBERS_RESOLUTION" | "BUY_BACK_PRICE_ABOVE_PAID_UP" | "CENTRAL_REGISTER_ASSENT_MISSING" | "CENTRAL_REGISTER_ASSENT_NOT_MEMBER" | "CENTRAL_REGISTER_OPTION_NOT_YET_IN_FORCE" | "CENTRAL_REGISTER_OPTION_REMOVED" | "CERTIFICATE_ISSUED_BEFORE_HOLDING" | "CHANGE_BEFORE_APPOINTMENT" | "COMMISSIONER_ABOLISHED" | "COMMISSIONER_CHANGE_OUTSIDE_CONTRACT" | "COMMISSIONER_CHANGE_OUT_OF_ORDER" | "COMMISSIONER_IS_HOLDER" | "COMMISSIONER_UNCHANGED" | "CONSENT_AFTER_TRANSFER" | "CONSULTATION_REPLY_WITHOUT_REPRESENTATION" | "CONTRACT_DISCLOSURE_NOT_NEEDED" | "CONTRACT_DISCLOSURE_REQUIRED" | "CONTRACT_DISCLOSURE_TOO_LATE" | "CONTRACT_ENDS_BEFORE_START" | "CORRECTION_REASON_MISSING" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "DATE_OF_BIRTH_IMPLAUSIBLE" | "DIRECTOR_NOT_ON_BOARD" | "DIRECTOR_NOT_PRESENT" | "DIRECTOR_UNDER_MINIMUM_AGE" | "DIVIDEND_CAP_EXCEEDED" | "DIVIDEND_NOT_APPROVED" | "DIVIDEND_RULES_NOT_SUPPORTED" | "DIVIDEND_YEAR_NOT_BEGUN" | "DUTY_UNKNOWN" | "EVENT_BEFORE_INCORPORATION" | "FILINGS_INVALID" | "FILING_BEFORE_DUTY" | "FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY" | "FORFEITURE_NOTICE_TOO_SHORT" | "FORFEITURE_NOT_IN_ARTICLES" | "FORFEITURE_OF_FULLY_PAID_SHARE" | "FORFEITURE_WITHOUT_NOTICE" | "HOLDER_NOT_ELIGIBLE" | "IDENTITY_NOT_VERIFIED" | "INDEMNITY_AFTER_REPLACEMENT" | "INSPECTION_APPOINTMENT_INVALID" | "INSPECTION_NOTICE_TOO_SHORT" | "INTEREST_DECLARED_AFTER_VOTE" | "INVALID_REQUEST_ANSWER" | "LAWFUL_PURPOSE_STATEMENT_MISSING" | "MEETING_BEFORE_NOTICE" | "MEMBERSHIP_ENDS_BEFORE_START" | "MEMBER_NOT_ELIGIBLE" | "NOMINAL_VALUE_NOT_IN_ARTICLES" | "NOTICE_NOT_FOR_BOARD_MEETING" | "NOT_AWAITING_REGULATOR" | "NOT_A_FINANCIAL_YEAR_END" | "NO_ELIGIBLE_MEMBERS" | "OFFICER_NOT_IN_OFFICE" | "OFFICER_PARTICULARS_UNCHANGED" | "PAID_UP_EXCEEDS_NOMINAL" | "PARTICULARS_UNCHANGED" | "PERSONAL_DETAILS_MISSING" | "PRACTICE_NOT_ELIGIBLE" | "PRACTICE_SUCCESSOR_INVALID" | "PROXY_NAME_REQUIRED" | "PSC_NO_POSITION" | "REDUCTION_WITHOUT_SOLVENCY_STATEMENT" | "REGISTERED_EMAIL_MISSING" | "REGISTER_OF_OFFICERS_AFTER_ECCTA" | "REGULATOR_APPROVAL_REQUIRED" | "REGULATOR_CONSENT_REQUIRED" | "REGULATOR_DECISION_BEFORE_PASSING" | "REMOVAL_RESOLUTION_INVALID" | "RESIGNATION_BEFORE_APPOINTMENT" | "RESOLUTION_NOT_FOR_MEETING" | "RESPONSE_NOT_FOR_PROCEDURE" | "SERVICE_LINE_MANAGER_NOT_A_MEMBER" | "SHARE_CLASS_NOT_IN_ARTICLES" | "SHARE_EVENT_NOT_AUTHORISED" | "SHARE_NOT_ISSUED" | "SHORT_NOTICE_AGREED_AFTER_MEETING" | "SOLVENCY_STATEMENT_OUT_OF_TIME" | "SPECIAL_NOTICE_NOT_NEEDED" | "SPECIAL_NOTICE_REQUIRED" | "SPECIAL_NOTICE_TOO_LATE" | "SPECIAL_RESOLUTION_REQUIRED" | "STAFF_LIST_INVALID" | "SUBSCRIBER_SHARE_NOT_ON_INCORPORATION" | "TRANSFER_DECIDED_BEFORE_LODGED" | "TRANSFER_PARTIES_SAME" | "TRANSFER_REFUSAL_WITHOUT_REASONS" | "TRANSFER_REGISTERED_BEFORE_LODGED" | "TRANSFER_TO_SAME_MEMBER" | "TUPE_RECORD_UNCHANGED" | "VERIFICATION_NOT_FOR_DIRECTOR" | "VERIFIED_BEFORE_VERIFICATION_BEGAN" | "VOTER_NOT_PRESENT" | "VOTE_NOT_AS_ATTENDED" | "WRITTEN_RESOLUTION_NOT_ALLOWED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    TupeTransfersController_recordMeasures: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                transferId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordMeasuresDto"];
            };
        };
        responses: {
            /** @description Record measures envisaged */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ledger: {
                            hash: string;
                            sequence: number;
                        };
                        transferee: {
                            description: string;
                            envisaged: boolean;
                        } | null;
                        transferId: string;
                        transferor: {
                            description: string;
                            envisaged: boolean;
                        } | null;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_EMPLOYEE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_REFERENCE_DAY" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "INVALID_TRANSFER" | "PARTICULARS_CHANGE_EMPTY" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "INSPECTION_REQUEST_NOT_FOUND" | "MEETING_NOT_FOUND" | "MEMBER_NOT_ON_REGISTER" | "NETWORK_UNKNOWN" | "NOT_FOUND" | "OFFICER_NOT_FOUND" | "ORGANISATION_UNKNOWN" | "PRACTICE_UNKNOWN" | "RESOLUTION_NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AGREEMENT_ALREADY_GIVEN" | "ALREADY_RECORDED" | "ASSET_LOCKED_BODY_HAS_TRANSFERS" | "ATTENDANCE_ALREADY_RECORDED" | "CENTRAL_REGISTER_ELECTION_IN_FORCE" | "CENTRAL_REGISTER_NO_ELECTION" | "CERTIFICATE_ALREADY_ISSUED" | "CERTIFICATE_NOT_IN_FORCE" | "CERTIFICATE_SHARE_NOT_HELD" | "COMPANY_NUMBER_ALREADY_SET" | "CONCURRENT_WRITE" | "CONSULTATION_ENTRY_ALREADY_RECORDED" | "CORRECTION_BREAKS_LATER_ENTRY" | "CORRECTION_BREAKS_LATER_RECORD" | "CORRECTION_TARGET_UNKNOWN" | "DIRECTOR_ALREADY_ON_BOARD" | "DISTRIBUTABLE_PROFITS_DIFFER" | "EMPLOYEE_ALREADY_ON_TRANSFER" | "EVENT_PREDATES_DEPENDENCY" | "FILING_ALREADY_RECORDED" | "FINANCIAL_YEARS_OVERLAP" | "IDENTITY_VERIFICATION_ALREADY_RECORDED" | "INSPECTION_REQUEST_ALREADY_ANSWERED" | "INSPECTION_REQUEST_ALREADY_RECORDED" | "INTEREST_ALREADY_DECLARED" | "MEETING_HAS_NO_BUSINESS_LEFT" | "MEMBER_ALREADY_HOLDS_A_SHARE" | "MEMBER_NOT_CURRENT" | "NO_CERTIFICATE_TO_REPLACE" | "OFFICER_ALREADY_APPOINTED" | "OFFICER_ALREADY_IN_OFFICE" | "OFFICER_NAME_IN_OFFICE" | "ORGANISATION_ALREADY_RECORDED" | "PARTNERSHIP_MEMBER_ALREADY_ACTIVE" | "PARTNERSHIP_MEMBER_NOT_ACTIVE" | "PRACTICE_ALREADY_A_MEMBER" | "PRACTICE_ALREADY_IN_A_NETWORK" | "PRACTICE_ALREADY_IN_THAT_NETWORK" | "PRACTICE_ALREADY_LISTED" | "PRACTICE_CLOSED" | "PRACTICE_NOT_IN_A_NETWORK" | "PSC_STATEMENT_ALREADY_RECORDED" | "REGULATOR_ALREADY_DECIDED" | "SERVICE_LINE_ALREADY_RECORDED" | "SHARE_ALREADY_CANCELLED" | "SHARE_NOT_HELD_BY_MEMBER" | "SHARE_NUMBER_ALREADY_USED" | "TRANSFER_ALREADY_DECIDED" | "TRANSFER_ALREADY_LODGED" | "VOTE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ADJOURNED_TO_EARLIER_DAY" | "AGREEMENT_AFTER_LAPSE" | "AGREEMENT_BEFORE_CIRCULATION" | "ANSWER_BEFORE_REQUEST" | "APPROVAL_AFTER_CHANGE" | "ARTICLES_DO_NOT_ALLOW_DIVIDENDS" | "ARTICLES_NEED_SPECIAL_RESOLUTION" | "ASSET_LOCKED_BODIES_UNCHANGED" | "ASSET_LOCKED_BODY_NOT_NAMED" | "ASSET_LOCK_BREACH" | "ASSET_TRANSFER_TOTALS_TOO_LARGE" | "ATTENDANCE_NOT_FOR_MEETING" | "ATTENDANCE_NOT_RECORDED" | "BOARD_HAS_NO_DIRECTORS" | "BUY_BACK_CARRIED_BY_SELLER" | "BUY_BACK_NEEDS_MEMBERS_RESOLUTION" | "BUY_BACK_PRICE_ABOVE_PAID_UP" | "CENTRAL_REGISTER_ASSENT_MISSING" | "CENTRAL_REGISTER_ASSENT_NOT_MEMBER" | "CENTRAL_REGISTER_OPTION_NOT_YET_IN_FORCE" | "CENTRAL_REGISTER_OPTION_REMOVED" | "CERTIFICATE_ISSUED_BEFORE_HOLDING" | "CHANGE_BEFORE_APPOINTMENT" | "COMMISSIONER_ABOLISHED" | "COMMISSIONER_CHANGE_OUTSIDE_CONTRACT" | "COMMISSIONER_CHANGE_OUT_OF_ORDER" | "COMMISSIONER_IS_HOLDER" | "COMMISSIONER_UNCHANGED" | "CONSENT_AFTER_TRANSFER" | "CONSULTATION_REPLY_WITHOUT_REPRESENTATION" | "CONTRACT_DISCLOSURE_NOT_NEEDED" | "CONTRACT_DISCLOSURE_REQUIRED" | "CONTRACT_DISCLOSURE_TOO_LATE" | "CONTRACT_ENDS_BEFORE_START" | "CORRECTION_REASON_MISSING" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "DATE_OF_BIRTH_IMPLAUSIBLE" | "DIRECTOR_NOT_ON_BOARD" | "DIRECTOR_NOT_PRESENT" | "DIRECTOR_UNDER_MINIMUM_AGE" | "DIVIDEND_CAP_EXCEEDED" | "DIVIDEND_NOT_APPROVED" | "DIVIDEND_RULES_NOT_SUPPORTED" | "DIVIDEND_YEAR_NOT_BEGUN" | "DUTY_UNKNOWN" | "EVENT_BEFORE_INCORPORATION" | "FILINGS_INVALID" | "FILING_BEFORE_DUTY" | "FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY" | "FORFEITURE_NOTICE_TOO_SHORT" | "FORFEITURE_NOT_IN_ARTICLES" | "FORFEITURE_OF_FULLY_PAID_SHARE" | "FORFEITURE_WITHOUT_NOTICE" | "HOLDER_NOT_ELIGIBLE" | "IDENTITY_NOT_VERIFIED" | "INDEMNITY_AFTER_REPLACEMENT" | "INSPECTION_APPOINTMENT_INVALID" | "INSPECTION_NOTICE_TOO_SHORT" | "INTEREST_DECLARED_AFTER_VOTE" | "INVALID_REQUEST_ANSWER" | "LAWFUL_PURPOSE_STATEMENT_MISSING" | "MEETING_BEFORE_NOTICE" | "MEMBERSHIP_ENDS_BEFORE_START" | "MEMBER_NOT_ELIGIBLE" | "NOMINAL_VALUE_NOT_IN_ARTICLES" | "NOTICE_NOT_FOR_BOARD_MEETING" | "NOT_AWAITING_REGULATOR" | "NOT_A_FINANCIAL_YEAR_END" | "NO_ELIGIBLE_MEMBERS" | "OFFICER_NOT_IN_OFFICE" | "OFFICER_PARTICULARS_UNCHANGED" | "PAID_UP_EXCEEDS_NOMINAL" | "PARTICULARS_UNCHANGED" | "PERSONAL_DETAILS_MISSING" | "PRACTICE_NOT_ELIGIBLE" | "PRACTICE_SUCCESSOR_INVALID" | "PROXY_NAME_REQUIRED" | "PSC_NO_POSITION" | "REDUCTION_WITHOUT_SOLVENCY_STATEMENT" | "REGISTERED_EMAIL_MISSING" | "REGISTER_OF_OFFICERS_AFTER_ECCTA" | "REGULATOR_APPROVAL_REQUIRED" | "REGULATOR_CONSENT_REQUIRED" | "REGULATOR_DECISION_BEFORE_PASSING" | "REMOVAL_RESOLUTION_INVALID" | "RESIGNATION_BEFORE_APPOINTMENT" | "RESOLUTION_NOT_FOR_MEETING" | "RESPONSE_NOT_FOR_PROCEDURE" | "SERVICE_LINE_MANAGER_NOT_A_MEMBER" | "SHARE_CLASS_NOT_IN_ARTICLES" | "SHARE_EVENT_NOT_AUTHORISED" | "SHARE_NOT_ISSUED" | "SHORT_NOTICE_AGREED_AFTER_MEETING" | "SOLVENCY_STATEMENT_OUT_OF_TIME" | "SPECIAL_NOTICE_NOT_NEEDED" | "SPECIAL_NOTICE_REQUIRED" | "SPECIAL_NOTICE_TOO_LATE" | "SPECIAL_RESOLUTION_REQUIRED" | "STAFF_LIST_INVALID" | "SUBSCRIBER_SHARE_NOT_ON_INCORPORATION" | "TRANSFER_DECIDED_BEFORE_LODGED" | "TRANSFER_PARTIES_SAME" | "TRANSFER_REFUSAL_WITHOUT_REASONS" | "TRANSFER_REGISTERED_BEFORE_LODGED" | "TRANSFER_TO_SAME_MEMBER" | "TUPE_RECORD_UNCHANGED" | "VERIFICATION_NOT_FOR_DIRECTOR" | "VERIFIED_BEFORE_VERIFICATION_BEGAN" | "VOTER_NOT_PRESENT" | "VOTE_NOT_AS_ATTENDED" | "WRITTEN_RESOLUTION_NOT_ALLOWED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    TupeTransfersController_recordPension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
                transferId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PensionDto"];
            };
        };
        responses: {
            /** @description Record the pension arrangement */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ledger: {
                            hash: string;
                            sequence: number;
                        };
                        reference: string | null;
                        /** @enum {string} */
                        route: "broadly-comparable" | "new-fair-deal" | "nhs-pension-access" | "pensions-act-2004-minimum";
                        transferId: string;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_EMPLOYEE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_REFERENCE_DAY" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "INVALID_TRANSFER" | "PARTICULARS_CHANGE_EMPTY" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "INSPECTION_REQUEST_NOT_FOUND" | "MEETING_NOT_FOUND" | "MEMBER_NOT_ON_REGISTER" | "NETWORK_UNKNOWN" | "NOT_FOUND" | "OFFICER_NOT_FOUND" | "ORGANISATION_UNKNOWN" | "PRACTICE_UNKNOWN" | "RESOLUTION_NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AGREEMENT_ALREADY_GIVEN" | "ALREADY_RECORDED" | "ASSET_LOCKED_BODY_HAS_TRANSFERS" | "ATTENDANCE_ALREADY_RECORDED" | "CENTRAL_REGISTER_ELECTION_IN_FORCE" | "CENTRAL_REGISTER_NO_ELECTION" | "CERTIFICATE_ALREADY_ISSUED" | "CERTIFICATE_NOT_IN_FORCE" | "CERTIFICATE_SHARE_NOT_HELD" | "COMPANY_NUMBER_ALREADY_SET" | "CONCURRENT_WRITE" | "CONSULTATION_ENTRY_ALREADY_RECORDED" | "CORRECTION_BREAKS_LATER_ENTRY" | "CORRECTION_BREAKS_LATER_RECORD" | "CORRECTION_TARGET_UNKNOWN" | "DIRECTOR_ALREADY_ON_BOARD" | "DISTRIBUTABLE_PROFITS_DIFFER" | "EMPLOYEE_ALREADY_ON_TRANSFER" | "EVENT_PREDATES_DEPENDENCY" | "FILING_ALREADY_RECORDED" | "FINANCIAL_YEARS_OVERLAP" | "IDENTITY_VERIFICATION_ALREADY_RECORDED" | "INSPECTION_REQUEST_ALREADY_ANSWERED" | "INSPECTION_REQUEST_ALREADY_RECORDED" | "INTEREST_ALREADY_DECLARED" | "MEETING_HAS_NO_BUSINESS_LEFT" | "MEMBER_ALREADY_HOLDS_A_SHARE" | "MEMBER_NOT_CURRENT" | "NO_CERTIFICATE_TO_REPLACE" | "OFFICER_ALREADY_APPOINTED" | "OFFICER_ALREADY_IN_OFFICE" | "OFFICER_NAME_IN_OFFICE" | "ORGANISATION_ALREADY_RECORDED" | "PARTNERSHIP_MEMBER_ALREADY_ACTIVE" | "PARTNERSHIP_MEMBER_NOT_ACTIVE" | "PRACTICE_ALREADY_A_MEMBER" | "PRACTICE_ALREADY_IN_A_NETWORK" | "PRACTICE_ALREADY_IN_THAT_NETWORK" | "PRACTICE_ALREADY_LISTED" | "PRACTICE_CLOSED" | "PRACTICE_NOT_IN_A_NETWORK" | "PSC_STATEMENT_ALREADY_RECORDED" | "REGULATOR_ALREADY_DECIDED" | "SERVICE_LINE_ALREADY_RECORDED" | "SHARE_ALREADY_CANCELLED" | "SHARE_NOT_HELD_BY_MEMBER" | "SHARE_NUMBER_ALREADY_USED" | "TRANSFER_ALREADY_DECIDED" | "TRANSFER_ALREADY_LODGED" | "VOTE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ADJOURNED_TO_EARLIER_DAY" | "AGREEMENT_AFTER_LAPSE" | "AGREEMENT_BEFORE_CIRCULATION" | "ANSWER_BEFORE_REQUEST" | "APPROVAL_AFTER_CHANGE" | "ARTICLES_DO_NOT_ALLOW_DIVIDENDS" | "ARTICLES_NEED_SPECIAL_RESOLUTION" | "ASSET_LOCKED_BODIES_UNCHANGED" | "ASSET_LOCKED_BODY_NOT_NAMED" | "ASSET_LOCK_BREACH" | "ASSET_TRANSFER_TOTALS_TOO_LARGE" | "ATTENDANCE_NOT_FOR_MEETING" | "ATTENDANCE_NOT_RECORDED" | "BOARD_HAS_NO_DIRECTORS" | "BUY_BACK_CARRIED_BY_SELLER" | "BUY_BACK_NEEDS_MEMBERS_RESOLUTION" | "BUY_BACK_PRICE_ABOVE_PAID_UP" | "CENTRAL_REGISTER_ASSENT_MISSING" | "CENTRAL_REGISTER_ASSENT_NOT_MEMBER" | "CENTRAL_REGISTER_OPTION_NOT_YET_IN_FORCE" | "CENTRAL_REGISTER_OPTION_REMOVED" | "CERTIFICATE_ISSUED_BEFORE_HOLDING" | "CHANGE_BEFORE_APPOINTMENT" | "COMMISSIONER_ABOLISHED" | "COMMISSIONER_CHANGE_OUTSIDE_CONTRACT" | "COMMISSIONER_CHANGE_OUT_OF_ORDER" | "COMMISSIONER_IS_HOLDER" | "COMMISSIONER_UNCHANGED" | "CONSENT_AFTER_TRANSFER" | "CONSULTATION_REPLY_WITHOUT_REPRESENTATION" | "CONTRACT_DISCLOSURE_NOT_NEEDED" | "CONTRACT_DISCLOSURE_REQUIRED" | "CONTRACT_DISCLOSURE_TOO_LATE" | "CONTRACT_ENDS_BEFORE_START" | "CORRECTION_REASON_MISSING" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "DATE_OF_BIRTH_IMPLAUSIBLE" | "DIRECTOR_NOT_ON_BOARD" | "DIRECTOR_NOT_PRESENT" | "DIRECTOR_UNDER_MINIMUM_AGE" | "DIVIDEND_CAP_EXCEEDED" | "DIVIDEND_NOT_APPROVED" | "DIVIDEND_RULES_NOT_SUPPORTED" | "DIVIDEND_YEAR_NOT_BEGUN" | "DUTY_UNKNOWN" | "EVENT_BEFORE_INCORPORATION" | "FILINGS_INVALID" | "FILING_BEFORE_DUTY" | "FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY" | "FORFEITURE_NOTICE_TOO_SHORT" | "FORFEITURE_NOT_IN_ARTICLES" | "FORFEITURE_OF_FULLY_PAID_SHARE" | "FORFEITURE_WITHOUT_NOTICE" | "HOLDER_NOT_ELIGIBLE" | "IDENTITY_NOT_VERIFIED" | "INDEMNITY_AFTER_REPLACEMENT" | "INSPECTION_APPOINTMENT_INVALID" | "INSPECTION_NOTICE_TOO_SHORT" | "INTEREST_DECLARED_AFTER_VOTE" | "INVALID_REQUEST_ANSWER" | "LAWFUL_PURPOSE_STATEMENT_MISSING" | "MEETING_BEFORE_NOTICE" | "MEMBERSHIP_ENDS_BEFORE_START" | "MEMBER_NOT_ELIGIBLE" | "NOMINAL_VALUE_NOT_IN_ARTICLES" | "NOTICE_NOT_FOR_BOARD_MEETING" | "NOT_AWAITING_REGULATOR" | "NOT_A_FINANCIAL_YEAR_END" | "NO_ELIGIBLE_MEMBERS" | "OFFICER_NOT_IN_OFFICE" | "OFFICER_PARTICULARS_UNCHANGED" | "PAID_UP_EXCEEDS_NOMINAL" | "PARTICULARS_UNCHANGED" | "PERSONAL_DETAILS_MISSING" | "PRACTICE_NOT_ELIGIBLE" | "PRACTICE_SUCCESSOR_INVALID" | "PROXY_NAME_REQUIRED" | "PSC_NO_POSITION" | "REDUCTION_WITHOUT_SOLVENCY_STATEMENT" | "REGISTERED_EMAIL_MISSING" | "REGISTER_OF_OFFICERS_AFTER_ECCTA" | "REGULATOR_APPROVAL_REQUIRED" | "REGULATOR_CONSENT_REQUIRED" | "REGULATOR_DECISION_BEFORE_PASSING" | "REMOVAL_RESOLUTION_INVALID" | "RESIGNATION_BEFORE_APPOINTMENT" | "RESOLUTION_NOT_FOR_MEETING" | "RESPONSE_NOT_FOR_PROCEDURE" | "SERVICE_LINE_MANAGER_NOT_A_MEMBER" | "SHARE_CLASS_NOT_IN_ARTICLES" | "SHARE_EVENT_NOT_AUTHORISED" | "SHARE_NOT_ISSUED" | "SHORT_NOTICE_AGREED_AFTER_MEETING" | "SOLVENCY_STATEMENT_OUT_OF_TIME" | "SPECIAL_NOTICE_NOT_NEEDED" | "SPECIAL_NOTICE_REQUIRED" | "SPECIAL_NOTICE_TOO_LATE" | "SPECIAL_RESOLUTION_REQUIRED" | "STAFF_LIST_INVALID" | "SUBSCRIBER_SHARE_NOT_ON_INCORPORATION" | "TRANSFER_DECIDED_BEFORE_LODGED" | "TRANSFER_PARTIES_SAME" | "TRANSFER_REFUSAL_WITHOUT_REASONS" | "TRANSFER_REGISTERED_BEFORE_LODGED" | "TRANSFER_TO_SAME_MEMBER" | "TUPE_RECORD_UNCHANGED" | "VERIFICATION_NOT_FOR_DIRECTOR" | "VERIFIED_BEFORE_VERIFICATION_BEGAN" | "VOTER_NOT_PRESENT" | "VOTE_NOT_AS_ATTENDED" | "WRITTEN_RESOLUTION_NOT_ALLOWED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    WindingUpController_distribution: {
        parameters: {
            query: {
                /** @description As at the end of this day (YYYY-MM-DD), from 1800-01-01 to 2999-12-31; see the route for its default. A real date outside that range is 400 VALIDATION_FAILED with the bounds in details (earliest, latest) */
                asAt?: string;
                /** @description The company's residual assets on a winding up, in whole pence written in decimal digits: what is left once its liabilities and the costs of the winding up are met (CIC Regs 2005 reg 23), from 0 to 999999999999999 */
                residualAssetsPence: number;
            };
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Work out how the residual assets would be distributed on a winding up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asAt: string;
                        members: {
                            entitlementPence: number;
                            jointHolders?: string[];
                            memberId: string;
                            name: string;
                            paidUpPence: number;
                            shareNumbers: number[];
                        }[];
                        membersPaidInFull: boolean;
                        residualAssetsPence: number;
                        residuePence: number;
                        residueTo: {
                            /** @enum {string} */
                            basis: "as the CIC Regulator directs" | "as the articles provide";
                            bodies: {
                                name: string;
                                registrationNumber: string;
                            }[];
                            inWords: string;
                            /** @enum {string} */
                            kind: "as-regulator-directs" | "named-asset-locked-bodies";
                        };
                        toMembersPence: number;
                        totalPaidUpPence: number;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_DATE" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND" | "RESOLUTION_NOT_FOUND";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    TokensController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List tokens */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        createdBy: string | null;
                        expiresAt: string | null;
                        lastUsedAt: string | null;
                        name: string;
                        /** @enum {string} */
                        origin: "admin-token" | "api" | "generated";
                        revokedAt: string | null;
                        /** @enum {string} */
                        role: "auditor" | "board" | "secretary";
                        /** @enum {string} */
                        status: "active" | "expired" | "revoked";
                        tokenId: string;
                    }[];
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_EMPLOYEE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_REFERENCE_DAY" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "INVALID_TRANSFER" | "PARTICULARS_CHANGE_EMPTY" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    TokensController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTokenDto"];
            };
        };
        responses: {
            /** @description Issue a token */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        expiresAt: string | null;
                        id: string;
                        name: string;
                        /** @enum {string} */
                        role: "auditor" | "board" | "secretary";
                        token: string;
                        tokenId: string;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_EMPLOYEE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_REFERENCE_DAY" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "INVALID_TRANSFER" | "PARTICULARS_CHANGE_EMPTY" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AGREEMENT_ALREADY_GIVEN" | "ALREADY_RECORDED" | "ASSET_LOCKED_BODY_HAS_TRANSFERS" | "ATTENDANCE_ALREADY_RECORDED" | "CENTRAL_REGISTER_ELECTION_IN_FORCE" | "CENTRAL_REGISTER_NO_ELECTION" | "CERTIFICATE_ALREADY_ISSUED" | "CERTIFICATE_NOT_IN_FORCE" | "CERTIFICATE_SHARE_NOT_HELD" | "COMPANY_NUMBER_ALREADY_SET" | "CONCURRENT_WRITE" | "CONSULTATION_ENTRY_ALREADY_RECORDED" | "CORRECTION_BREAKS_LATER_ENTRY" | "CORRECTION_BREAKS_LATER_RECORD" | "CORRECTION_TARGET_UNKNOWN" | "DIRECTOR_ALREADY_ON_BOARD" | "DISTRIBUTABLE_PROFITS_DIFFER" | "EMPLOYEE_ALREADY_ON_TRANSFER" | "EVENT_PREDATES_DEPENDENCY" | "FILING_ALREADY_RECORDED" | "FINANCIAL_YEARS_OVERLAP" | "IDENTITY_VERIFICATION_ALREADY_RECORDED" | "INSPECTION_REQUEST_ALREADY_ANSWERED" | "INSPECTION_REQUEST_ALREADY_RECORDED" | "INTEREST_ALREADY_DECLARED" | "MEETING_HAS_NO_BUSINESS_LEFT" | "MEMBER_ALREADY_HOLDS_A_SHARE" | "MEMBER_NOT_CURRENT" | "NO_CERTIFICATE_TO_REPLACE" | "OFFICER_ALREADY_APPOINTED" | "OFFICER_ALREADY_IN_OFFICE" | "OFFICER_NAME_IN_OFFICE" | "ORGANISATION_ALREADY_RECORDED" | "PARTNERSHIP_MEMBER_ALREADY_ACTIVE" | "PARTNERSHIP_MEMBER_NOT_ACTIVE" | "PRACTICE_ALREADY_A_MEMBER" | "PRACTICE_ALREADY_IN_A_NETWORK" | "PRACTICE_ALREADY_IN_THAT_NETWORK" | "PRACTICE_ALREADY_LISTED" | "PRACTICE_CLOSED" | "PRACTICE_NOT_IN_A_NETWORK" | "PSC_STATEMENT_ALREADY_RECORDED" | "REGULATOR_ALREADY_DECIDED" | "SERVICE_LINE_ALREADY_RECORDED" | "SHARE_ALREADY_CANCELLED" | "SHARE_NOT_HELD_BY_MEMBER" | "SHARE_NUMBER_ALREADY_USED" | "TRANSFER_ALREADY_DECIDED" | "TRANSFER_ALREADY_LODGED" | "VOTE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ADJOURNED_TO_EARLIER_DAY" | "AGREEMENT_AFTER_LAPSE" | "AGREEMENT_BEFORE_CIRCULATION" | "ANSWER_BEFORE_REQUEST" | "APPROVAL_AFTER_CHANGE" | "ARTICLES_DO_NOT_ALLOW_DIVIDENDS" | "ARTICLES_NEED_SPECIAL_RESOLUTION" | "ASSET_LOCKED_BODIES_UNCHANGED" | "ASSET_LOCKED_BODY_NOT_NAMED" | "ASSET_LOCK_BREACH" | "ASSET_TRANSFER_TOTALS_TOO_LARGE" | "ATTENDANCE_NOT_FOR_MEETING" | "ATTENDANCE_NOT_RECORDED" | "BOARD_HAS_NO_DIRECTORS" | "BUY_BACK_CARRIED_BY_SELLER" | "BUY_BACK_NEEDS_MEMBERS_RESOLUTION" | "BUY_BACK_PRICE_ABOVE_PAID_UP" | "CENTRAL_REGISTER_ASSENT_MISSING" | "CENTRAL_REGISTER_ASSENT_NOT_MEMBER" | "CENTRAL_REGISTER_OPTION_NOT_YET_IN_FORCE" | "CENTRAL_REGISTER_OPTION_REMOVED" | "CERTIFICATE_ISSUED_BEFORE_HOLDING" | "CHANGE_BEFORE_APPOINTMENT" | "COMMISSIONER_ABOLISHED" | "COMMISSIONER_CHANGE_OUTSIDE_CONTRACT" | "COMMISSIONER_CHANGE_OUT_OF_ORDER" | "COMMISSIONER_IS_HOLDER" | "COMMISSIONER_UNCHANGED" | "CONSENT_AFTER_TRANSFER" | "CONSULTATION_REPLY_WITHOUT_REPRESENTATION" | "CONTRACT_DISCLOSURE_NOT_NEEDED" | "CONTRACT_DISCLOSURE_REQUIRED" | "CONTRACT_DISCLOSURE_TOO_LATE" | "CONTRACT_ENDS_BEFORE_START" | "CORRECTION_REASON_MISSING" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "DATE_OF_BIRTH_IMPLAUSIBLE" | "DIRECTOR_NOT_ON_BOARD" | "DIRECTOR_NOT_PRESENT" | "DIRECTOR_UNDER_MINIMUM_AGE" | "DIVIDEND_CAP_EXCEEDED" | "DIVIDEND_NOT_APPROVED" | "DIVIDEND_RULES_NOT_SUPPORTED" | "DIVIDEND_YEAR_NOT_BEGUN" | "DUTY_UNKNOWN" | "EVENT_BEFORE_INCORPORATION" | "FILINGS_INVALID" | "FILING_BEFORE_DUTY" | "FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY" | "FORFEITURE_NOTICE_TOO_SHORT" | "FORFEITURE_NOT_IN_ARTICLES" | "FORFEITURE_OF_FULLY_PAID_SHARE" | "FORFEITURE_WITHOUT_NOTICE" | "HOLDER_NOT_ELIGIBLE" | "IDENTITY_NOT_VERIFIED" | "INDEMNITY_AFTER_REPLACEMENT" | "INSPECTION_APPOINTMENT_INVALID" | "INSPECTION_NOTICE_TOO_SHORT" | "INTEREST_DECLARED_AFTER_VOTE" | "INVALID_REQUEST_ANSWER" | "LAWFUL_PURPOSE_STATEMENT_MISSING" | "MEETING_BEFORE_NOTICE" | "MEMBERSHIP_ENDS_BEFORE_START" | "MEMBER_NOT_ELIGIBLE" | "NOMINAL_VALUE_NOT_IN_ARTICLES" | "NOTICE_NOT_FOR_BOARD_MEETING" | "NOT_AWAITING_REGULATOR" | "NOT_A_FINANCIAL_YEAR_END" | "NO_ELIGIBLE_MEMBERS" | "OFFICER_NOT_IN_OFFICE" | "OFFICER_PARTICULARS_UNCHANGED" | "PAID_UP_EXCEEDS_NOMINAL" | "PARTICULARS_UNCHANGED" | "PERSONAL_DETAILS_MISSING" | "PRACTICE_NOT_ELIGIBLE" | "PRACTICE_SUCCESSOR_INVALID" | "PROXY_NAME_REQUIRED" | "PSC_NO_POSITION" | "REDUCTION_WITHOUT_SOLVENCY_STATEMENT" | "REGISTERED_EMAIL_MISSING" | "REGISTER_OF_OFFICERS_AFTER_ECCTA" | "REGULATOR_APPROVAL_REQUIRED" | "REGULATOR_CONSENT_REQUIRED" | "REGULATOR_DECISION_BEFORE_PASSING" | "REMOVAL_RESOLUTION_INVALID" | "RESIGNATION_BEFORE_APPOINTMENT" | "RESOLUTION_NOT_FOR_MEETING" | "RESPONSE_NOT_FOR_PROCEDURE" | "SERVICE_LINE_MANAGER_NOT_A_MEMBER" | "SHARE_CLASS_NOT_IN_ARTICLES" | "SHARE_EVENT_NOT_AUTHORISED" | "SHARE_NOT_ISSUED" | "SHORT_NOTICE_AGREED_AFTER_MEETING" | "SOLVENCY_STATEMENT_OUT_OF_TIME" | "SPECIAL_NOTICE_NOT_NEEDED" | "SPECIAL_NOTICE_REQUIRED" | "SPECIAL_NOTICE_TOO_LATE" | "SPECIAL_RESOLUTION_REQUIRED" | "STAFF_LIST_INVALID" | "SUBSCRIBER_SHARE_NOT_ON_INCORPORATION" | "TRANSFER_DECIDED_BEFORE_LODGED" | "TRANSFER_PARTIES_SAME" | "TRANSFER_REFUSAL_WITHOUT_REASONS" | "TRANSFER_REGISTERED_BEFORE_LODGED" | "TRANSFER_TO_SAME_MEMBER" | "TUPE_RECORD_UNCHANGED" | "VERIFICATION_NOT_FOR_DIRECTOR" | "VERIFIED_BEFORE_VERIFICATION_BEGAN" | "VOTER_NOT_PRESENT" | "VOTE_NOT_AS_ATTENDED" | "WRITTEN_RESOLUTION_NOT_ALLOWED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    TokensController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoke a token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        createdBy: string | null;
                        expiresAt: string | null;
                        lastUsedAt: string | null;
                        name: string;
                        /** @enum {string} */
                        origin: "admin-token" | "api" | "generated";
                        revokedAt: string | null;
                        /** @enum {string} */
                        role: "auditor" | "board" | "secretary";
                        /** @enum {string} */
                        status: "active" | "expired" | "revoked";
                        tokenId: string;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_EMPLOYEE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_REFERENCE_DAY" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "INVALID_TRANSFER" | "PARTICULARS_CHANGE_EMPTY" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description No bearer token, or one unknown, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                    };
                };
            };
            /** @description The token's role may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description The request names a record that is not there. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "CERTIFICATE_NOT_FOUND" | "INSPECTION_REQUEST_NOT_FOUND" | "MEETING_NOT_FOUND" | "MEMBER_NOT_ON_REGISTER" | "NETWORK_UNKNOWN" | "NOT_FOUND" | "OFFICER_NOT_FOUND" | "ORGANISATION_UNKNOWN" | "PRACTICE_UNKNOWN" | "RESOLUTION_NOT_FOUND" | "TRANSFER_NOT_LODGED";
                    };
                };
            };
            /** @description The request clashes with what the registers already hold. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "AGREEMENT_ALREADY_GIVEN" | "ALREADY_RECORDED" | "ASSET_LOCKED_BODY_HAS_TRANSFERS" | "ATTENDANCE_ALREADY_RECORDED" | "CENTRAL_REGISTER_ELECTION_IN_FORCE" | "CENTRAL_REGISTER_NO_ELECTION" | "CERTIFICATE_ALREADY_ISSUED" | "CERTIFICATE_NOT_IN_FORCE" | "CERTIFICATE_SHARE_NOT_HELD" | "COMPANY_NUMBER_ALREADY_SET" | "CONCURRENT_WRITE" | "CONSULTATION_ENTRY_ALREADY_RECORDED" | "CORRECTION_BREAKS_LATER_ENTRY" | "CORRECTION_BREAKS_LATER_RECORD" | "CORRECTION_TARGET_UNKNOWN" | "DIRECTOR_ALREADY_ON_BOARD" | "DISTRIBUTABLE_PROFITS_DIFFER" | "EMPLOYEE_ALREADY_ON_TRANSFER" | "EVENT_PREDATES_DEPENDENCY" | "FILING_ALREADY_RECORDED" | "FINANCIAL_YEARS_OVERLAP" | "IDENTITY_VERIFICATION_ALREADY_RECORDED" | "INSPECTION_REQUEST_ALREADY_ANSWERED" | "INSPECTION_REQUEST_ALREADY_RECORDED" | "INTEREST_ALREADY_DECLARED" | "MEETING_HAS_NO_BUSINESS_LEFT" | "MEMBER_ALREADY_HOLDS_A_SHARE" | "MEMBER_NOT_CURRENT" | "NO_CERTIFICATE_TO_REPLACE" | "OFFICER_ALREADY_APPOINTED" | "OFFICER_ALREADY_IN_OFFICE" | "OFFICER_NAME_IN_OFFICE" | "ORGANISATION_ALREADY_RECORDED" | "PARTNERSHIP_MEMBER_ALREADY_ACTIVE" | "PARTNERSHIP_MEMBER_NOT_ACTIVE" | "PRACTICE_ALREADY_A_MEMBER" | "PRACTICE_ALREADY_IN_A_NETWORK" | "PRACTICE_ALREADY_IN_THAT_NETWORK" | "PRACTICE_ALREADY_LISTED" | "PRACTICE_CLOSED" | "PRACTICE_NOT_IN_A_NETWORK" | "PSC_STATEMENT_ALREADY_RECORDED" | "REGULATOR_ALREADY_DECIDED" | "SERVICE_LINE_ALREADY_RECORDED" | "SHARE_ALREADY_CANCELLED" | "SHARE_NOT_HELD_BY_MEMBER" | "SHARE_NUMBER_ALREADY_USED" | "TRANSFER_ALREADY_DECIDED" | "TRANSFER_ALREADY_LODGED" | "VOTE_ALREADY_RECORDED";
                    };
                };
            };
            /** @description The request breaks a rule outright, whatever the registers hold. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "ADJOURNED_TO_EARLIER_DAY" | "AGREEMENT_AFTER_LAPSE" | "AGREEMENT_BEFORE_CIRCULATION" | "ANSWER_BEFORE_REQUEST" | "APPROVAL_AFTER_CHANGE" | "ARTICLES_DO_NOT_ALLOW_DIVIDENDS" | "ARTICLES_NEED_SPECIAL_RESOLUTION" | "ASSET_LOCKED_BODIES_UNCHANGED" | "ASSET_LOCKED_BODY_NOT_NAMED" | "ASSET_LOCK_BREACH" | "ASSET_TRANSFER_TOTALS_TOO_LARGE" | "ATTENDANCE_NOT_FOR_MEETING" | "ATTENDANCE_NOT_RECORDED" | "BOARD_HAS_NO_DIRECTORS" | "BUY_BACK_CARRIED_BY_SELLER" | "BUY_BACK_NEEDS_MEMBERS_RESOLUTION" | "BUY_BACK_PRICE_ABOVE_PAID_UP" | "CENTRAL_REGISTER_ASSENT_MISSING" | "CENTRAL_REGISTER_ASSENT_NOT_MEMBER" | "CENTRAL_REGISTER_OPTION_NOT_YET_IN_FORCE" | "CENTRAL_REGISTER_OPTION_REMOVED" | "CERTIFICATE_ISSUED_BEFORE_HOLDING" | "CHANGE_BEFORE_APPOINTMENT" | "COMMISSIONER_ABOLISHED" | "COMMISSIONER_CHANGE_OUTSIDE_CONTRACT" | "COMMISSIONER_CHANGE_OUT_OF_ORDER" | "COMMISSIONER_IS_HOLDER" | "COMMISSIONER_UNCHANGED" | "CONSENT_AFTER_TRANSFER" | "CONSULTATION_REPLY_WITHOUT_REPRESENTATION" | "CONTRACT_DISCLOSURE_NOT_NEEDED" | "CONTRACT_DISCLOSURE_REQUIRED" | "CONTRACT_DISCLOSURE_TOO_LATE" | "CONTRACT_ENDS_BEFORE_START" | "CORRECTION_REASON_MISSING" | "DATED_AFTER_RECORDING" | "DATED_TOO_FAR_AHEAD" | "DATE_OF_BIRTH_IMPLAUSIBLE" | "DIRECTOR_NOT_ON_BOARD" | "DIRECTOR_NOT_PRESENT" | "DIRECTOR_UNDER_MINIMUM_AGE" | "DIVIDEND_CAP_EXCEEDED" | "DIVIDEND_NOT_APPROVED" | "DIVIDEND_RULES_NOT_SUPPORTED" | "DIVIDEND_YEAR_NOT_BEGUN" | "DUTY_UNKNOWN" | "EVENT_BEFORE_INCORPORATION" | "FILINGS_INVALID" | "FILING_BEFORE_DUTY" | "FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY" | "FORFEITURE_NOTICE_TOO_SHORT" | "FORFEITURE_NOT_IN_ARTICLES" | "FORFEITURE_OF_FULLY_PAID_SHARE" | "FORFEITURE_WITHOUT_NOTICE" | "HOLDER_NOT_ELIGIBLE" | "IDENTITY_NOT_VERIFIED" | "INDEMNITY_AFTER_REPLACEMENT" | "INSPECTION_APPOINTMENT_INVALID" | "INSPECTION_NOTICE_TOO_SHORT" | "INTEREST_DECLARED_AFTER_VOTE" | "INVALID_REQUEST_ANSWER" | "LAWFUL_PURPOSE_STATEMENT_MISSING" | "MEETING_BEFORE_NOTICE" | "MEMBERSHIP_ENDS_BEFORE_START" | "MEMBER_NOT_ELIGIBLE" | "NOMINAL_VALUE_NOT_IN_ARTICLES" | "NOTICE_NOT_FOR_BOARD_MEETING" | "NOT_AWAITING_REGULATOR" | "NOT_A_FINANCIAL_YEAR_END" | "NO_ELIGIBLE_MEMBERS" | "OFFICER_NOT_IN_OFFICE" | "OFFICER_PARTICULARS_UNCHANGED" | "PAID_UP_EXCEEDS_NOMINAL" | "PARTICULARS_UNCHANGED" | "PERSONAL_DETAILS_MISSING" | "PRACTICE_NOT_ELIGIBLE" | "PRACTICE_SUCCESSOR_INVALID" | "PROXY_NAME_REQUIRED" | "PSC_NO_POSITION" | "REDUCTION_WITHOUT_SOLVENCY_STATEMENT" | "REGISTERED_EMAIL_MISSING" | "REGISTER_OF_OFFICERS_AFTER_ECCTA" | "REGULATOR_APPROVAL_REQUIRED" | "REGULATOR_CONSENT_REQUIRED" | "REGULATOR_DECISION_BEFORE_PASSING" | "REMOVAL_RESOLUTION_INVALID" | "RESIGNATION_BEFORE_APPOINTMENT" | "RESOLUTION_NOT_FOR_MEETING" | "RESPONSE_NOT_FOR_PROCEDURE" | "SERVICE_LINE_MANAGER_NOT_A_MEMBER" | "SHARE_CLASS_NOT_IN_ARTICLES" | "SHARE_EVENT_NOT_AUTHORISED" | "SHARE_NOT_ISSUED" | "SHORT_NOTICE_AGREED_AFTER_MEETING" | "SOLVENCY_STATEMENT_OUT_OF_TIME" | "SPECIAL_NOTICE_NOT_NEEDED" | "SPECIAL_NOTICE_REQUIRED" | "SPECIAL_NOTICE_TOO_LATE" | "SPECIAL_RESOLUTION_REQUIRED" | "STAFF_LIST_INVALID" | "SUBSCRIBER_SHARE_NOT_ON_INCORPORATION" | "TRANSFER_DECIDED_BEFORE_LODGED" | "TRANSFER_PARTIES_SAME" | "TRANSFER_REFUSAL_WITHOUT_REASONS" | "TRANSFER_REGISTERED_BEFORE_LODGED" | "TRANSFER_TO_SAME_MEMBER" | "TUPE_RECORD_UNCHANGED" | "VERIFICATION_NOT_FOR_DIRECTOR" | "VERIFIED_BEFORE_VERIFICATION_BEGAN" | "VOTER_NOT_PRESENT" | "VOTE_NOT_AS_ATTENDED" | "WRITTEN_RESOLUTION_NOT_ALLOWED";
                    };
                };
            };
            /** @description Too many failed authentications from this address, or too many writes from this token (see Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS";
                    };
                };
            };
            /** @description The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    HealthController_summary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The database answers: `{status: "ok", database}`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        database: string;
                        status: string;
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_EMPLOYEE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_REFERENCE_DAY" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "INVALID_TRANSFER" | "PARTICULARS_CHANGE_EMPTY" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description The database does not answer: `{status: "unavailable", database}`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        database: "pglite" | "postgresql";
                        /** @enum {string} */
                        status: "unavailable";
                    };
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_EMPLOYEE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_REFERENCE_DAY" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "INVALID_TRANSFER" | "PARTICULARS_CHANGE_EMPTY" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example error
                         * @enum {string}
                         */
                        status?: "error" | "shutting_down";
                    };
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                    };
                };
            };
            /** @description A value is malformed (the fields refused are in `details`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        /** @enum {string} */
                        code?: "BAD_REQUEST" | "INVALID_ALLIANCE_RECORD" | "INVALID_AMOUNT" | "INVALID_ASSET_LOCKED_BODIES" | "INVALID_ASSET_TRANSFER" | "INVALID_COMPANY_NUMBER" | "INVALID_DATE" | "INVALID_DIVIDEND" | "INVALID_EMPLOYEE" | "INVALID_GOVERNANCE_SETTINGS" | "INVALID_INSTANT" | "INVALID_PAID_UP_VALUE" | "INVALID_REFERENCE_DAY" | "INVALID_RESIDUAL_ASSETS" | "INVALID_SHARE_NUMBER" | "INVALID_SIC_CODES" | "INVALID_TRANSFER" | "PARTICULARS_CHANGE_EMPTY" | "REGISTER_NOT_AS_AT_DATE" | "RESOLUTION_TEXT_REQUIRED" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example error
                         * @enum {string}
                         */
                        status?: "error" | "shutting_down";
                    };
                };
            };
        };
    };
}
