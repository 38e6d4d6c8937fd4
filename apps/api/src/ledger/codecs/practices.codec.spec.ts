import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChainedLedgerRecord, Json, ParticularsChange, PracticeEvent, ShareAllotment } from '#domain';
import { decodeCode, stored } from '../../../../../test/support/stored-entries';
import { practicesFamily } from './practices.codec';
import { shareRegisterFamily } from './share-register.codec';

/** test/fixtures/v1: a ledger written before the practice list and joint holders. */
const FIXTURE = join(__dirname, '../../../../../test/fixtures/v1');
const entries: ChainedLedgerRecord[] = JSON.parse(readFileSync(join(FIXTURE, 'ledger-export.json'), 'utf8')).entries;


describe('the practice list and particulars codecs', () => {
  const events: PracticeEvent[] = [
    { type: 'practice-admitted', effectiveOn: '2026-04-01', practiceId: 'practice-z00038', odsCode: 'Z00038', name: 'New', address: '38 Road', networkId: 'network-1' },
    { type: 'practice-particulars-changed', effectiveOn: '2026-05-01', recordedAt: '2026-05-01T09:00:00.000Z', practiceId: 'practice-z00038', name: 'Renamed', address: '38 Road' },
    { type: 'practice-closed', effectiveOn: '2026-06-30', practiceId: 'practice-z00038', reason: 'merged', successorPracticeId: 'practice-z00001', eventId: '41' },
  ] as PracticeEvent[];

  it.each(events.map((e) => [e.type, e] as const))('RM-1/RM-3/SH-5: %s is written field by field and decodes to the same event', (_type, event) => {
    const entry = practicesFamily.encode(event);
    expect(entry.kind.startsWith('practice.')).toBe(true);
    expect(practicesFamily.decode(stored(entry))).toEqual(event);
  });

  it('RM-3: a change of particulars is a share register entry; joint holders are written only when there are some', () => {
    const change: ParticularsChange = {
      type: 'particulars-change', eventId: '41', effectiveOn: '2026-05-01', recordedAt: '2026-05-01T09:00:00.000Z', memberId: 'm-1', name: 'Dr A', address: '1 Road', jointHolders: ['Dr B'],
    } as unknown as ParticularsChange;
    const entry = shareRegisterFamily.encode(change);
    expect(entry).toEqual({ kind: 'share.particulars-change', effectiveOn: '2026-05-01', payload: { type: 'particulars-change', memberId: 'm-1', name: 'Dr A', address: '1 Road', jointHolders: ['Dr B'] } });
    expect(shareRegisterFamily.decode(stored(entry))).toEqual(change);
    const { jointHolders: _j, ...sole } = change;
    expect(shareRegisterFamily.encode(sole).payload).not.toHaveProperty('jointHolders');
    expect(decodeCode(() => shareRegisterFamily.decode(stored({ ...entry, payload: { ...(entry.payload as object), jointHolders: [] } })))).toBe('LEDGER_ENTRY_UNREADABLE');
  });

  it('RM-2: every allotment written before joint holders decodes and re-encodes to the payload that was hashed', () => {
    const allotments = entries.filter((e) => e.kind === 'share.allotment');
    expect(allotments.length).toBeGreaterThan(0);
    for (const entry of allotments) {
      const event = shareRegisterFamily.decode(entry) as ShareAllotment;
      expect(event.holder).not.toHaveProperty('jointHolders');
      expect(shareRegisterFamily.encode(event).payload).toEqual(entry.payload);
    }
  });
});
