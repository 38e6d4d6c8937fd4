import { readFile } from 'node:fs/promises';
import type { ChainedLedgerRecord } from '#domain';
import { SerialWorker } from '../../api/src/common/worker-thread';
import type { ProjectionRows } from '../../api/src/share-register/projection-difference';
import { checkChainOfFile, type ChainCheckResult, type ChainJob } from './chain-check';
import { ENTRIES_END, ENTRIES_OPEN, firstLine, forEachLineOfBytes, parseEntryLine } from './export-lines';
import { ExportVerifier, exportHeader, FoldCheck, NOT_AN_EXPORT, verdict, type ExportHeader, type VerifyOptions, type VerifyResult } from './export-verifier';

/**
 * Verifies the text of a ledger export held in memory (any JSON layout): parses it whole, then feeds
 * the {@link ExportVerifier}.
 */
export function verifyExportText(text: string, options: VerifyOptions = {}): VerifyResult {
  let data: { entries?: unknown; register?: ProjectionRows } & Record<string, unknown>;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { valid: false, message: `not a ledger export: ${(error as Error).message}`, entries: 0 };
  }
  const verifier = new ExportVerifier(options);
  if (!data || !Array.isArray(data.entries) || !verifier.start(data)) return verifier.finish();
  for (const entry of data.entries as ChainedLedgerRecord[]) if (!verifier.push(entry)) break;
  return verifier.finish(data.register);
}

/**
 * Verifies an export file as it is read, in bounded memory apart from the share events kept for the
 * fold. The service writes its header on the first line, one entry per line, and the register on the
 * last, so each line is parsed on its own and dropped; a file in any other layout (re-indented, say)
 * is parsed whole instead (`verifyExportText`).
 *
 * The two halves of the check run side by side: a worker thread reads the file too and checks every
 * entry's hash and link ({@link checkChainOfFile}), while this thread decodes the share entries and
 * folds them ({@link FoldCheck}); the verdict takes the first problem either found. Should the thread
 * fail, the chain is checked on this thread instead. `progress` is called with the bytes read.
 */
export async function verifyExportFile(path: string, options: VerifyOptions = {}, progress?: (bytes: number) => void): Promise<VerifyResult> {
  let header: ExportHeader | null = null;
  let fold: FoldCheck | null = null;
  let chain: Promise<ChainCheckResult> | null = null;
  /** The register's line, as read (never joined), parsed only when it is not the text the service writes for the fold's rows. */
  let registerLine: Buffer[] | null = null;
  /** 'whole' when the layout is another; 'done' after the last line or a problem. */
  let state = 'read' as 'read' | 'done' | 'whole';
  let at = 0;
  const worker = new SerialWorker<ChainJob, ChainCheckResult>(__dirname, 'chain-check.worker');
  const stopAfter = new Int32Array(new SharedArrayBuffer(4));
  let closed = false;
  try {
    await forEachLineOfBytes(
      path,
      (bytes, line) => {
        at = line;
        const text = bytes.toString('utf8');
        if (line === 1) {
          if (!text.endsWith(ENTRIES_OPEN)) state = 'whole';
          else if ((header = exportHeader(JSON.parse(`${text.slice(0, -ENTRIES_OPEN.length)}}`))) === null) state = 'done';
          else {
            const job: ChainJob = { path, companyId: header.companyId, knownSequence: options.known?.sequence, stopAfter };
            // Should the thread fail, the chain is checked here instead; not once the verdict is given without it.
            chain = worker.run(job).catch((error: unknown) => (closed ? Promise.reject(error) : checkChainOfFile(job)));
            chain.catch(() => undefined);
            fold = new FoldCheck(header.company);
          }
        } else if (!fold!.push(parseEntryLine(text) as ChainedLedgerRecord)) {
          // The chain's thread need check no further than the entry that did not decode.
          Atomics.store(stopAfter, 0, fold!.problem!.at);
          state = 'done';
        }
        return state === 'read';
      },
      progress,
      ENTRIES_END,
      (rest) => {
        // The line that ends the entries: `]}`, or `],"register":{…}}`.
        const line = firstLine(rest);
        if (line.reduce((n, piece) => n + piece.length, 0) > 2) registerLine = line;
        state = 'done';
      },
    );
    if (state === 'whole') return verifyExportText(await readFile(path, 'utf8'), options);
    if (header === null || fold === null || chain === null) return { valid: false, message: NOT_AN_EXPORT, entries: 0 };
    const checked = await (chain as Promise<ChainCheckResult>);
    const line = registerLine as Buffer[] | null;
    const register = line === null ? undefined : { bytes: line, rows: () => (JSON.parse(`{${Buffer.concat(line).toString('utf8').slice(2)}`) as { register: ProjectionRows }).register };
    return verdict(header, checked, fold, register, options);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return { valid: false, message: `not a ledger export: line ${at}: ${error.message}`, entries: 0 };
  } finally {
    closed = true;
    await worker.close();
  }
}
