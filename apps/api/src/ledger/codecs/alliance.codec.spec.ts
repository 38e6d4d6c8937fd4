import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { calendarDate, foldAlliance, type ChainedLedgerRecord, type Json } from '#domain';
import { AppError } from '../../common/app-error';
import type { LedgerFamily } from '../ledger-codec';
import { allianceFamilies, contractsFamily, networksFamily, organisationsFamily, partnershipsFamily } from './alliance.codec';

/** test/fixtures/v1: a ledger written by the code before the codecs, and what its folds gave (see its README). */
const FIXTURE = join(__dirname, '../../../../../test/fixtures/v1');
const read = (file: string) => JSON.parse(readFileSync(join(FIXTURE, file), 'utf8'));
const entries: ChainedLedgerRecord[] = read('ledger-export.json').entries;
const folds = read('expected/folds.json');
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

type AnyFamily = LedgerFamily<{ type: string; effectiveOn: string }>;
const families = allianceFamilies as readonly AnyFamily[];
const ofFamily = (family: AnyFamily) => entries.filter((e) => e.kind.startsWith(family.prefix));
const firstOf = (kind: string) => entries.find((e) => e.kind === kind)!;
const withPayload = (entry: ChainedLedgerRecord, payload: Record<string, Json | undefined>): ChainedLedgerRecord => ({ ...entry, payload: payload as Json });
const familyOf = (kind: string) => families.find((f) => f.owns(kind))!;

/** The payload without some of its fields. */
const without = (entry: ChainedLedgerRecord, ...fields: string[]) =>
  withPayload(entry, Object.fromEntries(Object.entries(entry.payload as Record<string, Json>).filter(([key]) => !fields.includes(key))));

/** The code `decode` fails with, or `ACCEPTED`. */
function decodeCode(entry: ChainedLedgerRecord, family: AnyFamily = familyOf(entry.kind)): string {
  try {
    family.decode(entry);
    return 'ACCEPTED';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

/** One field of each kind that every payload has always carried. */
const REQUIRED: Record<string, string> = {
  'organisation.recorded': 'name',
  'partnership.recorded': 'partnershipId',
  'partnership.member-joined': 'role',
  'partnership.member-left': 'organisationId',
  'partnership.service-line-added': 'startOn',
  'service-contract.recorded': 'holderId',
  'network.recorded': 'networkId',
  'network.practice-joined': 'networkId',
  'network.practice-moved': 'toNetworkId',
};
const KINDS = Object.keys(REQUIRED);

describe('Alliance codecs (organisation., partnership., service-contract., network.)', () => {
  it('the fixture ledger holds every alliance kind, and each is owned by the family of its prefix', () => {
    const kinds = new Set(entries.filter((e) => families.some((f) => e.kind.startsWith(f.prefix))).map((e) => e.kind));
    expect([...kinds].sort()).toEqual([...KINDS].sort());
    for (const kind of KINDS) expect(familyOf(kind).prefix).toBe(`${kind.split('.')[0]}.`);
  });

  it.each(families.map((f) => [f.name, f] as const))('every %s entry of the fixture decodes and re-encodes to exactly the payload that was hashed', (_, family) => {
    const stored = ofFamily(family);
    expect(stored.length).toBeGreaterThan(0);
    for (const entry of stored) {
      expect(family.encode(family.decode(entry))).toStrictEqual({ kind: entry.kind, effectiveOn: entry.effectiveOn, payload: entry.payload });
    }
  });

  it('folded through the domain, each family gives the state the old folds gave (expected/folds.json)', () => {
    const fold = (family: AnyFamily) => foldAlliance(family.decodeAll(entries) as never);
    expect(plain(fold(organisationsFamily).organisations)).toEqual(folds.alliance.organisations);
    expect(plain(fold(partnershipsFamily).partnerships)).toEqual(folds.alliance.partnerships);
    // A contract also carries its changes of commissioner since they were recorded; v1 has none.
    expect(plain(fold(contractsFamily).contracts)).toEqual(folds.alliance.contracts.map((c: object) => ({ ...c, commissionerChanges: [] })));
    expect(plain(fold(networksFamily).networks)).toEqual(folds.alliance.networks);
  });

  it('decodes to domain values, dated by the entry', () => {
    const move = firstOf('network.practice-moved');
    expect(networksFamily.decode(move)).toEqual({ type: 'practice-moved-network', effectiveOn: move.effectiveOn, ...(move.payload as object) });
    const line = firstOf('partnership.service-line-added');
    expect(partnershipsFamily.decode(line)).toMatchObject({ type: 'service-line-added', effectiveOn: line.effectiveOn, serviceLine: { id: 'out-of-hours-service', endOn: null } });
  });

  it.each(KINDS)('%s: a payload with a field no schema names is refused with LEDGER_ENTRY_UNREADABLE', (kind) => {
    const entry = firstOf(kind);
    expect(decodeCode(withPayload(entry, { ...(entry.payload as Record<string, Json>), extra: 'x' }))).toBe('LEDGER_ENTRY_UNREADABLE');
  });

  it.each(KINDS)('%s: a payload missing a required field is refused with LEDGER_ENTRY_UNREADABLE', (kind) => {
    expect(decodeCode(without(firstOf(kind), REQUIRED[kind]))).toBe('LEDGER_ENTRY_UNREADABLE');
  });

  it('values of the wrong kind are refused: an unknown organisation kind or role, a date that is not one, an empty id', () => {
    const payload = (kind: string) => firstOf(kind).payload as Record<string, Json>;
    expect(decodeCode(withPayload(firstOf('organisation.recorded'), { ...payload('organisation.recorded'), kind: 'charity' }))).toBe('LEDGER_ENTRY_UNREADABLE');
    expect(decodeCode(withPayload(firstOf('partnership.member-joined'), { ...payload('partnership.member-joined'), role: 'owner' }))).toBe('LEDGER_ENTRY_UNREADABLE');
    expect(decodeCode(withPayload(firstOf('service-contract.recorded'), { ...payload('service-contract.recorded'), startOn: '2015-02-30' }))).toBe('LEDGER_ENTRY_UNREADABLE');
    expect(decodeCode(withPayload(firstOf('network.recorded'), { ...payload('network.recorded'), networkId: '' }))).toBe('LEDGER_ENTRY_UNREADABLE');
  });

  it('a kind under an alliance prefix that no codec declares is refused with LEDGER_ENTRY_UNREADABLE', () => {
    expect(decodeCode({ ...firstOf('organisation.recorded'), kind: 'organisation.renamed' }, organisationsFamily)).toBe('LEDGER_ENTRY_UNREADABLE');
  });

  it('notes, end dates, commissioner and partnership, which the old fold read as null when absent, decode to null', () => {
    const contract = without(firstOf('service-contract.recorded'), 'note', 'endOn', 'commissionerId', 'partnershipId');
    expect(contractsFamily.decode(contract)).toMatchObject({ contract: { note: null, endOn: null, commissionerId: null, partnershipId: null } });
    expect(partnershipsFamily.decode(without(firstOf('partnership.service-line-added'), 'endOn'))).toMatchObject({ serviceLine: { endOn: null } });
    expect(partnershipsFamily.decode(without(firstOf('partnership.recorded'), 'note'))).toMatchObject({ partnership: { note: null } });
    expect(organisationsFamily.decode(without(firstOf('organisation.recorded'), 'note'))).toMatchObject({ organisation: { note: null } });
  });

  it('a change of commissioner: encoded and decoded dated by the entry, folded onto its contract; an empty commissioner or an extra field is refused', () => {
    const recorded = firstOf('service-contract.recorded');
    const event = {
      type: 'service-contract-commissioner-changed' as const,
      effectiveOn: calendarDate('2022-07-01'),
      contractId: (recorded.payload as { contractId: string }).contractId,
      change: { on: calendarDate('2022-07-01'), commissionerId: 'north-east-london-icb', reason: null },
    };
    const encoded = contractsFamily.encode(event);
    expect(encoded).toEqual({ kind: 'service-contract.commissioner-changed', effectiveOn: '2022-07-01', payload: { contractId: event.contractId, commissionerId: 'north-east-london-icb', reason: null } });
    const entry: ChainedLedgerRecord = { ...recorded, sequence: recorded.sequence + 1, ...encoded };
    expect(contractsFamily.decode(entry)).toEqual(event);
    const state = foldAlliance(contractsFamily.decodeAll([recorded, entry]) as never);
    expect(state.contracts[0].commissionerChanges).toEqual([event.change]);
    expect(decodeCode(withPayload(entry, { ...(encoded.payload as Record<string, Json>), commissionerId: '' }))).toBe('LEDGER_ENTRY_UNREADABLE');
    expect(decodeCode(withPayload(entry, { ...(encoded.payload as Record<string, Json>), on: '2022-07-01' }))).toBe('LEDGER_ENTRY_UNREADABLE');
  });
});
