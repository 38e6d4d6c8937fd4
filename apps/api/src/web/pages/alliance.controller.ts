import { Controller, Get, Param, Post, Query, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { DomainError, type CalendarDate, type ServiceContract } from '#domain';
import type { Response } from 'express';
import { Roles } from '../../auth/roles';
import { NetworksService } from '../../alliance/networks.service';
import { OrganisationsService } from '../../alliance/organisations.service';
import { PartnershipsService } from '../../alliance/partnerships.service';
import { ServiceContractsService } from '../../alliance/service-contracts.service';
import { commissionerHistory, serviceContractResponse } from '../../alliance/alliance.mapper';
import { CompaniesService } from '../../companies/companies.service';
import { ReportsService } from '../../reports/reports.service';
import { send } from '../../reports/reports.controller';
import { TupeStaffService } from '../../tupe/tupe-staff.service';
import { TupeTransfersService } from '../../tupe/tupe-transfers.service';
import { csrf, refusedForm } from '../configure-web';
import { asAtOf, refusalErrors, WebCompany, WebPages, type FieldError } from '../web-page';
import { FormFields, refuseUnexpectedFields } from '../form-fields';
import type { WebRequest } from '../web-session';
import { inWords } from '../view-filters';
import { STAFF_LIST_COLUMN_WORDS, staffListProblem } from '../staff-list-words';
import { claimInWords } from './tupe-claim-words';
import { QueryTakes } from '../page-query';


/** The staff-list upload's fields (tupe-transfer.njk): the file, read by multer, not a text field. */
const STAFF_LIST_FIELDS = ['staffList'];
/** The largest staff-list file accepted, as for the API's text/csv body. */
const MAX_STAFF_LIST_BYTES = 5 * 1024 * 1024;

/** Alliance, networks, contracts and TUPE transfers as at a date; a transfer's findings and staff list. */
@Controller('alliance')
@WebPages()
export class AlliancePagesController {
  constructor(
    private readonly company: WebCompany,
    private readonly companies: CompaniesService,
    private readonly organisations: OrganisationsService,
    private readonly partnerships: PartnershipsService,
    private readonly contracts: ServiceContractsService,
    private readonly networks: NetworksService,
    private readonly transfers: TupeTransfersService,
    private readonly staff: TupeStaffService,
    private readonly reports: ReportsService,
  ) {}

  @Get()
  @QueryTakes('asAt')
  async page(@Query('asAt') asAtQuery: unknown, @Res() res: Response): Promise<void> {
    const companyId = await this.company.companyId();
    const asAt = asAtOf(asAtQuery);
    const names = await this.names(companyId);
    const practices = new Map((await this.companies.practices(companyId)).map((p) => [p.id, p.name]));
    res.render('alliance.njk', {
      title: 'Alliance, networks, contracts and TUPE',
      asAt,
      partnerships: await this.partnerships.list(companyId, asAt),
      contracts: (await this.contracts.list(companyId, asAt)).map((c) => contractRow(c, asAt, names)),
      networks: (await this.networks.asAt(companyId, asAt)).networks.map((n) => ({ ...n, practices: n.practiceIds.map((id) => practices.get(id) ?? id) })),
      transfers: await Promise.all((await this.transfers.list(companyId, asAt)).map(async (t) => ({ ...t, title: await this.transferTitle(companyId, t), transferor: names.get(t.transferorId) ?? t.transferorId, transferee: names.get(t.transfereeId) ?? t.transfereeId }))),
    });
  }

  /** The alliance report as at the page's day (the PDF `GET /api/…/reports/alliance.pdf` gives), for every role: totals only, no employee's personal data. */
  @Get('alliance.pdf')
  @QueryTakes('asAt')
  async pdf(@Query('asAt') asAt: unknown, @Res({ passthrough: true }) res: Response) {
    return send(res, await this.reports.allianceReport(await this.company.companyId(), asAtOf(asAt)));
  }

  /** A TUPE transfer: totals, findings and the claims they open for every role; the staff list as the role may see it (TupeStaffService decides). */
  @Get('tupe/:transferId')
  @QueryTakes('asAt')
  async transfer(@Param('transferId') transferId: string, @Query('asAt') asAtQuery: unknown, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    res.render('tupe-transfer.njk', await this.transferView(transferId, asAtOf(asAtQuery), req, []));
  }

  /**
   * The transferor's staff list as a CSV file, imported by the same service as the API's: every bad
   * row is listed and nothing is saved until the whole file is right. Multipart bodies are read here,
   * so the CSRF token is checked here too.
   */
  @Post('tupe/:transferId/staff-list')
  @Roles('secretary')
  @FormFields(...STAFF_LIST_FIELDS)
  @UseInterceptors(FileInterceptor('staffList', { limits: { fileSize: MAX_STAFF_LIST_BYTES, files: 1 } }))
  async upload(
    @Param('transferId') transferId: string,
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @Req() req: WebRequest,
    @Res() res: Response,
  ): Promise<void> {
    if (!csrf.isRequestValid(req)) return refusedForm(req, res);
    // The form's one field is the file (multer refuses a file under another name); it sends no other text field.
    refuseUnexpectedFields(req.body, STAFF_LIST_FIELDS);
    const companyId = await this.company.companyId();
    const asAt = asAtOf(undefined);
    const read = staffListText(file?.buffer);
    if (typeof read !== 'string') {
      const errors = [{ field: 'staffList', text: read.problem, href: '#staffList' }];
      return res.status(422).render('tupe-transfer.njk', await this.transferView(transferId, asAt, req, errors));
    }
    const text = read;
    try {
      const result = await this.staff.import(companyId, transferId, { format: 'csv', text }, req.caller!);
      req.session.flash = result.ledger === null ? 'The staff list is the same as the one already recorded: nothing changed.' : 'Staff list imported.';
      res.redirect(303, `/alliance/tupe/${encodeURIComponent(transferId)}`);
    } catch (error) {
      const rows = error instanceof DomainError && error.code === 'STAFF_LIST_INVALID' ? ((error.details?.errors ?? []) as { row: number; field: string; problem: string }[]) : [];
      const errors: FieldError[] = rows.length
        ? rows.map((r) => ({ field: 'staffList', text: staffListProblem(r), href: '#staffList' }))
        : refusalErrors(error, {}, 'staffList');
      res.status(422).render('tupe-transfer.njk', await this.transferView(transferId, asAt, req, errors));
    }
  }

  private async transferView(transferId: string, asAt: CalendarDate, req: WebRequest, errors: FieldError[]) {
    const companyId = await this.company.companyId();
    const names = await this.names(companyId);
    const t = await this.transfers.get(companyId, transferId, asAt, req.caller!.role);
    const staff = await this.staff.employees(companyId, transferId, req.caller!.role, asAt);
    const parties = { companyId, transferorId: t.transferorId, transfereeId: t.transfereeId, names };
    return {
      claims: t.claims.map((c) => claimInWords(c, parties)),
      title: `TUPE transfer: ${await this.transferTitle(companyId, t)}`,
      asAt,
      t,
      transferor: names.get(t.transferorId) ?? t.transferorId,
      transferee: names.get(t.transfereeId) ?? t.transfereeId,
      staff,
      columns: STAFF_LIST_COLUMN_WORDS,
      errors,
      fieldErrors: errors.length ? { staffList: { text: errors.length === 1 ? errors[0].text : `${errors.length} problems: see the list at the top of the page` } } : {},
    };
  }

  /** A transfer in words: the service contract it belongs to (or the transferor) and its date, not its id. */
  private async transferTitle(companyId: string, t: { serviceContractId: string | null; transferorId: string; transferDate: string }): Promise<string> {
    const contract = t.serviceContractId === null ? undefined : (await this.contracts.list(companyId, undefined)).find((c) => c.id === t.serviceContractId);
    const what = contract?.name ?? `Staff from ${(await this.names(companyId)).get(t.transferorId) ?? 'the transferor'}`;
    return `${what}, ${inWords(t.transferDate)}`;
  }

  private async names(companyId: string): Promise<Map<string, string>> {
    return new Map((await this.organisations.list(companyId)).map((o) => [o.id, o.name]));
  }
}

const NOT_UTF8 = 'The file chosen is not a CSV file in UTF-8: in the spreadsheet, save the staff list as “CSV UTF-8 (Comma delimited)” and choose that file';

/**
 * The text of an uploaded staff list in Unicode NFC, or the problem to show beside the field: no file, an empty
 * file, or one that is not UTF-8 text (a spreadsheet's "Unicode text" is UTF-16; a workbook is binary).
 */
export function staffListText(buffer: Buffer | undefined): string | { problem: string } {
  if (buffer === undefined) return { problem: 'Choose a CSV file of the staff list' };
  if (buffer.length >= 2 && ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff))) return { problem: NOT_UTF8 };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return { problem: NOT_UTF8 };
  }
  if (text.includes('\u0000')) return { problem: NOT_UTF8 };
  if (!text.replace(/^\uFEFF/, '').trim()) return { problem: 'The file chosen is empty: choose the CSV file of the staff list' };
  // In NFC, as every request's text is: a name with combining accents is recorded with accented letters.
  return text.normalize('NFC');
}

/** A contract's row: who holds it, who commissions it on `asAt`, since when and who did before, by name. */
function contractRow(c: ServiceContract, asAt: CalendarDate, names: ReadonlyMap<string, string>) {
  const nameOf = (id: string) => names.get(id) ?? id;
  return { ...serviceContractResponse(c, asAt), holder: nameOf(c.holderId), ...commissionerHistory(c, asAt, nameOf) };
}

