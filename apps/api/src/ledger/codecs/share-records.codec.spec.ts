import { calendarDate, instant, type CertificateIssued, type ChainedLedgerRecord, type LodgedTransferEvent, type ShareCancellation, type ShareCorrection, type ShareTransfer } from '#domain';
import { AppError } from '../../common/app-error';
import type { LedgerFamily, NewLedgerEntry } from '../ledger-codec';
import { shareRegisterFamily } from './share-register.codec';
import { certificatesFamily, lodgedTransfersFamily, shareCorrectionsFamily } from './share-records.codec';

const d = calendarDate;
const at = instant('2024-06-01T10:00:00.000Z');
/** The entry the ledger would store for `written` at `sequence`: chained fields filled in. */
const stored = (written: NewLedgerEntry, sequence: number): ChainedLedgerRecord => ({
  companyId: 'c', sequence, kind: written.kind, effectiveOn: written.effectiveOn, recordedAt: at, recordedBy: 'secretary', payload: written.payload,
  previousHash: '0'.repeat(64), hash: '1'.repeat(64),
});
const roundTrip = <E extends { type: string; effectiveOn: string; eventId: string }>(family: LedgerFamily<E>, event: E) =>
  family.decode(stored(family.encode(event), Number(event.eventId)));
const holder = { memberId: 'm1', name: 'Partners of Example Surgery', address: '1 Road', practiceId: 'p1' };
const transfer: ShareTransfer = { eventId: '60', effectiveOn: d('2024-05-02'), recordedAt: at, authorisedBy: 'r1', type: 'transfer', shareNumber: 3, fromMemberId: 'm0', to: holder, lodgedOn: d('2024-05-01') };

describe('codecs of lodged transfers, certificates and corrections', () => {
  it('SH-3: each lodged-transfer kind decodes to the event it encoded', () => {
    const events: LodgedTransferEvent[] = [
      { eventId: '40', effectiveOn: d('2024-05-01'), recordedAt: at, type: 'lodged', shareNumber: 3, fromMemberId: 'm0', to: holder },
      { eventId: '41', effectiveOn: d('2024-06-01'), recordedAt: at, type: 'refused', transferId: '40', reasons: 'no instrument' },
      { eventId: '42', effectiveOn: d('2024-06-01'), recordedAt: at, type: 'registered', transferId: '39', registeredAs: '38' },
    ];
    for (const event of events) expect(roundTrip(lodgedTransfersFamily, event)).toEqual(event);
    expect(lodgedTransfersFamily.encode(events[0]).kind).toBe('share-transfer.lodged');
  });

  it('SR-3: a certificate and a replacement decode to what was issued', () => {
    const issued: CertificateIssued = { eventId: '50', effectiveOn: d('2024-06-01'), recordedAt: at, type: 'issued', certificateNumber: 1, shareNumber: 3, holder, holdingEventId: '12', replacement: null };
    const replacement: CertificateIssued = { ...issued, eventId: '51', certificateNumber: 2, replacement: { replacesCertificate: 1, reason: 'defaced', indemnityReceivedOn: d('2024-05-30') } };
    expect(roundTrip(certificatesFamily, issued)).toEqual(issued);
    expect(roundTrip(certificatesFamily, replacement)).toEqual(replacement);
  });

  it('SR-4: a correction keeps its replacement as the share entry it stands for, with the correction’s id and instant', () => {
    const replacement: ShareTransfer = { eventId: '60', effectiveOn: d('2024-05-02'), recordedAt: at, authorisedBy: 'r1', type: 'transfer', shareNumber: 3, fromMemberId: 'm0', to: holder, lodgedOn: d('2024-05-01') };
    const correction: ShareCorrection = { eventId: '60', effectiveOn: d('2024-06-01'), recordedAt: at, type: 'correction', correctsEventId: '45', reason: 'wrong names', courtOrderReference: null, replacement };
    const written = shareCorrectionsFamily.encode(correction);
    expect(written.payload).toMatchObject({ correctsSequence: 45, replacement: { kind: 'share.transfer', effectiveOn: '2024-05-02' } });
    expect(roundTrip(shareCorrectionsFamily, correction)).toEqual(correction);
    const voiding: ShareCorrection = { ...correction, replacement: null, courtOrderReference: 'CR-1' };
    expect(roundTrip(shareCorrectionsFamily, voiding)).toEqual(voiding);
  });

  it('a stored payload with a field the schema does not know, or a replacement of another family, is unreadable', () => {
    const lodged = stored(lodgedTransfersFamily.encode({ eventId: '40', effectiveOn: d('2024-05-01'), recordedAt: at, type: 'lodged', shareNumber: 3, fromMemberId: 'm0', to: holder }), 40);
    const code = (fn: () => unknown) => {
      try {
        fn();
        return 'ACCEPTED';
      } catch (error) {
        if (error instanceof AppError) return error.code;
        throw error;
      }
    };
    expect(code(() => lodgedTransfersFamily.decode({ ...lodged, payload: { ...(lodged.payload as object), colour: 'red' } }))).toBe('LEDGER_ENTRY_UNREADABLE');
    const correction = stored(shareCorrectionsFamily.encode({ eventId: '61', effectiveOn: d('2024-06-01'), recordedAt: at, type: 'correction', correctsEventId: '45', reason: 'x', courtOrderReference: null, replacement: null }), 61);
    const foreign = { ...(correction.payload as object), replacement: { kind: 'tupe.transfer-recorded', effectiveOn: '2024-05-01', payload: {} } };
    expect(code(() => shareCorrectionsFamily.decode({ ...correction, payload: foreign }))).toBe('LEDGER_ENTRY_UNREADABLE');
    // The entry's own fields are checked as the event is built: a date that is not one, an instant without its zone.
    expect(code(() => lodgedTransfersFamily.decode({ ...lodged, effectiveOn: '2023-02-29' }))).toBe('LEDGER_ENTRY_UNREADABLE');
    expect(code(() => shareRegisterFamily.decode({ ...stored(shareRegisterFamily.encode(transfer), 60), recordedAt: '2024-06-01T10:00:00' }))).toBe('LEDGER_ENTRY_UNREADABLE');
    expect(code(() => shareRegisterFamily.decode(stored(shareRegisterFamily.encode(transfer), 60)))).toBe('ACCEPTED');
  });

  it('SR-1: a cancellation written before the solvency statement field decodes as it did; one with it keeps it', () => {
    const plain: ShareCancellation = { eventId: '70', effectiveOn: d('2024-06-01'), recordedAt: at, authorisedBy: null, type: 'cancellation', shareNumber: 4, memberId: 'm4', reason: 'surrender', note: null };
    expect(Object.keys(shareRegisterFamily.encode(plain).payload as object)).not.toContain('solvencyStatementOn');
    expect(roundTrip(shareRegisterFamily, plain)).toEqual(plain);
    const reduction: ShareCancellation = { ...plain, reason: 'cancellation', solvencyStatementOn: d('2024-05-25') };
    expect(roundTrip(shareRegisterFamily, reduction)).toEqual(reduction);
    const forfeiture: ShareCancellation = { ...plain, reason: 'forfeiture', forfeitureNoticeOn: d('2024-05-10') };
    expect(roundTrip(shareRegisterFamily, forfeiture)).toEqual(forfeiture);
    expect(Object.keys(shareRegisterFamily.encode(plain).payload as object)).not.toContain('forfeitureNoticeOn');
  });
});
