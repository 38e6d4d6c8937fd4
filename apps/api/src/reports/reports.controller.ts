import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { PositiveIntegerParam } from '../common/validation';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../openapi/api-route';
import type { Response } from 'express';
import type { CalendarDate } from '#domain';
import { today } from '../common/today';
import { AsAtQuery } from '../common/as-at.query';
import { NoQuery } from '../common/no-query';
import { RegisterCsvQuery } from './dto/register-csv.query';
import { LedgerExportService } from './ledger-export.service';
import type { ReportFile } from './report-file';
import { ResolutionCopyService } from './resolution-copy.service';
import { ReportsService } from './reports.service';

/** The header carrying the hex SHA-256 of the whole response body. */
export const SHA256_HEADER = 'X-Content-SHA256';

/**
 * PDF reports and auditors' exports, for every role. Each PDF is reproducible: the same records,
 * as-at date and report give the same bytes, and every page's footer names the ledger head it came from.
 */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/companies/:companyId')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly resolutions: ResolutionCopyService,
    private readonly ledger: LedgerExportService,
  ) {}

  /** The register of members (current and former entries) as at `asAt` (default today in the UK), streamed page by page. */
  @ApiRoute({ summary: 'Download the register of members (PDF)', description: 'The register of members (current and former entries) as at `asAt` (default today in the UK), streamed page by page.' })
  @Get('reports/register-of-members.pdf')
  @ApiProduces('application/pdf')
  async registerOfMembers(@Param('companyId') companyId: string, @Query() query: AsAtQuery, @Res({ passthrough: true }) res: Response) {
    return send(res, await this.reports.registerOfMembers(companyId, asAtOf(query)));
  }

  /**
   * The register as CSV: a header line and one line per entry, as at `asAt` (default today), then one line
   * per entry voided by a correction (SR-4), marked `Voided` `yes` (`no` on every entry's line) with what it
   * recorded, the day it was voided and the reason. Cells a spreadsheet would run as a formula are
   * neutralised; `bom=true` starts it with a UTF-8 byte-order mark.
   */
  @ApiRoute({ summary: 'Download the register of members (CSV)', description: 'The register as CSV: a header line and one line per entry, as at `asAt` (default today), then one line per entry voided by a correction (SR-4), marked `Voided` `yes` (`no` on every entry\'s line) with what it recorded, the day it was voided and the reason. Cells a spreadsheet would run as a formula are neutralised; `bom=true` starts it with a UTF-8 byte-order mark.' })
  @Get('reports/register.csv')
  @ApiProduces('text/csv')
  async registerCsv(@Param('companyId') companyId: string, @Query() query: RegisterCsvQuery, @Res({ passthrough: true }) res: Response) {
    return send(res, await this.reports.registerCsv(companyId, asAtOf(query), { bom: query.bom ?? false }));
  }

  /** Partners, service lines, contracts, TUPE transfers (totals only) and findings as at `asAt` (default today). */
  @ApiRoute({ summary: 'Download the alliance report (PDF)', description: 'Partners, service lines, contracts, TUPE transfers (totals only) and findings as at `asAt` (default today).' })
  @Get('reports/alliance.pdf')
  @ApiProduces('application/pdf')
  async alliance(@Param('companyId') companyId: string, @Query() query: AsAtQuery, @Res({ passthrough: true }) res: Response) {
    return send(res, await this.reports.allianceReport(companyId, asAtOf(query)));
  }

  /**
   * The certificate (SH-2) for the share's current holding, as issued; before one is issued, a draft numbered
   * "not yet issued" and marked DRAFT (issue it with `POST …/shares/:n/certificates`); 404 never issued, 409 cancelled.
   */
  @ApiRoute({
    summary: 'Download a share\'s current certificate (PDF)',
    description:
      'The certificate (SH-2) for the share\'s current holding, as issued and numbered in the certificate register. While none has been issued for the holding, a draft: its number and date of issue print as "not yet issued" and it is marked "DRAFT — not a certificate until issued and recorded" (issue it with `POST …/shares/:shareNumber/certificates`). 404 share never allotted, 409 cancelled.',
    errors: [409],
  })
  @Get('shares/:shareNumber/certificate.pdf')
  @ApiProduces('application/pdf')
  async certificate(@Param('companyId') companyId: string, @Param('shareNumber', PositiveIntegerParam) shareNumber: number, @Query() _query: NoQuery, @Res({ passthrough: true }) res: Response) {
    return send(res, await this.reports.shareCertificate(companyId, shareNumber));
  }

  /**
   * A copy of the resolution with its record of votes and outcome as at `asAt`; without `asAt`, as at
   * its decisive date (passed, failed or lapsed on; else the last response or its proposal), never today.
   */
  @ApiRoute({ summary: 'Download a copy of a resolution (PDF)', description: 'A copy of the resolution with its record of votes and outcome as at `asAt`; without `asAt`, as at its decisive date (passed, failed or lapsed on; else the last response or its proposal), never today.' })
  @Get('resolutions/:resolutionId/copy.pdf')
  @ApiProduces('application/pdf')
  async resolutionCopy(
    @Param('companyId') companyId: string,
    @Param('resolutionId') resolutionId: string,
    @Query() query: AsAtQuery,
    @Res({ passthrough: true }) res: Response,
  ) {
    return send(res, await this.resolutions.copy(companyId, resolutionId, query.asAt ?? null));
  }

  /** The minutes of a meeting: attendance and quorum at each sitting, each item's outcome, the chair's signature line. */
  @ApiRoute({
    summary: 'Download a meeting\'s minutes (PDF)',
    description: 'The minutes of a meeting: attendance and quorum at each sitting, each item\'s outcome, the chair\'s signature line. 409 `MEETING_NOT_YET_HELD` before the day it is held.',
    errors: [409],
  })
  @Get('meetings/:meetingId/minutes.pdf')
  @ApiProduces('application/pdf')
  async minutes(@Param('companyId') companyId: string, @Param('meetingId') meetingId: string, @Query() _query: NoQuery, @Res({ passthrough: true }) res: Response) {
    return send(res, await this.resolutions.minutes(companyId, meetingId));
  }

  /** The whole ledger as JSON with every hash, streamed; check it offline with `npm run verify-ledger -- <file>`. */
  @ApiRoute({ summary: 'Export the whole ledger (JSON)', description: 'The whole ledger as JSON with every hash, streamed; check it offline with `npm run verify-ledger -- <file>`.' })
  @Get('ledger/export')
  @ApiProduces('application/json')
  async ledgerExport(@Param('companyId') companyId: string, @Query() _query: NoQuery, @Res({ passthrough: true }) res: Response) {
    return send(res, await this.ledger.export(companyId));
  }
}

function asAtOf(query: AsAtQuery): CalendarDate {
  return query.asAt ?? today();
}

/** Sets the headers and hands the spooled file to Nest; the file is closed if the client goes away first. */
export function send(res: Response, file: ReportFile): StreamableFile {
  res.setHeader(SHA256_HEADER, file.sha256);
  const disposition = `attachment; filename="${file.filename}"`;
  const stream = file.body;
  res.on('close', () => {
    if (!stream.readableEnded && !stream.destroyed) stream.destroy();
  });
  return new StreamableFile(stream, { type: file.contentType, disposition, length: file.length });
}
