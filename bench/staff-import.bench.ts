/**
 * Benchmark (not a test) of a TUPE staff list import: how long the company's write lock is held.
 *
 *   npm run build && node dist/bench/staff-import.bench.js
 *
 * Starts the service on a fresh PGlite directory (the seed records the 2016 health visiting
 * transfer), then imports a staff list of about 5 MB of CSV (the route's limit) onto it, first with
 * every row new, then the same list again with every row changed. Prints the time inside the lock
 * (Ledger.writeForCompany's work, measured around it), the whole import, and the longest a read of the
 * register waited meanwhile (reads sent one after another all through the import; on PGlite every
 * transaction has the one connection to itself, so this is the longest any request stalls).
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Test } from '@nestjs/testing';
import type { TransferringEmployee } from '#domain';
import { staffListToCsv } from '../apps/api/src/tupe/staff-list-csv';
import { AppModule } from '../apps/api/src/app.module';
import { SETTINGS, settingsFromEnv, type Settings } from '../apps/api/src/config/settings';
import { Ledger } from '../apps/api/src/ledger/ledger';
import { healthVisitingTransfer2016 } from '../apps/api/src/seed/health-visiting-2016';
import { TOWER_HAMLETS_COMPANY_ID } from '../apps/api/src/seed/tower-hamlets';
import { TupeStaffService } from '../apps/api/src/tupe/tupe-staff.service';
import { RegisterService } from '../apps/api/src/share-register/register.service';

const TARGET_BYTES = 4.9 * 1024 * 1024;

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cic-bench-staff-'));
  const settings: Settings = {
    ...settingsFromEnv({}),
    dataDir,
    port: 0,
    adminToken: 'bench-secretary-token-0123456789',
    seedAlliance: true,
    throttleAuthFailures: 0,
    throttleWrites: 0,
    logLevel: 'error',
  };
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).overrideProvider(SETTINGS).useValue(settings).compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });
  await app.init();
  const locked: number[] = [];
  const write = Ledger.prototype.writeForCompany;
  Ledger.prototype.writeForCompany = function (this: Ledger, companyId, recordedBy, work) {
    return write.call(this, companyId, recordedBy, async (w) => {
      const start = performance.now();
      try {
        return await work(w);
      } finally {
        locked.push(performance.now() - start);
      }
    });
  } as typeof write;

  const { transfer, employees } = healthVisitingTransfer2016();
  const list = (suffix: string) => {
    const rows: TransferringEmployee[] = [];
    const header = staffListToCsv([]).length;
    for (let i = 0, bytes = header; bytes < TARGET_BYTES; i += 1) {
      const e = employees[i % employees.length];
      const row = { ...e, staffNumber: `B${String(i).padStart(6, '0')}`, name: `Synthetic Employee B${i}${suffix}` };
      rows.push(row);
      bytes += staffListToCsv([row]).length - header;
    }
    return staffListToCsv(rows);
  };
  const staff = app.get(TupeStaffService);
  const caller = { tokenId: 'bench', name: 'bench', role: 'secretary' as const };
  const register = app.get(RegisterService);
  const view = { asAt: '2020-01-01' as never, knownAt: null, status: 'current' as const, limit: 5, offset: 0, cursor: null };
  console.log(`| import | rows | CSV size | lock held | whole import | longest read meanwhile |`);
  console.log(`|---|--:|--:|--:|--:|--:|`);
  for (const [label, csv] of [['all rows new', list('')], ['every row changed', list(' (changed)')]] as const) {
    locked.length = 0;
    let importing = true;
    let longestRead = 0;
    const reads = (async () => {
      while (importing) {
        const sent = performance.now();
        await register.read(TOWER_HAMLETS_COMPANY_ID, view);
        longestRead = Math.max(longestRead, performance.now() - sent);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const start = performance.now();
    const result = await staff.import(TOWER_HAMLETS_COMPANY_ID, transfer.id, { format: 'csv', text: csv }, caller);
    const whole = performance.now() - start;
    importing = false;
    await reads;
    const mb = (Buffer.byteLength(csv) / 1024 / 1024).toFixed(1);
    console.log(`| ${label} | ${result.rowsRead.toLocaleString('en-GB')} | ${mb} MB | ${Math.max(...locked).toFixed(0)} ms | ${whole.toFixed(0)} ms | ${longestRead.toFixed(0)} ms |`);
  }
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
}

void main();
