import type { CalendarDate, Resolution } from '#domain';
import { AppError } from '../common/app-error';
import type { ProposeResolutionDto } from './dto/propose-resolution.dto';

/** The fields each kind and procedure of resolution takes, beyond kind, procedure, text and authorises. */
const FIELDS: Record<string, readonly (keyof ProposeResolutionDto)[]> = {
  'board-meeting': ['meetingOn', 'chairDirectorId'],
  'board-written': ['circulatedOn'],
  'members-meeting': ['type', 'matter', 'mustBeFiled', 'noticeGivenOn', 'noticeSentOn', 'noticeSentBy', 'meetingOn', 'voting', 'chairMemberId', 'chairName', 'specialNoticeReceivedOn', 'contractDisclosedOn'],
  'members-written': ['type', 'matter', 'mustBeFiled', 'circulatedOn', 'contractDisclosedOn'],
};
const OPTIONAL_FIELDS: readonly (keyof ProposeResolutionDto)[] = ['type', 'matter', 'mustBeFiled', 'noticeGivenOn', 'noticeSentOn', 'noticeSentBy', 'meetingOn', 'voting', 'circulatedOn', 'chairDirectorId', 'chairMemberId', 'chairName', 'specialNoticeReceivedOn', 'contractDisclosedOn'];

/**
 * The dates a proposal may carry, each checked against the day of incorporation, with what it dates;
 * `done`: the act is recorded as done (circulating a resolution, giving notice), so it is not dated
 * after today either (a meeting may be).
 */
export const DATED = [
  { field: 'meetingOn', what: 'the meeting', done: false },
  { field: 'noticeGivenOn', what: 'the notice of the meeting', done: true },
  { field: 'noticeSentOn', what: 'the sending of the notice', done: true },
  { field: 'circulatedOn', what: 'the circulation of the resolution', done: true },
] as const;

/** Why a field is given only with some members' resolutions, where the law says so: said when it is given with another. */
const ONLY_BECAUSE: Readonly<Partial<Record<string, string>>> = {
  contractDisclosedOn: "Only a members' resolution approving a buy-back gives the day its contract was disclosed to members (s.696).",
  specialNoticeReceivedOn: "Special notice (s.312) is given of a members' resolution to be moved at a general meeting.",
};

/**
 * Refuses a field given where it does not belong (400 VALIDATION_FAILED naming `path`): "`field` does
 * not apply to `where`", and why, for a field the law gives to some members' resolutions only.
 */
export function notApplicable(path: string, where: string): never {
  const field = path.split('.').at(-1) ?? path;
  const because = ONLY_BECAUSE[field];
  invalid(path, `${field} does not apply to ${where}${because === undefined ? '' : `. ${because}`}`);
}

/** Refuses a field that does not belong to the resolution's kind and procedure, rather than ignore it. */
export function onlyFieldsOf(dto: ProposeResolutionDto): void {
  const allowed = FIELDS[`${dto.kind}-${dto.procedure}`];
  const stray = OPTIONAL_FIELDS.find((f) => dto[f] !== undefined && !allowed.includes(f));
  if (stray) notApplicable(stray, `${dto.kind === 'board' ? 'a board resolution' : "a members' resolution"} ${dto.procedure === 'written' ? 'in writing' : 'at a meeting'}`);
}

/** Who responds to a resolution, by the field the request named them in. */
export interface Voter {
  readonly id: string;
  readonly field: 'memberId' | 'directorId';
}

export function voter(dto: { memberId?: string; directorId?: string }): Voter {
  if ((dto.memberId === undefined) === (dto.directorId === undefined)) {
    invalid('memberId', 'give exactly one of memberId (members’ resolutions) or directorId (board resolutions)');
  }
  return dto.memberId !== undefined ? { id: dto.memberId, field: 'memberId' } : { id: dto.directorId!, field: 'directorId' };
}

/** A board resolution is decided by directors, a members' by members: the other field is refused, naming it (400 VALIDATION_FAILED). */
export function checkVoterField(resolution: Resolution | undefined, given: Voter['field']): void {
  if (resolution === undefined) return;
  const board = resolution.procedure === 'board-meeting' || resolution.procedure === 'board-written';
  if (board && given === 'memberId') invalid('memberId', 'this is a resolution of the directors: name the director by directorId, not memberId');
  if (!board && given === 'directorId') invalid('directorId', 'this is a resolution of the members: name the member by memberId, not directorId');
}

export function required<T>(value: T | undefined, field: string): T {
  if (value === undefined) invalid(field, `${field} is needed for this kind and procedure of resolution`);
  return value;
}

export function requiredDate(value: CalendarDate | undefined, field: string): CalendarDate {
  return required(value, field);
}

export function invalid(field: string, problem: string): never {
  throw new AppError('VALIDATION_FAILED', problem, [{ field, problems: [problem] }]);
}
