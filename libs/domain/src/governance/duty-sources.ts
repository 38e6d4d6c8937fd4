import type { OfficerDutyKind, ParticularsDutyKind, PscDutyKind } from '../officers/notification-duty';

/**
 * The kinds of duty, and of filing that does one. `written-resolution-lapse` is no longer a duty
 * (FC-3: a lapsed written resolution is not the company's duty); the kind stays so that filings
 * recorded under it can still be read.
 */
export type DutyKind =
  | 'sh01'
  | 'share-certificate'
  | 'transfer-decision'
  | 'resolution-filing'
  | 'articles-filing'
  | 'written-resolution-lapse'
  | 'confirmation-statement'
  | 'annual-accounts'
  | 'cic34-report'
  | 'sh03'
  | 'sh06'
  | 'sh19'
  | 'practice-share'
  // EC-2, EC-5, FC-5: notifications of officers, PSCs and particulars (../officers/).
  | OfficerDutyKind
  | PscDutyKind
  | ParticularsDutyKind;

/** The rule of the brief (or the section of the Act) a duty comes from. */
export type DutyRule = 'SH-1' | 'SH-2' | 'SH-3' | 'FR-1' | 's.26' | 'WR-3' | 's.853A' | 's.854' | 's.442' | 'CI-5' | 'SR-1' | 'SR-2' | 'SH-5' | 'EC-2' | 'EC-5' | 'FC-5' | 's.88B';

/** The Companies House form that does a duty, where there is one (a certificate or a transfer decision is the company's own act). */
export type FormCode =
  | 'SH01'
  | 'CS01'
  | 'AR01'
  | 'AA'
  | 'CIC34'
  | 'SH03'
  | 'SH06'
  | 'SH19'
  | 'AP01'
  | 'TM01'
  | 'CH01'
  | 'AP03'
  | 'TM02'
  | 'CH03'
  | 'PSC01'
  | 'PSC08'
  | 'AD01'
  | 'AA01';

/** The form and statute section behind each kind of duty. */
export function source(kind: DutyKind, rule: DutyRule): { formCode: FormCode | null; section: string } {
  switch (kind) {
    case 'sh01':
      return { formCode: 'SH01', section: 'CA 2006 s.555' };
    case 'share-certificate':
      return { formCode: null, section: 'CA 2006 s.769 (allotment), s.776 (transfer)' };
    case 'transfer-decision':
      return { formCode: null, section: 'CA 2006 s.771' };
    case 'resolution-filing':
      return { formCode: null, section: 'CA 2006 ss.29–30' };
    case 'articles-filing':
      return { formCode: null, section: 'CA 2006 s.26' };
    case 'confirmation-statement':
      // Before 30 June 2016 the annual return (s.854, since repealed) did what the confirmation statement does now.
      return rule === 's.854' ? { formCode: 'AR01', section: 'CA 2006 s.854 (annual return, before 30 June 2016)' } : { formCode: 'CS01', section: 'CA 2006 s.853A' };
    case 'annual-accounts':
      return { formCode: 'AA', section: 'CA 2006 ss.441–442' };
    case 'cic34-report':
      return { formCode: 'CIC34', section: 'C(AICE)A 2004 s.34; CIC Regulations 2005 reg 26' };
    case 'written-resolution-lapse':
      return { formCode: null, section: rule };
    case 'sh03':
      return { formCode: 'SH03', section: 'CA 2006 s.707' };
    case 'sh06':
      return { formCode: 'SH06', section: 'CA 2006 s.708' };
    case 'sh19':
      return { formCode: 'SH19', section: 'CA 2006 s.644' };
    case 'practice-share':
      return { formCode: null, section: "the company's articles" };
    default:
      return NOTIFICATION_SOURCE[kind];
  }
}

/** The rule each notification's duty applies. */
export const NOTIFICATION_RULE: Record<OfficerDutyKind | PscDutyKind | ParticularsDutyKind, DutyRule> = {
  ap01: 'EC-2', tm01: 'EC-2', ch01: 'EC-2', ap03: 'EC-2', tm02: 'EC-2', ch03: 'EC-2', psc01: 'EC-5', psc08: 'EC-5', ad01: 'FC-5', aa01: 'FC-5', 'registered-email': 's.88B',
};

/** Forms and sections of the notifications (EC-2: s.167 directors, s.276 secretaries; EC-5: s.790VA; FC-5: ss.87, 392; s.88B: the registered email address, notified through Companies House's online service, no numbered form). */
const NOTIFICATION_SOURCE: Record<OfficerDutyKind | PscDutyKind | ParticularsDutyKind, { formCode: FormCode | null; section: string }> = {
  ap01: { formCode: 'AP01', section: 'CA 2006 s.167' }, tm01: { formCode: 'TM01', section: 'CA 2006 s.167' }, ch01: { formCode: 'CH01', section: 'CA 2006 s.167' },
  ap03: { formCode: 'AP03', section: 'CA 2006 s.276' }, tm02: { formCode: 'TM02', section: 'CA 2006 s.276' }, ch03: { formCode: 'CH03', section: 'CA 2006 s.276' },
  psc01: { formCode: 'PSC01', section: 'CA 2006 s.790VA' }, psc08: { formCode: 'PSC08', section: 'CA 2006 s.790VA' },
  ad01: { formCode: 'AD01', section: 'CA 2006 s.87' }, aa01: { formCode: 'AA01', section: 'CA 2006 s.392' },
  'registered-email': { formCode: null, section: 'CA 2006 s.88B' },
};
