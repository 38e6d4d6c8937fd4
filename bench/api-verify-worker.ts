/**
 * One `LedgerService.verify` (the chain and the projection against the fold, as `GET …/ledger/verify`)
 * in a fresh process, for the API verify benchmark: prints `{ms, maxRssMb, startedRssMb, valid, events,
 * projectionMatches}` as JSON. `node dist/bench/api-verify-worker.js <databaseUrl> <companyId>`.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Test } from '@nestjs/testing';
import { AppModule } from '../apps/api/src/app.module';
import { SETTINGS, settingsFromEnv, type Settings } from '../apps/api/src/config/settings';
import { LedgerService } from '../apps/api/src/ledger/ledger.service';

async function main(databaseUrl: string, companyId: string): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cic-bench-api-verify-'));
  const settings: Settings = { ...settingsFromEnv({}), databaseUrl, dataDir, port: 0, adminToken: 'bench-api-verify-token-0123456789', seed: false, seedAlliance: false };
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).overrideProvider(SETTINGS).useValue(settings).compile();
  const app = await moduleRef.createNestApplication({ logger: ['error', 'fatal'] }).init();
  try {
    const startedRssMb = process.resourceUsage().maxRSS / 1024;
    const start = performance.now();
    const result = await app.get(LedgerService).verify(companyId, null);
    const ms = performance.now() - start;
    const projectionMatches = 'projection' in result ? (result.projection?.matches ?? null) : null;
    process.stdout.write(`${JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, startedRssMb, valid: result.valid, events: result.events, projectionMatches })}\n`);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main(process.argv[2]!, process.argv[3]!);
