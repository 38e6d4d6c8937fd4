/**
 * Loading a synthetic company into a benchmark database in bulk: generate its ledger, prove it valid
 * with the domain's fold, then write the company, members, hash-chained ledger and register projection.
 */
import { Client } from 'pg';
import { isDeepStrictEqual } from 'node:util';
import { CompaniesService } from '../apps/api/src/companies/companies.service';
import type { Orm } from '../apps/api/src/database/orm';
import { buildProjection } from '../apps/api/src/share-register/register-writer';
import { RegisterStore } from '../apps/api/src/share-register/register.store';
import { insertLedger, insertMembers, insertProjection } from './bulk-load';
import { generateLedger, type GeneratedLedger, type LedgerShape } from './ledger-generator';
import { seconds, stopwatch } from './timing';

const RECORDED_BY = 'bench';
const log = (...parts: unknown[]) => console.log(...parts);
export const mb = () => `${Math.round(process.memoryUsage().rss / 2 ** 20)} MB rss (peak ${Math.round(process.resourceUsage().maxRSS / 1024)} MB)`;

export interface CompanySpec {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly shape: LedgerShape;
}

/** Every projection row of a company, in key order, as text. */
async function dumpProjection(client: Client, companyId: string): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const [table, key] of [['share_holding', 'share_number, opened_by'], ['register_entry', 'opened_by'], ['register_total', 'on_date']]) {
    const { rows } = await client.query(`select * from ${table} where company_id = $1 order by ${key}`, [companyId]);
    out.push(rows.map((r) => JSON.stringify(r)));
  }
  return out;
}

/** Generates, proves and bulk-loads one company; returns its ledger. */
export async function load(orm: Orm, client: Client, spec: CompanySpec): Promise<GeneratedLedger> {
  log(`\n== ${spec.label}: ${spec.shape.events.toLocaleString('en-GB')} events, ${spec.shape.members.toLocaleString('en-GB')} members`);
  const generated = await stopwatch(() => generateLedger(spec.id, spec.name, spec.shape));
  const ledger = generated.value;
  log(`generated in ${seconds(generated.ms)}: ${JSON.stringify(ledger.counts)}, ${ledger.dates[0]} to ${ledger.dates[ledger.dates.length - 1]};`, mb());

  // The domain's fold checks every rule as it builds the projection rows; it throws on a broken one.
  const built = await stopwatch(() => buildProjection(ledger.company, ledger.events));
  const projection = built.value;
  log(
    `proved valid by ShareRegister.fold and projected in ${seconds(built.ms)}: ${projection.entries.length.toLocaleString('en-GB')} register entries,`,
    `${projection.holdings.length.toLocaleString('en-GB')} holdings, ${projection.totals.length.toLocaleString('en-GB')} daily totals`,
    mb(),
  );

  const timings: Record<string, number> = {};
  timings.company = (await stopwatch(() => new CompaniesService(orm).create(ledger.company, []))).ms;
  timings.members = (await stopwatch(() => insertMembers(client, spec.id, ledger.holders))).ms;
  timings.ledger = (await stopwatch(() => insertLedger(client, spec.id, ledger.events, RECORDED_BY))).ms;
  if (spec.shape.events <= 50_000) {
    // Small enough to load through the app's own RegisterStore.replace as well: the bulk rows must be the same.
    const store = new RegisterStore();
    timings['projection (RegisterStore.replace)'] = (
      await stopwatch(() => orm.em.fork().transactional((em) => store.replace(em, spec.id, projection)))
    ).ms;
    const viaApp = await dumpProjection(client, spec.id);
    for (const table of ['share_holding', 'register_entry', 'register_total']) await client.query(`delete from ${table} where company_id = $1`, [spec.id]);
    timings.projection = (await stopwatch(() => insertProjection(client, spec.id, projection))).ms;
    if (!isDeepStrictEqual(await dumpProjection(client, spec.id), viaApp)) throw new Error('the bulk-loaded projection differs from RegisterStore.replace');
    log('bulk-loaded projection rows are identical to those RegisterStore.replace writes');
  } else {
    timings.projection = (await stopwatch(() => insertProjection(client, spec.id, projection))).ms;
  }
  log('load times:', Object.entries(timings).map(([k, v]) => `${k} ${seconds(v)}`).join(', '));
  return ledger;
}
