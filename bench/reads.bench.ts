/**
 * Benchmark (not a test) of reads against the length of history, on PostgreSQL: `npm run bench:reads`.
 *
 * Two databases, each holding the Tower Hamlets company as the service seeds it (its practices and
 * shares, directors, resolution, filings, alliance, contracts and TUPE transfer), whose share ledger
 * is then extended in bulk with dated changes of the members' particulars (RM-3) to READS_SMALL
 * (10,000) and READS_LARGE (200,000) entries: the same company with the same records, only the
 * length of its history differs. The padding is proved valid by the domain's fold, which also gives
 * the register projection loaded beside it. Both services run in this process; in interleaved rounds
 * each read is timed over HTTP, warm (the same read repeated) and straight after a write (a change of
 * a member's particulars through the API, then the read). Prints each read's p50 at both lengths and
 * the ratio large ÷ small (target ≤ 1.5), with the load average, and checks that both services give
 * the same body for every read but the register page (whose names the padding changed).
 *
 * BENCH_DATABASE_URL: an admin connection (default postgres://postgres@127.0.0.1:5432/postgres);
 * databases cic_bench_r_<pid>_small and _large are created there and dropped at the end.
 * READS_SMALL, READS_LARGE: ledger lengths; BENCH_ROUNDS (3); READS_RUNS timed reads a round (20).
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import { addDays as addCalendarDays, calendarDate, type ChainedLedgerRecord, type ParticularsChange, type ShareEvent } from '#domain';
import { AppModule } from '../apps/api/src/app.module';
import { APP_OPTIONS, configureApp } from '../apps/api/src/bootstrap';
import { CompaniesService } from '../apps/api/src/companies/companies.service';
import { SETTINGS, settingsFromEnv, type Settings } from '../apps/api/src/config/settings';
import { shareRegisterFamily } from '../apps/api/src/ledger/codecs/share-register.codec';
import { buildProjection } from '../apps/api/src/share-register/register-writer';
import { TOWER_HAMLETS_COMPANY_ID } from '../apps/api/src/seed/tower-hamlets';
import { insertLedger, insertProjection, withClient } from './bulk-load';
import { ms, seconds, stopwatch, summarise } from './timing';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SIZES = { small: Number(process.env.READS_SMALL ?? 10_000), large: Number(process.env.READS_LARGE ?? 200_000) };
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const RUNS = Number(process.env.READS_RUNS ?? 20);
const ADMIN_TOKEN = 'bench-secretary-token-0123456789';
const CO = TOWER_HAMLETS_COMPANY_ID;
/** The padding's changes run over these days, a few hundred a day at a million entries. */
const FIRST_DAY = calendarDate('2016-06-01');
const DAYS = 3500;

/** The reads the issue names: the register page, governance, officers, deadlines, alliance, TUPE. */
const READS: readonly { name: string; path: string; sameBody: boolean }[] = [
  { name: 'register page (100)', path: '/register?status=current&limit=100', sameBody: false },
  { name: 'resolutions', path: '/resolutions', sameBody: true },
  { name: 'meetings', path: '/meetings', sameBody: true },
  { name: 'directors', path: '/directors', sameBody: true },
  { name: 'officers', path: '/officers', sameBody: true },
  { name: 'deadlines', path: '/deadlines', sameBody: true },
  { name: 'partnerships', path: '/partnerships', sameBody: true },
  { name: 'organisations', path: '/organisations', sameBody: true },
  { name: 'service contracts', path: '/service-contracts', sameBody: true },
  { name: 'TUPE transfers', path: '/tupe-transfers', sameBody: true },
];

const log = (...parts: unknown[]) => console.log(...parts);
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

interface Service {
  readonly label: keyof typeof SIZES;
  readonly app: INestApplication;
  readonly base: string;
  /** Members to change the particulars of, and the next day such a change may take effect. */
  readonly members: string[];
  nextDay: string;
}


function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Dated changes of the members' particulars, round robin, that take the ledger to `total` entries. */
function padding(after: number, total: number, members: readonly string[]): ParticularsChange[] {
  const events: ParticularsChange[] = [];
  const count = total - after;
  for (let i = 0; i < count; i++) {
    const day = addCalendarDays(FIRST_DAY, Math.floor((i * DAYS) / count));
    const memberId = members[i % members.length]!;
    events.push({
      type: 'particulars-change',
      eventId: String(after + i + 1),
      effectiveOn: day,
      recordedAt: `${day}T12:00:00.000Z` as ParticularsChange['recordedAt'],
      memberId,
      name: `Practice ${memberId.slice(0, 6)} (${i})`,
      address: `${(i % 400) + 1} Commercial Road, London E1`,
    } as ParticularsChange);
  }
  return events;
}

/** Databases and directories made, to remove at the end whatever happened. */
const made: { databases: string[]; dirs: string[] } = { databases: [], dirs: [] };

/** Starts a seeded service on a new database, then extends its share ledger to `size` entries. */
async function start(label: keyof typeof SIZES): Promise<Service> {
  const databaseName = `cic_bench_r_${process.pid}_${label}`;
  await withClient(ADMIN_URL, (c) => c.query(`create database ${databaseName}`));
  made.databases.push(databaseName);
  const dataDir = mkdtempSync(join(tmpdir(), 'cic-bench-reads-'));
  made.dirs.push(dataDir);
  const settings: Settings = {
    ...settingsFromEnv({}), databaseUrl: databaseUrl(databaseName), dataDir, port: 0, adminToken: ADMIN_TOKEN,
    seed: true, seedAlliance: true, seedFilings: true, throttleWrites: 0, logLevel: 'error',
  };
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).overrideProvider(SETTINGS).useValue(settings).compile();
  const app = configureApp(moduleRef.createNestApplication({ ...APP_OPTIONS, logger: ['error', 'fatal'] }));
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/api/companies/${CO}`;
  const members = await withClient(settings.databaseUrl!, async (client) => {
    const stored = await client.query<ChainedLedgerRecord>(
      `select company_id as "companyId", sequence, kind, effective_on::text as "effectiveOn",
        to_char(recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "recordedAt", recorded_by as "recordedBy",
        payload, previous_hash as "previousHash", hash from ledger_entry where company_id = $1 order by sequence`,
      [CO],
    );
    const head = stored.rows[stored.rows.length - 1]!;
    const current = (await client.query<{ member_id: string }>(`select member_id from share_holding where company_id = $1 and held_to is null order by share_number`, [CO])).rows.map((r) => r.member_id);
    const events = padding(head.sequence, SIZES[label], current);
    const shareEvents: ShareEvent[] = [...shareRegisterFamily.decodeAll(stored.rows), ...events];
    const company = await app.get(CompaniesService).get(CO);
    const built = await stopwatch(() => buildProjection(company, shareEvents));
    const loaded = await stopwatch(async () => {
      await insertLedger(client, CO, events, 'bench', { sequence: head.sequence, hash: head.hash });
      for (const table of ['share_holding', 'register_entry', 'register_total']) await client.query(`delete from ${table} where company_id = $1`, [CO]);
      await insertProjection(client, CO, built.value);
      await client.query('vacuum (analyze) ledger_entry, register_entry, share_holding, register_total');
    });
    log(`${label}: seeded ${stored.rows.length} entries, padded to ${SIZES[label].toLocaleString('en-GB')} (fold ${seconds(built.ms)}, load ${seconds(loaded.ms)})`);
    return current;
  });
  return { label, app, base, members, nextDay: '2026-01-01' };
}

/** A body without the instants and random ids the seed recorded (each service seeded at its own moment). */
const normalised = (body: string) =>
  body.replace(/"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z"/g, '"…"').replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '…');

async function get(s: Service, path: string): Promise<string> {
  const res = await fetch(`${s.base}${path}`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${s.label} GET ${path}: ${res.status} ${text.slice(0, 300)}`);
  return text;
}

/** A change of a member's particulars through the API: a write that extends the share ledger. */
async function write(s: Service): Promise<void> {
  const memberId = s.members[0]!;
  const res = await fetch(`${s.base}/members/${memberId}/particulars`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ effectiveOn: s.nextDay, address: `${s.nextDay} Whitechapel Road, London E1` }),
  });
  if (res.status !== 201) throw new Error(`${s.label} particulars change: ${res.status} ${(await res.text()).slice(0, 300)}`);
  s.nextDay = addCalendarDays(calendarDate(s.nextDay), 1);
}

async function main(): Promise<void> {
  const services: Service[] = [];
  try {
    log(`Node ${process.version}; sizes ${SIZES.small.toLocaleString('en-GB')} and ${SIZES.large.toLocaleString('en-GB')} entries; load average ${load()}`);
    for (const label of ['small', 'large'] as const) services.push(await start(label));
    const [small, large] = services as [Service, Service];
    for (const read of READS) {
      const [a, b] = [await get(small, read.path), await get(large, read.path)];
      if (read.sameBody && normalised(a) !== normalised(b)) {
        const [x, y] = [normalised(a), normalised(b)];
        let at = 0;
        while (at < x.length && x[at] === y[at]) at++;
        throw new Error(`${read.name}: the two services answer differently: at ${at}: …${x.slice(Math.max(0, at - 80), at + 80)}… against …${y.slice(Math.max(0, at - 80), at + 80)}…`);
      }
    }
    log('every governance, officers, deadlines, alliance and TUPE read gives the same body at both lengths');
    const samples = new Map<string, number[]>();
    const add = (key: string, value: number) => samples.set(key, [...(samples.get(key) ?? []), value]);
    const loadBefore = load();
    for (let round = 0; round < ROUNDS; round++) {
      for (const read of READS) {
        for (const s of round % 2 === 0 ? [small, large] : [large, small]) {
          for (let i = 0; i < RUNS; i++) {
            const t = performance.now();
            await get(s, read.path);
            add(`${read.name}|warm|${s.label}`, performance.now() - t);
          }
          for (let i = 0; i < Math.max(3, RUNS / 4); i++) {
            await write(s);
            const t = performance.now();
            await get(s, read.path);
            add(`${read.name}|after a write|${s.label}`, performance.now() - t);
          }
        }
      }
    }
    log(`\n${ROUNDS} rounds; load average before ${loadBefore}, after ${load()}`);
    log('read                 | when          | p50 small | p50 large | large ÷ small (target ≤ 1.5)');
    for (const read of READS) {
      for (const when of ['warm', 'after a write']) {
        const p = (label: string) => summarise(samples.get(`${read.name}|${when}|${label}`)!).p50;
        const ratio = p('large') / p('small');
        log(`${read.name.padEnd(20)} | ${when.padEnd(13)} | ${ms(p('small')).padStart(6)} ms | ${ms(p('large')).padStart(6)} ms | ${ratio.toFixed(2)}${ratio <= 1.5 ? '' : '  (over)'}`);
      }
    }
  } finally {
    for (const s of services) await s.app.close().catch((e: unknown) => console.error(`closing ${s.label}:`, e));
    for (const dir of made.dirs) rmSync(dir, { recursive: true, force: true });
    for (const name of made.databases) {
      await withClient(ADMIN_URL, (c) => c.query(`drop database if exists ${name} with (force)`)).catch((e: unknown) => console.error(e));
    }
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
