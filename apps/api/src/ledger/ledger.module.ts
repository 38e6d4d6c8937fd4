import { Module } from '@nestjs/common';
import { CompaniesModule } from '../companies/companies.module';
import { FoldCache } from './fold-cache';
import { ShareLedgerCache } from './share-ledger-cache';
import { Ledger } from './ledger';
import { LedgerController } from './ledger.controller';
import { LedgerService } from './ledger.service';
import { LedgerProjections } from './ledger-projections';
import { CheckpointSigner } from './checkpoint-signer';

/** The append-only, hash-chained ledger every record is written to, and its verification. */
@Module({
  imports: [CompaniesModule],
  controllers: [LedgerController],
  providers: [Ledger, LedgerService, FoldCache, ShareLedgerCache, LedgerProjections, CheckpointSigner],
  exports: [Ledger, LedgerService, FoldCache, ShareLedgerCache, LedgerProjections, CheckpointSigner],
})
export class LedgerModule {}
