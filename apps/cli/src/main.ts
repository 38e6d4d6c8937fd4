import '../../api/src/compile-cache';
import { Command, CommanderError } from 'commander';
import { DataDirectoryInUseError } from '../../api/src/database/data-directory';
import { exportCommand } from './commands/export.command';
import { importHistoryCommand } from './commands/import-history.command';
import { rebuildProjectionCommand } from './commands/rebuild-projection.command';
import { tokensCommand } from './commands/tokens.command';
import { verifyCommand } from './commands/verify.command';
import { consoleOutput, type Output } from './output';

/**
 * The command line for the secretary's batch work: `npm run cic -- <command>` or `cic <command>`,
 * run from the build (no compiling). Commands that use the database read the service's settings
 * (DATABASE_URL, DATA_DIR, …) from the environment, as the service does.
 */
export function program(out: Output = consoleOutput): Command {
  const cic = new Command('cic')
    .description('Tower Hamlets GP Care Group CIC governance registers: batch work for the company secretary')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) });
  tokensCommand(cic, out);
  verifyCommand(cic, out);
  exportCommand(cic, out);
  rebuildProjectionCommand(cic, out);
  importHistoryCommand(cic, out);
  return cic;
}

/** Runs the command line; returns the exit code. */
export async function main(argv: readonly string[], out: Output = consoleOutput): Promise<number> {
  const cic = program(out);
  try {
    await cic.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof DataDirectoryInUseError) out.error(error.message);
    else out.error(`failed: ${(error as Error).message}`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
