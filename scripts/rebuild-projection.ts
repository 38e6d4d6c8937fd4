/**
 * Rebuilds a company's register projection (share_holding, register_entry, register_total) from its
 * ledger: `npm run rebuild-projection -- <companyId>`, against the database the service uses
 * (DATABASE_URL for PostgreSQL, else PGlite in DATA_DIR; stop the service first on PGlite, which one
 * process at a time may open). Verifies the chain first and refuses to rebuild from a broken one.
 * Prints what it put right and exits 0, or the reason and exits 1.
 */
import { settingsFromEnv } from '../apps/api/src/config/settings';
import { openDatabase } from '../apps/api/src/database/orm';
import { clearReportCache } from '../apps/api/src/reports/report-spool';
import { rebuildProjection } from '../apps/api/src/share-register/projection-rebuild';

export async function main(args: readonly string[], out: (line: string) => void = console.log): Promise<number> {
  const companyId = args[0];
  if (!companyId) {
    out('usage: npm run rebuild-projection -- <companyId>');
    return 2;
  }
  const settings = settingsFromEnv();
  const orm = await openDatabase(settings);
  try {
    const result = await rebuildProjection(orm, companyId);
    // Reports built from the old rows are not served again.
    clearReportCache(settings.dataDir);
    const { holdings, entries, totals } = result.rows;
    out(
      `rebuilt the register of ${companyId} from ${result.shareEvents} share events (${result.ledgerEntries} ledger entries): ` +
        `${holdings} holdings, ${entries} register entries, ${totals} daily totals`,
    );
    out(result.corrected ? `corrected, first difference: ${JSON.stringify(result.corrected)}` : 'the projection already matched the ledger');
    return 0;
  } catch (error) {
    out(`not rebuilt: ${(error as Error).message}`);
    return 1;
  } finally {
    await orm.close(true);
  }
}

if (require.main === module) void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
