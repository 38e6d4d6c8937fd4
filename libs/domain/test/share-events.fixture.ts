import { calendarDate, instant } from '../src/calendar/calendar-date';
import type { Company } from '../src/company/company';
import type { Holder, ParticularsChange, ShareAllotment, ShareTransfer } from '../src/share-register/share-event';

/** Incorporation of the example company. */
export const INCORPORATED = '2014-09-01';

/** An example CIC whose articles give any holder any number of shares (`articles` may say otherwise). */
export const exampleCompany = (articles: Partial<Company['articles']> = {}): Company => ({
  id: 'company-1', name: 'Example GP Care Group CIC', companyNumber: '09000001', incorporatedOn: calendarDate(INCORPORATED),
  registeredOffice: '1 Example Street, London E1 1AA',
  articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember: false, memberEligibility: 'any', ...articles },
});

/**
 * Share events for specs, each with the next event id (`e1`, `e2` …) and recorded at 09:00 on its date:
 * holders `Partners of <id>` at `<id> Surgery`, practice `practiceId` when given.
 */
export function shareEventFactory() {
  let next = 0;
  const base = (on: string) => ({ eventId: `e${++next}`, effectiveOn: calendarDate(on), recordedAt: instant(`${on}T09:00:00.000Z`) });
  return {
    holder: (memberId: string, practiceId: string | null = null): Holder => ({ memberId, name: `Partners of ${memberId}`, address: `${memberId} Surgery, London E1`, practiceId }),
    allot: (shareNumber: number, to: Holder, on = INCORPORATED): ShareAllotment => ({
      ...base(on), type: 'allotment', shareNumber, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100, holder: to,
    }),
    transfer: (shareNumber: number, fromMemberId: string, to: Holder, on: string): ShareTransfer => ({
      ...base(on), type: 'transfer', shareNumber, fromMemberId, to, lodgedOn: calendarDate(on),
    }),
    particulars: (memberId: string, on: string, name: string, address: string): ParticularsChange => ({ ...base(on), type: 'particulars-change', memberId, name, address }),
  };
}
