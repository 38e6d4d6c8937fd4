import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles, type Caller } from '../auth/roles';
import { AcceptsIdempotencyKey, RequestKeyOf } from '../common/idempotency-key';
import type { RequestKey } from '../ledger/request-keys';
import { ApiRoute } from '../openapi/api-route';
import { DividendsService } from './dividends.service';
import { DeclareDividendDto, ListDividendsQuery } from './dto/declare-dividend.dto';

/** CI-3: dividends declared and each financial year's cap (CIC Regulations 2005 regs 17–19), for the CIC34 report (CI-5). */
@ApiTags('dividends')
@ApiBearerAuth()
@Controller('api/companies/:companyId/dividends')
export class DividendsController {
  constructor(private readonly dividends: DividendsService) {}

  @ApiRoute({
    summary: 'List dividends declared, with each financial year\'s cap and headroom',
    description:
      'CI-3 / CI-5: each dividend declared (by the end of `asAt`, or every one without it; of one financial year with `financialYearEnd`, a day that ends one of the company’s financial years, CA 2006 ss.390–392, or 422 NOT_A_FINANCIAL_YEAR_END; another day than the one a dividend recorded names for the same period, s.390(3), is 422 FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY), by the day declared and then the order recorded; and for each financial year they are paid out of the figures the CIC34 report states: distributable profits, the aggregate cap (35% of them, rounded down to whole pence, reg 19), the total declared and the headroom left. Amounts in whole pence.',
    errors: [422],
  })
  @Get()
  list(@Param('companyId') companyId: string, @Query() query: ListDividendsQuery) {
    return this.dividends.list(companyId, query);
  }

  @ApiRoute({
    summary: 'Record a dividend declared',
    description:
      "CI-3: only where the articles allow it and a members' ordinary or special resolution passed on or before the day declared approves it (reg 17); out of one of the company's financial years, its accounting reference periods (CA 2006 ss.390–392), ending on the accounting reference date or up to 7 days either side of it (s.390(3); 422 NOT_A_FINANCIAL_YEAR_END otherwise); the year's dividends together at most 35% of its distributable profits (reg 19); declared from 1 October 2014 (SI 2014/2483), not before incorporation nor after today. A refusal writes nothing. The same `Idempotency-Key` sent again is answered as the first was, with the same ledger entry (the year's figures as they stand then), and records nothing.",
  })
  @Post()
  @HttpCode(201)
  @Roles('secretary')
  @AcceptsIdempotencyKey()
  async declare(@Param('companyId') companyId: string, @Body() body: DeclareDividendDto, @CurrentCaller() caller: Caller, @RequestKeyOf('dividends') key: RequestKey | undefined) {
    return (await this.dividends.declare(companyId, body, caller, key)).record;
  }
}
