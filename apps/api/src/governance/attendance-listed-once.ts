import { DomainError, type Attendance } from '#domain';

/**
 * Refuses the same person listed twice in one request (the same director, or the same member the same
 * way: in person, or by the same proxy or representative, names compared ignoring case) with the
 * refusal of a person recorded twice, `ATTENDANCE_ALREADY_RECORDED` (409), saying they are listed twice
 * in this attendance and where (1 = first). `listed` keeps each person's first place in the list.
 */
export function listedOnce(listed: Map<string, number>, meetingId: string, attendance: Attendance, i: number): void {
  const key = attendance.as === 'director' ? `director:${attendance.directorId}` : `${attendance.member.memberId}:${attendance.capacity}:${attendance.actingName?.trim().toLowerCase() ?? ''}`;
  const first = listed.get(key);
  if (first === undefined) return void listed.set(key, i);
  const name = attendance.as === 'director' ? attendance.name : attendance.member.name;
  const how = attendance.as === 'member' && attendance.capacity !== 'in-person' ? ` by ${attendance.capacity === 'proxy' ? 'proxy' : 'corporate representative'} ${attendance.actingName ?? ''}`.trimEnd() : '';
  throw new DomainError('ATTENDANCE_ALREADY_RECORDED', { text: '{who} is listed twice as present{how} in this attendance ({first} and {then} in the list); list each person once' }, {
    meetingId,
    ...(attendance.as === 'director' ? { directorId: attendance.directorId } : { memberId: attendance.member.memberId }),
    who: name, how, first: first + 1, then: i + 1,
  });
}
