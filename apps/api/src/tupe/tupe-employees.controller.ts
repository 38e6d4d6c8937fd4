import { Body, Controller, Get, Param, Post, Res, Query } from '@nestjs/common';
import { NoQuery } from '../common/no-query';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../openapi/api-route';
import type { Response } from 'express';
import { STAFF_LIST_COLUMNS } from '#domain';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles, type Caller } from '../auth/roles';
import { StaffListBodyPipe, type StaffListInput } from './staff-list-body.pipe';
import { TupeStaffService } from './tupe-staff.service';

@ApiTags('tupe')
@ApiBearerAuth()
@Controller('api/companies/:companyId/tupe-transfers/:transferId/employees')
export class TupeEmployeesController {
  constructor(private readonly staff: TupeStaffService) {}

  /**
   * The staff list. The secretary gets every record in full (name, date of birth, pay, band, ELI);
   * board members and auditors get the totals and, per employee, only staff number, role, FTE,
   * assignment, whether they objected and which ELI items are missing.
   */
  @ApiRoute({ summary: 'Read the staff list', description: 'The staff list. The secretary gets every record in full (name, date of birth, pay, band, ELI); board members and auditors get the totals and, per employee, only staff number, role, FTE, assignment, whether they objected and which ELI items are missing.' })
  @Get()
  list(@Param('companyId') companyId: string, @Param('transferId') transferId: string, @Query() _query: NoQuery, @CurrentCaller() caller: Caller) {
    return this.staff.employees(companyId, transferId, caller.role);
  }

  /**
   * Imports the transferor's staff list (ELI spreadsheet) as `text/csv` (header row first, up to 5 MB)
   * or as `application/json` `{"rows": [{column: value}]}`. Every row is checked; if any is bad nothing
   * is saved and the 422 lists each `{row, field, problem}`. Rows merge by staff number, so the same
   * file twice adds nobody: 201 when records were added or changed, 200 (and no ledger entry) when not.
   */
  @ApiRoute({ summary: 'Import the staff list (CSV or JSON)', description: 'Imports the transferor\'s staff list (ELI spreadsheet) as `text/csv` (header row first, up to 5 MB) or as `application/json` `{"rows": [{column: value}]}`. Every row is checked; if any is bad nothing is saved and the 422 lists each `{row, field, problem}`. Rows merge by staff number, so the same file twice adds nobody: 201 when records were added or changed, 200 (and no ledger entry) when not.', errors: [413] })
  @Post()
  @Roles('secretary')
  @ApiConsumes('text/csv', 'application/json')
  @ApiBody({
    description: `Columns: ${Object.keys(STAFF_LIST_COLUMNS).join(', ')}`,
    schema: { oneOf: [{ type: 'string', description: 'CSV text' }, { type: 'object', properties: { rows: { type: 'array', items: { type: 'object' } } } }] },
  })
  async import(
    @Param('companyId') companyId: string,
    @Param('transferId') transferId: string,
    @Body(StaffListBodyPipe) body: StaffListInput,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) response: Response,
  ) {
    const result = await this.staff.import(companyId, transferId, body, caller);
    response.status(result.ledger === null ? 200 : 201);
    return result;
  }
}
