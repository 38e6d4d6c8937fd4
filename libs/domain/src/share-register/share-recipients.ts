import type { CalendarDate } from '../calendar/calendar-date';
import { isEligible, type ListedPractice, type PracticeList } from './practice-events';
import type { ShareRegister } from './share-register';

/**
 * SH-5: the practices that may receive a share on `on`, by allotment or by transfer, in the list's
 * order: those eligible that day (on the list by then and not ceased, as `checkPracticeEligible`
 * requires) that are not already entered on the register holding a share (`PRACTICE_ALREADY_A_MEMBER`:
 * at most one share a practice). `register`: the register of members as at the end of `on`.
 */
export function practicesThatMayReceiveAShare(list: PracticeList, register: ShareRegister, on: CalendarDate): ListedPractice[] {
  return [...list.values()].filter((p) => isEligible(list, p.practiceId, on) && register.practiceMember(p.practiceId) === undefined);
}

/**
 * The practices on the borough's list on `on` (a calendar date), eligible to hold a share that day
 * (RM-1), whether their member holds one or not: those a corrected entry (SR-4) may name.
 */
export function practicesEligibleOn(list: PracticeList, on: CalendarDate): ListedPractice[] {
  return [...list.values()].filter((p) => isEligible(list, p.practiceId, on));
}
