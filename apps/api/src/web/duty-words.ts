import type { DutyKind } from '#domain';

/**
 * Each kind of duty in plain words, for the home page and the officers page: what has to be done
 * (the form code and section are shown beside it). Typed by `DutyKind`, so a new kind needs words.
 */
export const DUTY_WORDS: Record<DutyKind, string> = {
  sh01: 'Return of allotment of shares',
  'share-certificate': 'Share certificate ready',
  'transfer-decision': 'Register or refuse a lodged transfer',
  'resolution-filing': 'File a copy of the resolution',
  'articles-filing': 'Send Companies House the articles as amended',
  'written-resolution-lapse': 'Written resolution lapses',
  'confirmation-statement': 'Confirmation statement',
  'annual-accounts': 'Annual accounts',
  'cic34-report': 'CIC report',
  sh03: 'Return of purchase of own shares',
  sh06: 'Notice of cancellation of shares',
  sh19: 'Statement of capital after a reduction',
  'practice-share': "Deal with a closed practice's share",
  ap01: 'Tell Companies House a director was appointed',
  tm01: 'Tell Companies House a director left',
  ch01: "Tell Companies House of a change to a director's particulars",
  ap03: 'Tell Companies House a secretary was appointed',
  tm02: 'Tell Companies House a secretary left',
  ch03: "Tell Companies House of a change to a secretary's particulars",
  psc01: 'Tell Companies House of a person with significant control',
  psc08: 'Tell Companies House there is no person with significant control',
  ad01: 'Tell Companies House the registered office changed',
  aa01: 'Tell Companies House the accounting reference date changed',
  'registered-email': 'Tell Companies House the registered email address changed',
};

/** The plain words for a duty kind (the kind itself if it has none). */
export function dutyWords(kind: string): string {
  return (DUTY_WORDS as Record<string, string>)[kind] ?? kind;
}
