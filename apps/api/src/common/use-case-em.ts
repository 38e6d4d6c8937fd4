import type { Em, Orm } from '../database/orm';

/**
 * The EntityManager a use case starts from: a fresh fork, which joins the transaction of an outer
 * caller when there is one (its `transactional` then runs as a savepoint of it). Only the first-start
 * seed opens such a transaction, so that the whole company is recorded or nothing is.
 */
export function useCaseEm(orm: Orm): Em {
  return orm.em.fork({ keepTransactionContext: true });
}
