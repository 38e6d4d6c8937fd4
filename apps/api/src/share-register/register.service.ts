import { Inject, Injectable } from '@nestjs/common';
import { calendarDate, compareDates, dateOfInstant, instant, lodgedTransfers, nameHasWordStarting, nameKey, registerOfMembers, transfersUndecidedOn, type CalendarDate, type LodgedTransferEvent, type EntryStatus, type Instant, type MemberNames, type RegisterEntry } from '#domain';
import { AppError } from '../common/app-error';
import { isStorableCalendarDate } from '../common/is-calendar-date';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Em, Orm } from '../database/orm';
import { Ledger } from '../ledger/ledger';
import { shareRegisterFamily } from '../ledger/codecs/share-register.codec';
import { lodgedTransfersFamily, shareCorrectionsFamily } from '../ledger/codecs/share-records.codec';
import { shareCorrections, shareEventsInForce } from '../ledger/share-events-in-force';
import type { RegisterCursor } from './register.store';
import { RegisterStore } from './register.store';

export interface RegisterView {
  readonly asAt: CalendarDate;
  readonly knownAt: Instant | null;
  readonly status: EntryStatus;
  readonly limit: number;
  readonly offset: number;
  readonly cursor: string | null;
  /** RM-1: only the entries a word of whose name begins with this, without accents (`nameHasWordStarting`); null or empty for all. */
  readonly name?: string | null;
}

/**
 * IN-4 (s.120): the day of the last alteration of the register on or before a day (null when there is
 * none), and whether alterations dated after that day are recorded (`pending`).
 */
export interface RegisterAlteration {
  readonly on: CalendarDate | null;
  readonly pending: boolean;
}

export interface RegisterPage {
  readonly asAt: CalendarDate;
  readonly knownAt: Instant | null;
  readonly status: EntryStatus;
  readonly entries: readonly RegisterEntry[];
  readonly totals: { issuedShares: number; currentMembers: number };
  readonly nextCursor: string | null;
}

/**
 * The register of members as at a date. Read from the projection; when asked how it stood at an
 * earlier instant, folded from the ledger entries recorded by then.
 */
@Injectable()
export class RegisterService {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly companies: CompaniesService,
    private readonly store: RegisterStore,
    private readonly ledger: Ledger,
  ) {}

  read(companyId: string, view: RegisterView): Promise<RegisterPage> {
    const after = view.cursor === null ? null : decodeCursor(view.cursor);
    return this.orm.em.fork().transactional(
      async (em) => {
        const company = await this.companies.get(companyId, em);
        const shareKinds = [
          ...(['allotment', 'transfer', 'cancellation', 'particulars-change'] as const).map((t) => shareRegisterFamily.kindOf(t)),
          shareCorrectionsFamily.kindOf('correction'),
        ];
        const lastShareEntry = await this.ledger.lastRecordedAt(em, companyId, shareKinds);
        const knownEarlier = view.knownAt !== null && lastShareEntry !== null && view.knownAt < lastShareEntry;
        if (knownEarlier) return this.foldedPage(em, company.id, company, view, after);
        const { latest, ...totals } = await this.store.totals(em, companyId, view.asAt);
        const shownNow = latest === null || compareDates(view.asAt, latest) >= 0;
        const { entries, last } = await this.store.page(em, companyId, { ...view, after, shownNow });
        return { ...header(view), entries, totals, nextCursor: entries.length === view.limit && last ? encodeCursor(last) : null };
      },
      { isolationLevel: 'repeatable read', readOnly: true },
    );
  }

  /** The members on the register at the end of `on`, with their shares: the snapshot a resolution keeps. */
  async membersAsAt(em: Em, companyId: string, on: CalendarDate): Promise<readonly RegisterEntry[]> {
    const page = await this.store.page(em, companyId, { asAt: on, status: 'current', limit: 1_000_000, offset: 0, after: null });
    return page.entries;
  }

  /** The shares in issue at the end of `on` (a calendar date), on the register as it stands: read inside `em`'s transaction. */
  async issuedSharesOn(em: Em, companyId: string, on: CalendarDate): Promise<number> {
    return (await this.store.totals(em, companyId, on)).issuedShares;
  }

  /** Each of `memberIds` by the name the register last gave them, for a refusal that names a member the resolution does not list. */
  async memberNames(em: Em, companyId: string, memberIds: readonly string[]): Promise<MemberNames> {
    const names = await this.store.namesOf(em, companyId, [...new Set(memberIds)]);
    return (memberId) => names.get(memberId);
  }

  /**
   * IN-4 (s.120): the last alteration of the register on or before `on`, and whether further alterations
   * were still to be made at the end of that day. An alteration is a share entry, on its effective date,
   * or a correcting entry (SR-4), on the day it was recorded in England: a correction entered today of an
   * old entry alters the register today. Pending are a correction of the register as it stood at the end
   * of `on`, recorded on a later day (`RegisterStore.correctedAfter`), and a transfer lodged by `on` and
   * neither registered nor refused by then (`transfersUndecidedOn`); share entries taking effect after
   * `on` are not pending on `on`.
   */
  async lastAlteration(companyId: string, on: CalendarDate, em: Em = this.orm.em.fork()): Promise<RegisterAlteration> {
    const last = await this.store.lastEffectiveOnOrBefore(em, companyId, on);
    const corrected = (await shareCorrections(this.ledger, em, companyId)).map((c) => c.effectiveOn);
    const lastCorrected = corrected.filter((d) => d <= on).sort().pop() ?? null;
    const lodged: LodgedTransferEvent[] = [];
    for await (const e of this.ledger.events(em, companyId, lodgedTransfersFamily)) lodged.push(e);
    return {
      on: last === null || (lastCorrected !== null && lastCorrected > last) ? lastCorrected : last,
      pending: transfersUndecidedOn(lodgedTransfers(lodged).values(), on).length > 0 || (await this.store.correctedAfter(em, companyId, on)),
    };
  }

  /** Every entry of the register as at `asAt` (status all), in register order, a batch per query. */
  async *entries(em: Em, companyId: string, asAt: CalendarDate, batch: number): AsyncGenerator<RegisterEntry> {
    let after: RegisterCursor | null = null;
    for (;;) {
      const page = await this.store.page(em, companyId, { asAt, status: 'all', limit: batch, offset: 0, after });
      yield* page.entries;
      if (page.entries.length < batch || page.last === null) return;
      after = page.last;
    }
  }

  private async foldedPage(
    em: Em,
    companyId: string,
    company: Awaited<ReturnType<CompaniesService['get']>>,
    view: RegisterView,
    after: RegisterCursor | null,
  ): Promise<RegisterPage> {
    const events = await shareEventsInForce(this.ledger, em, companyId, view.knownAt!);
    const whole = registerOfMembers(company, events, view);
    const register = view.name ? { ...whole, entries: whole.entries.filter((e) => nameHasWordStarting(e.name, view.name!)) } : whole;
    // From the cursor's own key on, skipping the entries with that key already returned (as RegisterStore.page).
    const from = after === null ? 0 : register.entries.findIndex((e) => compareWithCursor(e, after) > (after.tied === null ? 0 : -1));
    const start = from < 0 ? register.entries.length : from + (after?.tied ?? 0) + view.offset;
    const entries = register.entries.slice(start, start + view.limit);
    const last = entries[entries.length - 1];
    const cursor = last && { nameKey: nameKey(last.name), memberId: last.memberId, registeredOn: last.registeredOn, tied: null };
    const tied = cursor ? register.entries.slice(0, start + entries.length).filter((e) => compareWithCursor(e, cursor) === 0).length : 0;
    const nextCursor = entries.length === view.limit && cursor ? encodeCursor({ ...cursor, tied }) : null;
    return { ...header(view), entries, totals: register.totals, nextCursor };
  }
}

function header(view: RegisterView) {
  return { asAt: view.asAt, knownAt: view.knownAt, status: view.status };
}

/** Where an entry comes in register order relative to the cursor's key: negative before, 0 the same key, positive after. */
function compareWithCursor(entry: RegisterEntry, cursor: RegisterCursor): number {
  const key = nameKey(entry.name);
  if (key !== cursor.nameKey) return key > cursor.nameKey ? 1 : -1;
  if (entry.memberId !== cursor.memberId) return entry.memberId > cursor.memberId ? 1 : -1;
  return compareDates(entry.registeredOn, calendarDate(cursor.registeredOn));
}

function encodeCursor(cursor: RegisterCursor): string {
  return Buffer.from(JSON.stringify([cursor.nameKey, cursor.memberId, cursor.registeredOn, cursor.tied]), 'utf8').toString('base64url');
}

function decodeCursor(text: string): RegisterCursor {
  try {
    const [key, memberId, registeredOn, tied = null] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    const tiedOk = tied === null || (Number.isSafeInteger(tied) && (tied as number) >= 0);
    if (typeof key === 'string' && typeof memberId === 'string' && typeof registeredOn === 'string' && isStorableCalendarDate(registeredOn) && tiedOk) {
      return { nameKey: key, memberId, registeredOn, tied: tied as number | null };
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError('VALIDATION_FAILED', 'the cursor is not one this service issued', [{ field: 'cursor', problems: ['unrecognised cursor'] }]);
}
