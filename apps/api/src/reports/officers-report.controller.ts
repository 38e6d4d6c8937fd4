import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../openapi/api-route';
import type { Response } from 'express';
import { AsAtQuery } from '../common/as-at.query';
import { today } from '../common/today';
import { OfficersReportService } from './officers-report.service';
import { send } from './reports.controller';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/companies/:companyId')
export class OfficersReportController {
  constructor(private readonly reports: OfficersReportService) {}

  /**
   * Directors and secretaries as at `asAt` (default today): before 18 November 2025 the register of
   * directors and of secretaries; from then the record of officers and their notifications (EC-1).
   */
  @ApiRoute({ summary: 'Download the register of officers (PDF)', description: 'Directors and secretaries as at `asAt` (default today): before 18 November 2025 the register of directors and of secretaries; from then the record of officers and their notifications (EC-1).' })
  @Get('reports/officers.pdf')
  @ApiProduces('application/pdf')
  async officers(@Param('companyId') companyId: string, @Query() query: AsAtQuery, @Res({ passthrough: true }) res: Response) {
    return send(res, await this.reports.officersReport(companyId, query.asAt ?? today()));
  }
}
