import type { Command } from 'commander';
import type { Settings } from '../../../api/src/config/settings';
import type { Orm } from '../../../api/src/database/orm';
import type { Output } from '../output';
import { withService } from '../service-context';

/**
 * `rebuild-projection <companyId>`: replaces the register projection with the fold of the ledger, in
 * the company's write lock, refusing a broken chain; then drops the built reports, which may have
 * come from the old rows.
 */
export function rebuildProjectionCommand(program: Command, out: Output): void {
  program
    .command('rebuild-projection')
    .description('rebuild a company\'s register projection from its ledger (refused if the chain is broken)')
    .argument('<companyId>', 'the company')
    .action(async (companyId: string) => {
      const { SETTINGS } = await import('../../../api/src/config/settings.js');
      const { ORM } = await import('../../../api/src/database/database.module.js');
      const { clearReportCache } = await import('../../../api/src/reports/report-spool.js');
      const { rebuildProjection } = await import('../../../api/src/share-register/projection-rebuild.js');
      const result = await withService(async (app) => {
        const rebuilt = await rebuildProjection(app.get<Orm>(ORM), companyId);
        clearReportCache(app.get<Settings>(SETTINGS).dataDir);
        return rebuilt;
      });
      const { holdings, entries, totals } = result.rows;
      out.line(
        `rebuilt the register of ${companyId} from ${result.shareEvents} share events (${result.ledgerEntries} ledger entries): ` +
          `${holdings} holdings, ${entries} register entries, ${totals} daily totals`,
      );
      out.line(result.corrected ? `corrected, first difference: ${JSON.stringify(result.corrected)}` : 'the projection already matched the ledger');
    });
}
