import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { LedgerPageQuery } from './dto/ledger-page.query';
import { ledgerEntryResponse } from './ledger-entry.mapper';
import { LedgerService } from './ledger.service';

@ApiTags('ledger')
@ApiBearerAuth()
@Controller('api/companies/:companyId/ledger')
export class LedgerController {
  constructor(private readonly ledger: LedgerService) {}

  /** The company's ledger entries in sequence order, with their hashes. */
  @Get()
  async page(@Param('companyId') companyId: string, @Query() query: LedgerPageQuery) {
    const { entries, nextAfterSequence } = await this.ledger.page(companyId, query.afterSequence ?? 0, query.limit ?? 100);
    return { entries: entries.map(ledgerEntryResponse), nextAfterSequence };
  }

  /** `{valid, events, headHash, headSequence}`, or `{valid: false, events, firstBreak}` naming the first broken link. */
  @Get('verify')
  verify(@Param('companyId') companyId: string) {
    return this.ledger.verify(companyId);
  }
}
