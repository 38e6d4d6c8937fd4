import { checkNotice, type GeneralMeetingResolution, type Resolution } from '#domain';
import { AppError } from '../../common/app-error';
import { RecordShortNoticeAgreementDto } from '../../governance/dto/respond.dto';
import type { MeetingRecord } from '../../governance/meetings.service';
import { asDto, filled, type FieldError } from '../web-page';
import { FormProblems, many, type Form } from './attendance-form';

/**
 * MT-1, MT-2 (s.307, s.360): a general meeting's notice when shorter than the articles' clear days:
 * the clear days it gives and needs, the short-notice percentage (90% unless the articles say up to
 * 95%), whether members' agreement makes it valid for every item, the members entitled to attend and
 * vote when it was called (who may agree; the meeting page offers the register on the meeting day
 * instead, s.307(6)) and the names of those who agreed; null for a board meeting or enough notice.
 */
export function shortNoticeOf({ meeting, state }: MeetingRecord) {
  const items = meeting.resolutionIds.map((id) => state.resolutions.get(id)).filter((r): r is GeneralMeetingResolution & Resolution => r?.procedure === 'general-meeting');
  const first = items.find((r) => checkNotice(r).short);
  if (first === undefined) return null;
  const notice = checkNotice(first);
  return {
    meetingOn: first.meetingOn,
    clearDays: notice.clearDays,
    required: notice.required,
    percent: first.shortNoticePercent,
    agreed: items.every((r) => checkNotice(r).valid),
    eligible: first.entitled.map((m) => ({ id: m.memberId, name: m.name })),
    agreedBy: first.entitled.filter((m) => first.shortNoticeAgreedBy.includes(m.memberId)).map((m) => m.name),
  };
}

/** The success words of a meeting called at short notice (MT-1): the clear days given and needed, and what the items need to pass. */
export function shortNoticeWarning(notice: NonNullable<ReturnType<typeof shortNoticeOf>>): string {
  return (
    `The notice is short: it gives ${notice.clearDays} clear day${notice.clearDays === 1 ? '' : 's'} and ${notice.required} are needed (s.307, s.360). ` +
    `The items cannot pass unless a majority of the members, holding at least ${notice.percent}% of the shares, agree to short notice.`
  );
}

/**
 * The members' agreements to short notice the form names: each member ticked, with the day that
 * member agreed (`agreedOn-<memberId>`). Throws {@link FormProblems}, nothing recorded: 400 for a
 * member the form does not offer (a forged value); 422 for a ticked member without a real day,
 * beside that member's day (`short-agreedOn-1`…).
 */
export async function agreementsOfForm(f: Form, eligible: readonly { id: string; name: string }[]): Promise<RecordShortNoticeAgreementDto[]> {
  const ticked = many(f.memberId);
  if (ticked.some((id) => !eligible.some((m) => m.id === id))) {
    throw new FormProblems([{ field: 'short-members', text: 'Choose only members on the list: those entitled to attend and vote at the meeting', href: '#short-members' }], 400);
  }
  const problems: FieldError[] = [];
  const agreements: RecordShortNoticeAgreementDto[] = [];
  for (const memberId of ticked) {
    const place = eligible.findIndex((m) => m.id === memberId);
    const field = `short-agreedOn-${place + 1}`;
    const day = f[`agreedOn-${memberId}`];
    const agreedOn = filled(Array.isArray(day) ? day[0] : day);
    try {
      agreements.push(await asDto(RecordShortNoticeAgreementDto, { memberId, agreedOn }));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const what = agreedOn === undefined ? 'Enter the day' : 'Enter a real day, such as 3 May 2024, for the day';
      problems.push({ field, text: `${what} ${eligible[place]!.name} agreed to short notice`, href: `#${field}` });
    }
  }
  if (problems.length) throw new FormProblems(problems);
  return agreements;
}

/** The short-notice form's members with what was sent (a refused form shows every tick and day again). */
export function shortNoticeForm(notice: ReturnType<typeof shortNoticeOf>, sent: Form) {
  if (notice === null) return null;
  const ticked = new Set(many(sent.memberId));
  const dayOf = (id: string) => {
    const day = sent[`agreedOn-${id}`];
    return (Array.isArray(day) ? day[0] : day) ?? '';
  };
  return {
    ...notice,
    noticeWords: `${notice.clearDays} clear day${notice.clearDays === 1 ? '' : 's'} given, ${notice.required} needed`,
    members: notice.eligible.map((m) => ({ ...m, checked: ticked.has(m.id), agreedOn: dayOf(m.id) })),
  };
}
