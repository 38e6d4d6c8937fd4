import type { Request } from 'express';
import type { Caller } from '../auth/roles';

/** What a web session holds once signed in: the token's id and its holder, never the token itself. */
export interface WebUser {
  readonly tokenId: string;
  readonly name: string;
  readonly role: Caller['role'];
}

/**
 * What the ledger page shows of a "Verify now" (kept in the session until it is shown): whether the
 * ledger verifies, how many entries were read, the head (sequence and hash; null when the chain is
 * broken) and the problem in words (`problemOf`, ledger-head-check.ts).
 */
export interface VerificationSummary {
  readonly valid: boolean;
  readonly events: number;
  readonly headSequence: number | null;
  readonly headHash: string | null;
  readonly problem: string | null;
}

declare module 'express-session' {
  interface SessionData {
    user?: WebUser;
    /** Set when a session's token was revoked or expired: the sign-in page says so, once. */
    accessEnded?: boolean;
    /** A message shown once on the next page (e.g. "Transfer recorded"). */
    flash?: string;
    /** A link shown under the flash message (e.g. to record what a meeting called at short notice needs). */
    flashLink?: { href: string; text: string };
    /**
     * The outcome of "Verify now", shown once by the ledger page it redirects to (so a reload verifies
     * nothing again): whether the chain is intact, how many entries, the head, and the problem in words.
     */
    verification?: VerificationSummary;
    /** The ids of the token forms shown and not yet sent: each issues one token, so a form sent again (a reload) issues none. */
    tokenForms?: string[];
  }
}

/** A page request: the session, and the caller once the web guard has checked the session's token. */
export type WebRequest = Request & { caller?: Caller };

/** The idle time after which a session ends: each request made within it starts it again. */
export const SESSION_IDLE_MS = 30 * 60_000;

/** The session cookie's name. */
export const SESSION_COOKIE = 'cic.sid';
