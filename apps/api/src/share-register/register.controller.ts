import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../openapi/api-route';
import { instant } from '#domain';
import { RegisterQuery } from './dto/register.query';
import { today } from '../common/today';
import { AppError } from '../common/app-error';
import { RegisterService } from './register.service';
import { historyResponse, RegisterHistoryService } from './register-history.service';
import { ClosedPracticeShares, practiceClosureFlag } from './closed-practice-shares';

@ApiTags('share register')
@ApiBearerAuth()
@Controller('api/companies/:companyId/register')
export class RegisterController {
  constructor(
    private readonly register: RegisterService,
    private readonly history: RegisterHistoryService,
    private readonly closedPractices: ClosedPracticeShares,
  ) {}

  /**
   * The register of members (s.113) as at a date: current and former members, in name order, paged. RM-2:
   * `name` is the first-named holder and `jointHolders` the other joint holders as at that day. A
   * current entry of a practice that has ceased and still holds its share carries `practiceCeased` (SH-5).
   */
  @ApiRoute({
    summary: 'Read the register of members',
    description:
      'The register of members (s.113) as at a date: current and former members, in name order, paged. A share held jointly (s.113(5)) names every joint holder as they stood on that day: `name` is the first-named holder and `jointHolders` the other joint holders after it, in order (absent for a sole holder; `[]` with `include=history`, whose `particulars` give each version\'s joint holders). A current entry whose practice has ceased and still holds its share carries `practiceCeased` `{practiceId, ceasedOn, duties: [{reference, shareNumber, action, dueOn}]}` until the share leaves it (SH-5).',
  })
  @Get()
  async read(@Param('companyId') companyId: string, @Query() query: RegisterQuery) {
    if (query.cursor !== undefined && query.offset !== undefined) {
      // The cursor says where the page starts: an offset as well would skip entries no page gives.
      throw new AppError('VALIDATION_FAILED', 'a page is asked for by cursor or by offset, not both', [{ field: 'offset', problems: ['not with cursor: the cursor already says where the page starts'] }]);
    }
    const limit = query.limit ?? 100;
    const view = {
      asAt: (query.asAt ?? today()) as never,
      knownAt: query.knownAt ? instant(query.knownAt) : null,
      status: query.status ?? 'all',
      limit,
      offset: query.offset ?? 0,
      cursor: query.cursor ?? null,
      name: query.name ?? null,
    };
    if (query.include === 'history') return this.withHistory(companyId, view);
    const page = await this.register.read(companyId, view);
    const ceased = await this.closedPractices.forEntries(companyId, page.entries, view.asAt, view.knownAt);
    return {
      asAt: page.asAt,
      knownAt: page.knownAt,
      status: page.status,
      members: page.entries.map((e) => ({
        memberId: e.memberId,
        name: e.name,
        address: e.address,
        ...(e.jointHolders ? { jointHolders: e.jointHolders } : {}),
        registeredOn: e.registeredOn,
        ceasedOn: e.ceasedOn,
        shares: e.shares.map((s) => ({
          shareNumber: s.shareNumber,
          shareClass: s.shareClass,
          nominalPence: s.nominalPence,
          paidUpPence: s.paidUpPence,
          authorisedBy: s.authorisedBy ?? null,
        })),
        ...practiceClosureFlag(ceased.get(e.memberId)),
      })),
      totals: page.totals,
      page: { limit, offset: query.offset ?? 0, nextCursor: page.nextCursor },
    };
  }

  private async withHistory(companyId: string, view: Parameters<RegisterHistoryService['read']>[1]) {
    const page = await this.history.read(companyId, view);
    const ceased = await this.closedPractices.forEntries(companyId, page.entries, view.asAt, view.knownAt);
    return {
      asAt: view.asAt,
      knownAt: view.knownAt,
      status: view.status,
      members: page.entries.map((e) => ({
        memberId: e.memberId,
        name: e.name,
        address: e.address,
        jointHolders: e.jointHolders ?? [],
        registeredOn: e.registeredOn,
        ceasedOn: e.ceasedOn,
        shares: e.shares.map((s) => ({ shareNumber: s.shareNumber, shareClass: s.shareClass, nominalPence: s.nominalPence, paidUpPence: s.paidUpPence, authorisedBy: s.authorisedBy ?? null })),
        ...historyResponse(e),
        ...practiceClosureFlag(ceased.get(e.memberId)),
      })),
      page: { limit: view.limit, offset: view.offset, nextCursor: null, total: page.total },
    };
  }
}
