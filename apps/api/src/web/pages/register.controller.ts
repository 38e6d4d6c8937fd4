import { Controller, Get, Param, Query, Render, Res } from '@nestjs/common';
import { PositiveIntegerParam } from '../../common/validation';
import { membersIndexWarning, type CalendarDate, type EntryStatus } from '#domain';
import type { Response } from 'express';
import { AppError } from '../../common/app-error';
import { send } from '../../reports/reports.controller';
import { ReportsService } from '../../reports/reports.service';
import { RegisterService } from '../../share-register/register.service';
import { entryKey, historyResponse, RegisterHistoryService } from '../../share-register/register-history.service';
import { ClosedPracticeShares } from '../../share-register/closed-practice-shares';
import { CentralRegisterElectionService } from '../../share-register/central-register-election.service';
import { MemberHistoryReader } from '../member-history';
import { certificatesHeldOn } from '../member-certificates';
import { CertificatesService } from '../../share-register/certificates.service';
import { today } from '../../common/today';
import { ResolutionsService } from '../../governance/resolutions.service';
import { asAtOf, WebCompany, WebPages } from '../web-page';
import { choiceOf, QueryTakes } from '../page-query';
import { inWords } from '../view-filters';

/** Entries on a page of the register. */
export const REGISTER_PAGE_SIZE = 50;
const STATUSES: readonly [EntryStatus, ...EntryStatus[]] = ['current', 'former', 'all'];

/** The address's `status`: `current` (the default), `former` or `all`; anything else is a 400 page naming it, as the API refuses it. */
function statusOf(value: unknown): EntryStatus {
  return choiceOf('status', value, STATUSES, 'the register shows current, former or all entries', 'Choose the entries to show');
}

/** The register of members (s.113) as at a date, a member's page, and the PDF and CSV downloads. */
@Controller('register')
@WebPages()
export class RegisterPagesController {
  constructor(
    private readonly company: WebCompany,
    private readonly register: RegisterService,
    private readonly reports: ReportsService,
    private readonly history: MemberHistoryReader,
    private readonly registerHistory: RegisterHistoryService,
    private readonly closedPractices: ClosedPracticeShares,
    private readonly resolutions: ResolutionsService,
    private readonly centralRegister: CentralRegisterElectionService,
    private readonly certificates: CertificatesService,
  ) {}

  /**
   * Paged from the projection, as the API pages it. A search by name (RM-1) keeps the entries a word of
   * whose name begins with the text, without accents, page after page.
   */
  @Get()
  @QueryTakes('asAt', 'status', 'name', 'cursor')
  @Render('register.njk')
  async list(@Query() query: Record<string, unknown>) {
    const companyId = await this.company.companyId();
    const asAt = asAtOf(query.asAt);
    const status = statusOf(query.status);
    const name = nameSearchOf(query.name);
    const given = cursorOf(query.cursor);
    let page;
    try {
      page = await this.register.read(companyId, { asAt, knownAt: null, status, limit: REGISTER_PAGE_SIZE, offset: 0, cursor: given, name });
    } catch (error) {
      // A cursor the register did not issue (an edited link): a 400 page naming it, never another page of the register instead.
      if (given !== null && error instanceof AppError && error.code === 'VALIDATION_FAILED') throw cursorRefused();
      throw error;
    }
    const entries = page.entries;
    const more = page.nextCursor !== null;
    // A former member's entry holds no share now: the shares it held, from the register's history (only when the page shows one).
    const formerShares = await this.formerShares(companyId, asAt, entries.filter((e) => e.ceasedOn !== null).map((e) => e.memberId));
    // SH-5: an entry whose practice has ceased and still holds its share, until the share leaves it: the day and the duty, after the page's "Practice ceased" tag.
    const ceased = await this.closedPractices.forEntries(companyId, entries, asAt, null);
    const practiceCeased = Object.fromEntries(
      [...ceased].map(([memberId, duties]) => [memberId, `${inWords(duties[0].ceasedOn)}: ${duties.map((d) => `share No. ${d.shareNumber} to be dealt with (${d.action}) by ${inWords(d.dueOn)}`).join('; ')}`]),
    );
    // SR-4: every entry voided by a correction, as the PDF lists it; IN-4 (s.120): the last alteration, a correction on the day it was recorded.
    const corrections = await this.reports.registerCorrections(companyId);
    const lastAlteration = await this.register.lastAlteration(companyId, asAt);
    // RM-7, EC-6: where the register of members' information is kept that day.
    const keptAt = await this.centralRegister.read(companyId, asAt);
    return {
      title: 'Register of members',
      asAt,
      corrections,
      lastAlteration,
      keptAt,
      status,
      name,
      entries,
      totals: page.totals,
      // RM-6 (s.115): more than 50 members need an index of their names.
      indexWarning: membersIndexWarning(page.totals.currentMembers),
      next: more ? { asAt, status, name, cursor: page.nextCursor } : null,
      paged: given !== null,
      formerShares,
      practiceCeased,
    };
  }

  /**
   * Entry key (member and date entered) → the shares a former entry held and when each left it, for the
   * former members on the page: folded from the ledger entries about them alone, so a page costs the
   * same at any size of register.
   */
  private async formerShares(companyId: string, asAt: CalendarDate, memberIds: string[]): Promise<Record<string, string>> {
    const entries = await this.registerHistory.forMembers(companyId, [...new Set(memberIds)], { asAt, status: 'former' });
    return Object.fromEntries(entries.map((e) => [entryKey(e), e.sharesHeld.map((h) => `share No. ${h.shareNumber}${h.disposedOn ? `, ${h.disposal} ${inWords(h.disposedOn)}` : ''}`).join('; ')]));
  }

  @Get('register-of-members.pdf')
  @QueryTakes('asAt')
  async pdf(@Query('asAt') asAt: unknown, @Res({ passthrough: true }) res: Response) {
    return send(res, await this.reports.registerOfMembers(await this.company.companyId(), asAtOf(asAt)));
  }

  /** With `bom=true`, a UTF-8 byte-order mark first, so that a spreadsheet reads every name's letters right. */
  @Get('register.csv')
  @QueryTakes('asAt', 'bom')
  async csv(@Query('asAt') asAt: unknown, @Query('bom') bom: unknown, @Res({ passthrough: true }) res: Response) {
    return send(res, await this.reports.registerCsv(await this.company.companyId(), asAtOf(asAt), { bom: bomOf(bom) }));
  }

  @Get('shares/:shareNumber/certificate.pdf')
  @QueryTakes()
  async certificate(@Param('shareNumber', PositiveIntegerParam) shareNumber: number, @Res({ passthrough: true }) res: Response) {
    return send(res, await this.reports.shareCertificate(await this.company.companyId(), shareNumber));
  }

  /** A member: each share's history, its certificate, the resolutions that authorised its changes and the corrections of its entries (SR-4). */
  @Get('members/:memberId')
  @QueryTakes('asAt')
  @Render('member.njk')
  async member(@Param('memberId') memberId: string, @Query('asAt') asAtQuery: unknown, @Res({ passthrough: true }) res: Response) {
    const asAt = asAtOf(asAtQuery);
    const member = await this.history.read(await this.company.companyId(), memberId, asAt);
    if (!member) return { title: 'Not yet a member', asAt, memberId, notYet: await this.enteredLater(memberId, asAt, res) };
    // SH-2: a share held that day links the certificate the member held for it then; the current holding's certificate (or its draft) only while the member still holds the share.
    const [companyId, now] = [await this.company.companyId(), today()];
    const current = asAt === now ? member : await this.history.read(companyId, memberId, now);
    const heldNow = new Set(current === null ? [] : [...current.shares.entries()].filter(([, lines]) => lines[lines.length - 1].what.endsWith('to')).map(([n]) => n));
    const certificateOf = certificatesHeldOn(await this.certificates.list(companyId), memberId, asAt);
    const shares = [...member.shares.entries()].map(([shareNumber, lines]) => {
      const held = lines[lines.length - 1].what.endsWith('to');
      return { shareNumber, lines, held, certificate: held ? (certificateOf.get(shareNumber) ?? null) : null, heldNow: held && heldNow.has(shareNumber) };
    });
    // Its entries on the register (a former member's too), each with the shares held and the particulars over time, as `include=history` gives them.
    const all = await this.registerHistory.read(await this.company.companyId(), { asAt, knownAt: null, status: 'all', limit: 100_000, offset: 0, cursor: null });
    const entries = all.entries.filter((e) => e.memberId === memberId).map((e) => ({ registeredOn: e.registeredOn, ceasedOn: e.ceasedOn, ...historyResponse(e) }));
    // Resolution id → its reference (`SR-2026-01`), so "authorised by" names the resolution as people know it.
    const references = Object.fromEntries((await this.resolutions.list(await this.company.companyId())).map((r) => [r.id, r.reference ?? null]));
    // SR-4: the corrections of entries about this member, the voided entry kept visible beside its correction.
    const corrections = (await this.reports.registerCorrections(await this.company.companyId())).filter((c) => c.memberIds.includes(memberId));
    return { title: member.name, asAt, member, shares, entries, references, corrections };
  }

  /**
   * RM-1: a member entered in the register after the day asked for: its name and the day it was
   * entered, for a 404 page that says so and links to that day. Throws `NOT_FOUND` for one never entered.
   */
  private async enteredLater(memberId: string, asAt: CalendarDate, res: Response): Promise<{ name: string; enteredOn: CalendarDate }> {
    const later = await this.history.read(await this.company.companyId(), memberId, '9999-12-31' as CalendarDate);
    if (!later) throw AppError.notFound('member', { memberId });
    const enteredOn = [...later.shares.values()].flat().filter((l) => l.what.endsWith('to')).map((l) => l.effectiveOn).sort()[0];
    if (enteredOn === undefined || enteredOn <= asAt) throw AppError.notFound('member', { memberId });
    res.status(404);
    return { name: later.name, enteredOn };
  }
}

/** The address's `cursor`: the register's own "Next page" link gives it; none when left out or empty; over 1000 characters is a 400 page naming it. */
function cursorOf(value: unknown): string | null {
  if (value === undefined || value === '') return null;
  if (typeof value === 'string' && value.length <= 1000) return value;
  throw cursorRefused();
}

/** The longest name search, as the API's `name` takes it. */
const MAX_NAME_SEARCH = 300;

/** The address's `name`, trimmed (none: ''); longer than a name may be, a 400 page naming it. */
function nameSearchOf(value: unknown): string {
  const name = typeof value === 'string' ? value.trim() : '';
  if (name.length <= MAX_NAME_SEARCH) return name;
  throw new AppError('VALIDATION_FAILED', 'the name searched for is too long', [
    { field: 'name', problems: [`The name searched for is ${name.length.toLocaleString('en-GB')} characters long: a name may be at most ${MAX_NAME_SEARCH}`] },
  ]);
}

/** A `cursor` the register did not give: a 400 page naming it. */
function cursorRefused(): AppError {
  return new AppError('VALIDATION_FAILED', 'the address names a page of the register the register did not give', [
    { field: 'cursor', problems: ["The page of the register in the address (cursor) is not one the register gave: follow the register's own page links, or open the register from its first page"] },
  ]);
}

/** The address's `bom`: `true` or `false` (left out: false), as the API takes it; anything else is a 400 naming it. */
function bomOf(value: unknown): boolean {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  throw new AppError('VALIDATION_FAILED', 'the address asks for a byte-order mark with neither true nor false', [{ field: 'bom', problems: ['bom must be true or false'] }]);
}
