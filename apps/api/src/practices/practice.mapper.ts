import { isEligible, particularsOn, practiceAsAt, type CalendarDate, type ListedPractice } from '#domain';

/** A practice as the list shows it on `asAt` (`practiceAsAt`): the versions of its particulars and its closure by then. */
export function practiceView(listed: ListedPractice, asAt: CalendarDate, networkName: string | null) {
  const practice = practiceAsAt(listed, asAt);
  const now = particularsOn(practice, asAt);
  return {
    practiceId: practice.practiceId,
    odsCode: practice.odsCode,
    name: now.name,
    address: now.address,
    networkName,
    admittedOn: practice.admittedOn,
    eligible: isEligible(new Map([[practice.practiceId, practice]]), practice.practiceId, asAt),
    closedOn: practice.closure?.on ?? null,
    closureReason: practice.closure?.reason ?? null,
    successorPracticeId: practice.closure?.successorPracticeId ?? null,
    particulars: practice.particulars.map((v) => ({ from: v.from, name: v.name, address: v.address, recordedAt: v.recordedAt })),
  };
}
