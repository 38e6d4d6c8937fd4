import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Caller } from '../../../api/src/auth/roles';
import type { Orm } from '../../../api/src/database/orm';
import type { ShareEventsService } from '../../../api/src/share-register/share-events.service';
import type { HistoryRow, RowProblem } from '../history-csv';
import type { Output } from '../output';
import { progressBar } from '../progress';
import { withService } from '../service-context';

/** Thrown to roll the whole import back once every row has been tried. */
class ImportRefused extends Error {}

/**
 * `import-history <companyId> <file.csv>`: a company's past register history, one share event a row
 * (columns in history-csv.ts), recorded all or nothing. Every row's shape is checked first; then every
 * row is recorded, in file order, through the share register's own service (the same rules as the API,
 * the same ledger entries), inside one transaction. A row the rules refuse is rolled back on its own
 * and the rest are still tried, so every bad row is listed; then, if any was bad, nothing is kept.
 */
export function importHistoryCommand(program: Command, out: Output): void {
  program
    .command('import-history')
    .description('import a company\'s past register history from CSV, all or nothing, listing every bad row')
    .argument('<companyId>', 'the company')
    .argument('<file>', 'the CSV file (header line; columns: see the README)')
    .option('--recorded-by <name>', 'the name the ledger entries are recorded by', 'history import')
    .action(async (companyId: string, file: string, options: { recordedBy: string }) => {
      const { readHistory } = await import('../history-csv.js');
      const { rows, problems } = await readHistory(readFileSync(file, 'utf8'));
      if (problems.length > 0) return refuse(out, problems);
      const caller: Caller = { tokenId: 'command-line', name: options.recordedBy, role: 'secretary' };
      const { DomainError } = await import('#domain');
      const { AppError } = await import('../../../api/src/common/app-error.js');
      const { ORM } = await import('../../../api/src/database/database.module.js');
      const { ShareEventsService } = await import('../../../api/src/share-register/share-events.service.js');
      const outcome = await withService(async (app) => {
        const orm = app.get<Orm>(ORM);
        const shares = app.get(ShareEventsService);
        const found: RowProblem[] = [];
        let recorded = 0;
        const bar = progressBar('importing', rows.length, 'rows');
        try {
          await orm.em.transactional(async () => {
            const members = new Map<number, string>();
            for (const [done, row] of rows.entries()) {
              try {
                const memberId = await record(shares, companyId, row, members, caller);
                if (memberId !== null) members.set(row.row, memberId);
                recorded += 1;
              } catch (error) {
                if (!(error instanceof AppError || error instanceof DomainError)) throw error;
                found.push({ row: row.row, line: row.line, field: error.code, problem: error.message });
              }
              bar.update(done + 1);
            }
            if (found.length > 0) throw new ImportRefused();
          });
        } catch (error) {
          if (!(error instanceof ImportRefused)) throw error;
        } finally {
          bar.stop();
        }
        return { found, recorded };
      });
      if (outcome.found.length > 0) return refuse(out, outcome.found);
      out.line(`imported ${outcome.recorded} share events into the register of ${companyId}`);
    });
}

/** Records one row through the share register's service; returns the member it entered, if any. */
async function record(shares: ShareEventsService, companyId: string, row: HistoryRow, members: ReadonlyMap<number, string>, caller: Caller): Promise<string | null> {
  const { AppError } = await import('../../../api/src/common/app-error.js');
  const ref = (id: string | undefined): string | undefined => {
    const m = id === undefined ? null : /^row:(\d+)$/.exec(id);
    if (m === null) return id;
    const member = members.get(Number(m[1]));
    if (member === undefined) throw new AppError('VALIDATION_FAILED', `${id} names no member: that row entered none, or comes later`);
    return member;
  };
  const event = row.event;
  switch (event.type) {
    case 'allotment': {
      const { record: entry } = await shares.allot(companyId, { ...event.dto, holder: { ...event.dto.holder, memberId: ref(event.dto.holder.memberId) } }, caller);
      return (entry.payload as { holder: { memberId: string } }).holder.memberId;
    }
    case 'transfer': {
      const dto = { ...event.dto, fromMemberId: ref(event.dto.fromMemberId)!, to: { ...event.dto.to, memberId: ref(event.dto.to.memberId) } };
      const { record: entry } = await shares.transfer(companyId, dto, caller);
      return (entry.payload as { to: { memberId: string } }).to.memberId;
    }
    case 'cancellation':
      await shares.cancel(companyId, { ...event.dto, memberId: ref(event.dto.memberId) }, caller);
      return null;
  }
}

function refuse(out: Output, problems: readonly RowProblem[]): void {
  const rows = new Set(problems.map((p) => p.row)).size;
  out.error(`nothing imported: ${rows} bad row${rows === 1 ? '' : 's'}`);
  for (const p of problems) out.error(`row ${p.row} (line ${p.line}): ${p.field}: ${p.problem}`);
  process.exitCode = 1;
}
