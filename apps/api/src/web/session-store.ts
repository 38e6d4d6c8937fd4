import { Store, type SessionData } from 'express-session';
import type { Orm } from '../database/orm';

/** How often, at most, a write also deletes the sessions that have expired. */
const PRUNE_EVERY_MS = 10 * 60_000;

type Callback<T = void> = (error?: unknown, value?: T) => void;

/**
 * express-session's store in the `web_session` table, so that instances behind one address share
 * sessions and a restart signs nobody out. A session past its expiry is never returned; expired rows
 * are deleted now and then by a write.
 */
export class DatabaseSessionStore extends Store {
  private lastPrune = 0;

  constructor(
    private readonly orm: Orm,
    private readonly idleMs: number,
  ) {
    super();
  }

  override get(sid: string, callback: Callback<SessionData | null>): void {
    this.run(async () => {
      const rows = await this.orm.em.fork().execute<{ data: SessionData | string }[]>(
        `select data from web_session where sid = ? and expires_at > now()`,
        [sid],
      );
      const data = rows[0]?.data;
      return data === undefined ? null : typeof data === 'string' ? (JSON.parse(data) as SessionData) : data;
    }, callback);
  }

  override set(sid: string, session: SessionData, callback?: Callback): void {
    this.run(async () => {
      await this.orm.em.fork().execute(
        `insert into web_session (sid, data, expires_at) values (?, ?::jsonb, ?)
         on conflict (sid) do update set data = excluded.data, expires_at = excluded.expires_at`,
        [sid, JSON.stringify(session), this.expiry(session)],
      );
      await this.pruneNowAndThen();
    }, callback);
  }

  override touch(sid: string, session: SessionData, callback?: Callback): void {
    this.run(async () => {
      await this.orm.em.fork().execute(`update web_session set expires_at = ? where sid = ?`, [this.expiry(session), sid]);
    }, callback);
  }

  override destroy(sid: string, callback?: Callback): void {
    this.run(async () => {
      await this.orm.em.fork().execute(`delete from web_session where sid = ?`, [sid]);
    }, callback);
  }

  private expiry(session: SessionData): Date {
    const expires = session.cookie?.expires;
    return expires ? new Date(expires) : new Date(Date.now() + this.idleMs);
  }

  private async pruneNowAndThen(): Promise<void> {
    if (Date.now() - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = Date.now();
    await this.orm.em.fork().execute(`delete from web_session where expires_at <= now()`);
  }

  private run<T>(work: () => Promise<T>, callback?: Callback<T>): void {
    work().then(
      (value) => callback?.(undefined, value),
      (error: unknown) => callback?.(error),
    );
  }
}
