import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { CompaniesService } from '../apps/api/src/companies/companies.service';
import { openDatabase } from '../apps/api/src/database/orm';
import { buildProjection } from '../apps/api/src/share-register/register-writer';
import { insertLedger, insertMembers, insertProjection } from './bulk-load';
import { generateLedger, prng, type LedgerShape } from './ledger-generator';
import { seconds, stopwatch } from './timing';

/** A loaded company: its id and the members holding a share at the end of its generated history. */
export interface ScaleCompany {
  readonly id: string;
  readonly events: number;
  readonly currentMembers: readonly string[];
}

/**
 * The shape of a company: `wanted` distinct holders over ten years (uniform in 37–500), half of them
 * allotted a share on incorporation, `events` share events in all, three cancellations for every ten
 * allotments, the rest transfers.
 */
export function scaleShape(wanted: number, events: number, seed: number): LedgerShape {
  // A short history (a trial run with fewer events) cannot take 500 members: at most events ÷ 1.3.
  const members = Math.min(wanted, Math.floor(events / 1.3));
  const allotments = Math.max(40, Math.round(members * 0.8));
  const cancellations = Math.round(allotments * 0.3);
  return { members, events, initialAllotments: Math.floor(members / 2), allotments, cancellations, days: 3653, seed };
}

/**
 * Migrates an empty database (as the service does at start), then loads `count` companies: each
 * ledger generated, proved valid by the domain's fold (`buildProjection` throws on a broken rule),
 * then the company entered through CompaniesService and its members, hash-chained ledger and
 * register projection inserted in bulk.
 */
export async function loadCompanies(
  databaseUrl: string,
  dataDir: string,
  count: number,
  events: number,
  log: (...parts: unknown[]) => void,
): Promise<ScaleCompany[]> {
  const random = prng(20261130);
  const specs = Array.from({ length: count }, (_, i) => ({
    id: `scale-${String(i + 1).padStart(4, '0')}`,
    members: 37 + Math.floor(random() * (500 - 37 + 1)),
  }));
  const orm = await openDatabase({ databaseUrl, dataDir });
  const companies = new CompaniesService(orm);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const loaded: ScaleCompany[] = [];
    const times = { generate: 0, fold: 0, insert: 0 };
    const started = performance.now();
    for (const [i, spec] of specs.entries()) {
      const generated = await stopwatch(() => generateLedger(spec.id, `Scale ${spec.id} CIC`, scaleShape(spec.members, events, i + 1)));
      const ledger = generated.value;
      const folded = await stopwatch(() => buildProjection(ledger.company, ledger.events));
      const inserted = await stopwatch(async () => {
        await companies.create(ledger.company, []);
        await insertMembers(client, spec.id, ledger.holders);
        await insertLedger(client, spec.id, ledger.events, 'bench');
        await insertProjection(client, spec.id, folded.value);
      });
      times.generate += generated.ms;
      times.fold += folded.ms;
      times.insert += inserted.ms;
      const currentMembers = folded.value.holdings.filter((h) => h.heldTo === null).map((h) => h.memberId);
      loaded.push({ id: spec.id, events, currentMembers });
      if ((i + 1) % 100 === 0 || i + 1 === specs.length) {
        log(`  ${i + 1} companies: generated ${seconds(times.generate)}, proved valid by the fold ${seconds(times.fold)}, inserted ${seconds(times.insert)}`);
      }
    }
    // Writes through the API need no resolution for a share event (the loaded histories have none).
    await client.query(`update company set governance = '{"shareEventAuthority":{"allotment":"none","transfer":"none","cancellation":"none"}}'`);
    log(`loaded ${count} companies in ${seconds(performance.now() - started)}`);
    const vacuum = await stopwatch(() => client.query('vacuum (analyze)'));
    await client.query('checkpoint').catch((e: Error) => log(`checkpoint skipped: ${e.message}`));
    log(`vacuum (analyze) and checkpoint in ${seconds(vacuum.ms)}`);
    const { rows } = await client.query<{ entries: string; members: string; size: string }>(
      `select (select count(*) from ledger_entry)::text as entries, (select count(*) from member)::text as members,
              pg_size_pretty(pg_database_size(current_database())) as size`,
    );
    log(`ledger_entry ${Number(rows[0].entries).toLocaleString('en-GB')} rows, member ${Number(rows[0].members).toLocaleString('en-GB')} rows; database ${rows[0].size}`);
    return loaded;
  } finally {
    await client.end();
    await orm.close(true);
  }
}
