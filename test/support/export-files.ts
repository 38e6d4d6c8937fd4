import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { calendarDate, chain, instant, type ChainedLedgerRecord, type Company, type Holder, type LedgerRecord } from '#domain';
import { verifyExportFile, verifyExportText } from '../../apps/cli/src/export-reader';

/** The company the export specs record for: one share per member, members eligible as practices. */
export const EXPORT_COMPANY: Company = {
  id: 'company-1', name: 'Example GP Care Group CIC', companyNumber: '09000001', incorporatedOn: calendarDate('2014-09-01'),
  registeredOffice: '1 Example Street, London E1 1AA',
  articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember: true, memberEligibility: 'practice' },
};

/** Member `m<n>`, the partners of practice `p<n>`. */
export const holder = (n: number): Holder => ({ memberId: `m${n}`, name: `Partners of Surgery ${n}`, address: `${n} Road, London E1`, practiceId: `p${n}` });

/** An event's id, effective date and recording instant (09:00 UTC that day). */
export const stamp = (sequence: number, on: string) => ({ eventId: String(sequence), effectiveOn: calendarDate(on), recordedAt: instant(`${on}T09:00:00.000Z`) });

/** Records hashed and linked as the service stores them. */
export function chainRecords(records: readonly LedgerRecord[]): ChainedLedgerRecord[] {
  const out: ChainedLedgerRecord[] = [];
  for (const record of records) out.push(chain(record, out.at(-1) ?? null));
  return out;
}

/**
 * An export in the layout the service writes: the header on line 1 (format `version`, the head exported
 * at), an entry a line as `lineOf` writes it, the register last.
 */
export function exportFileText(entries: readonly ChainedLedgerRecord[], register: object, options: { version?: number; lineOf: (e: ChainedLedgerRecord) => string; head?: ChainedLedgerRecord }): string {
  const head = options.head ?? entries.at(-1)!;
  const header = { format: 'cic-ledger-export', version: options.version ?? 3, companyId: EXPORT_COMPANY.id, exportedAtHead: { sequence: head.sequence, hash: head.hash }, company: EXPORT_COMPANY };
  return `${JSON.stringify(header).slice(0, -1)},"entries":[\n${entries.map(options.lineOf).join(',\n')}\n],"register":${JSON.stringify(register)}}\n`;
}

/**
 * Both ways of reading an export: written to a file in a folder of the spec's own (removed after all)
 * and read as a stream (the chain checked on a worker thread), and parsed whole; expects the two
 * verdicts equal and gives the streamed one. `dir` is the folder, for the spec's other files.
 */
export function verifyingBothWays(prefix: string): { dir: string; verifyBoth: (text: string) => ReturnType<typeof verifyExportFile> } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let files = 0;
  const verifyBoth = async (text: string) => {
    const file = join(dir, `export-${++files}.json`);
    writeFileSync(file, text);
    const streamed = await verifyExportFile(file);
    expect(streamed).toEqual(verifyExportText(text));
    return streamed;
  };
  return { dir, verifyBoth };
}
