import { Controller, Get, Param, Query } from '@nestjs/common';
import { NoQuery } from '../common/no-query';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../openapi/api-route';
import { LedgerPageQuery } from './dto/ledger-page.query';
import { VerifyQuery } from './dto/verify.query';
import { AppError } from '../common/app-error';
import { ledgerEntryResponse } from './ledger-entry.mapper';
import { LedgerService } from './ledger.service';

@ApiTags('ledger')
@ApiBearerAuth()
@Controller('api/companies/:companyId/ledger')
export class LedgerController {
  constructor(private readonly ledger: LedgerService) {}

  /** The company's ledger entries in sequence order, with their hashes; an entry voided by a correction has `correctedBy` (RM-4). */
  @ApiRoute({ summary: 'Read ledger entries', description: 'The company\'s ledger entries in sequence order, with their hashes; an entry voided by a correction has `correctedBy` (RM-4).' })
  @Get()
  async page(@Param('companyId') companyId: string, @Query() query: LedgerPageQuery) {
    const { entries, nextAfterSequence, correctedBy } = await this.ledger.page(companyId, query.afterSequence ?? 0, query.limit ?? 100);
    const marked = (sequence: number) => (correctedBy.has(sequence) ? { correctedBy: correctedBy.get(sequence) } : {});
    return { entries: entries.map((e) => ({ ...ledgerEntryResponse(e), ...marked(e.sequence) })), nextAfterSequence };
  }

  /**
   * A checkpoint of the chain's head, signed with the service's Ed25519 key (kept outside the database),
   * and the public key to check it with. Keep it: `verify?knownSequence=&knownHash=` later proves the
   * ledger still holds that entry unchanged.
   */
  @ApiRoute({ summary: 'Sign a checkpoint of the ledger\'s head', description: 'A checkpoint of the chain\'s head, signed with the service\'s Ed25519 key (kept outside the database), and the public key to check it with. Keep it: `verify?knownSequence=&knownHash=` later proves the ledger still holds that entry unchanged.' })
  @Get('checkpoint')
  checkpoint(@Param('companyId') companyId: string, @Query() _query: NoQuery) {
    return this.ledger.checkpoint(companyId);
  }

  /**
   * `{valid, events, headHash, headSequence, projection}`, or `{valid: false, events, firstBreak}` naming
   * the first broken link. `projection` says whether the register tables equal the fold of the ledger,
   * or names the first row that differs. With `knownSequence` and `knownHash` (a head you hold, e.g. from
   * a checkpoint), `knownHead` says whether the ledger still has that entry with that hash.
   */
  @ApiRoute({ summary: 'Verify the ledger\'s hash chain and projection', description: '`{valid, events, headHash, headSequence, projection}`, or `{valid: false, events, firstBreak}` naming the first broken link. `projection` says whether the register tables equal the fold of the ledger, or names the first row that differs. With `knownSequence` and `knownHash` (a head you hold, e.g. from a checkpoint), `knownHead` says whether the ledger still has that entry with that hash.' })
  @Get('verify')
  verify(@Param('companyId') companyId: string, @Query() query: VerifyQuery) {
    const known = query.knownSequence !== undefined && query.knownHash !== undefined ? { sequence: query.knownSequence, hash: query.knownHash } : null;
    if (query.from === 'known-head') {
      if (known === null) {
        throw new AppError('VALIDATION_FAILED', 'from=known-head needs the head you hold: knownSequence and knownHash', [
          { field: 'knownSequence', problems: ['knownSequence and knownHash are required with from=known-head'] },
        ]);
      }
      return this.ledger.verifyAfter(companyId, known);
    }
    return this.ledger.verify(companyId, known);
  }
}
