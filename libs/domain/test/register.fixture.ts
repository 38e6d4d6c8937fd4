import { calendarDate } from '../src/calendar/calendar-date';
import type { RegisterEntry } from '../src/share-register/register-of-members';

/** Member `m<n>`, a synthetic practice registered at incorporation holding share `n`. */
export const syntheticEntry = (n: number): RegisterEntry => ({
  memberId: `m${n}`,
  name: `Synthetic Practice ${n}`,
  address: `${n} Road, London E1`,
  registeredOn: calendarDate('2014-09-01'),
  ceasedOn: null,
  shares: [{ shareNumber: n, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100 }],
});

/** Four such members, holding shares 1 to 4. */
export const SYNTHETIC_REGISTER: readonly RegisterEntry[] = [1, 2, 3, 4].map(syntheticEntry);
