import { checkNotice, type GeneralMeetingResolution, type GovernanceState, type Meeting } from '#domain';

/**
 * MT-1, s.307(4)–(6): what the minutes of a general meeting held at short notice say of it: the clear
 * days given and required, and the members who agreed (how many of those entitled to attend and vote,
 * and the nominal value of their shares as a whole percentage, rounded down, against the percentage
 * needed); or that no sufficient agreement is recorded. Null for a board meeting or one given full notice.
 */
export function shortNoticeWords(meeting: Meeting, state: GovernanceState): string | null {
  const item = meeting.resolutionIds.map((id) => state.resolutions.get(id)).find((r): r is GeneralMeetingResolution => r?.procedure === 'general-meeting');
  return item === undefined ? null : shortNoticeWordsOf(item);
}

/** The same words of one resolution put to a general meeting: its own notice and the agreements to it (the copy of it, its page). */
export function shortNoticeWordsOf(item: GeneralMeetingResolution): string | null {
  const notice = checkNotice(item);
  if (!notice.short) return null;
  const days = `${notice.clearDays} clear day${notice.clearDays === 1 ? '' : 's'} of the ${notice.required} required`;
  if (!notice.shortNoticeAgreed) return `Notice was short (${days}), and the members' agreement to short notice (s.307(4)–(6)) is not recorded`;
  const { agreed, entitled, agreedNominalPence, entitledNominalPence } = notice.agreement;
  const percent = Math.floor((agreedNominalPence * 100) / entitledNominalPence);
  return `Held at short notice (${days}), agreed by ${agreed} of the ${entitled} members entitled to attend and vote, holding ${percent}% in nominal value of their shares (s.307(4)–(6): a majority holding at least ${item.shortNoticePercent}%)`;
}
