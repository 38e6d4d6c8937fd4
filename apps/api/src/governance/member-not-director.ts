import { DomainError, type RegisterOfDirectors } from '#domain';
import type { Em } from '../database/orm';
import type { RegisterService } from '../share-register/register.service';

/**
 * `error` as it should be thrown: a `DIRECTOR_NOT_ON_BOARD` (422) for an id that names no director on
 * the register of directors but a member on the register of members (a member's id given as
 * `directorId`, for an attendee, a voter or a chair) says so and names the member, with `memberId` and
 * the `member`'s name in its details; any other error is returned as it is. Read inside the company's write (`em`).
 */
export async function memberNotDirector(error: unknown, register: Pick<RegisterService, 'memberNames'>, em: Em, companyId: string, directors: RegisterOfDirectors): Promise<unknown> {
  if (!(error instanceof DomainError) || error.code !== 'DIRECTOR_NOT_ON_BOARD') return error;
  const details = (error.details ?? {}) as Record<string, unknown>;
  const id = details.directorId;
  if (typeof id !== 'string' || directors.some((term) => term.directorId === id)) return error;
  const name = (await register.memberNames(em, companyId, [id]))(id);
  if (name === undefined) return error;
  return new DomainError('DIRECTOR_NOT_ON_BOARD', { text: '{member} is a member, not a director: {memberId} is the id of a member on the register of members; give the id of a director on the board' }, {
    ...details,
    memberId: id,
    member: name,
  });
}

/**
 * `work()`, with the `DIRECTOR_NOT_ON_BOARD` it throws for the id of a member turned into the refusal
 * naming that member ({@link memberNotDirector}); anything else it throws passes unchanged.
 */
export async function namingMembers<T>(work: () => T | Promise<T>, register: RegisterService, em: Em, companyId: string, directors: RegisterOfDirectors): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw await memberNotDirector(error, register, em, companyId, directors);
  }
}
