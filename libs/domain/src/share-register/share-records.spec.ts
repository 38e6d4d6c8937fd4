import { calendarDate, instant, type CalendarDate } from '../calendar/calendar-date';
import type { Company } from '../company/company';
import { DomainError } from '../errors';
import { complianceCalendar } from '../governance/compliance-calendar';
import { certificateLabel, certificateNumberOfLabel, certificateRegister, certificatesThroughCorrections, checkNotBeforeCertificate, issueCertificate, type CertificateIssued } from './certificates';
import { checkCorrection, correctedBy, correctedShareEvents, type ShareCorrection } from './corrections';
import { evolveLodgedTransfers, lodgedTransfers, registrationOf, checkRefusalReasons, withCorrections, type LodgedTransferEvent } from './lodged-transfer';
import type { Holder, ShareAllotment, ShareEvent, ShareTransfer } from './share-event';
import { ShareRegister } from './share-register';

const INCORPORATED = '2014-09-01';
const company: Company = {
  id: 'company-1', name: 'Example GP Care Group CIC', companyNumber: '09000001', incorporatedOn: calendarDate(INCORPORATED),
  registeredOffice: '1 Example Street, London E1 1AA',
  articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember: true, memberEligibility: 'practice' },
};

let sequence = 0;
const base = (on: string) => ({ eventId: String(++sequence), effectiveOn: calendarDate(on), recordedAt: instant(`${on}T09:00:00.000Z`) });
const holder = (id: string): Holder => ({ memberId: id, name: `Partners of ${id}`, address: `${id} Surgery, London E1`, practiceId: `practice-${id}` });
const allot = (shareNumber: number, to: Holder, on = INCORPORATED): ShareAllotment => ({
  ...base(on), type: 'allotment', shareNumber, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100, holder: to,
});
const transfer = (shareNumber: number, from: string, to: Holder, on: string): ShareTransfer => ({
  ...base(on), type: 'transfer', shareNumber, fromMemberId: from, to, lodgedOn: calendarDate(on),
});
const d = (on: string) => calendarDate(on);

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return 'ACCEPTED';
}

describe('Lodged transfers (SH-3, s.771)', () => {
  const lodged = (on: string): LodgedTransferEvent => ({ ...base(on), type: 'lodged', shareNumber: 1, fromMemberId: 'A', to: holder('C') });

  it('SH-3: a lodged transfer is due for decision two months after lodging, and either outcome decides it once', () => {
    const l = lodged('2024-05-10');
    const state = lodgedTransfers([l]);
    expect(state.get(l.eventId)).toMatchObject({ status: 'lodged', lodgedOn: '2024-05-10', decisionDueOn: '2024-07-10' });
    const refused = evolveLodgedTransfers(state, { ...base('2024-06-01'), type: 'refused', transferId: l.eventId, reasons: 'not a practice' });
    expect(refused.get(l.eventId)).toMatchObject({ status: 'refused', refusedOn: '2024-06-01', reasons: 'not a practice' });
    expect(code(() => evolveLodgedTransfers(refused, { ...base('2024-06-02'), type: 'registered', transferId: l.eventId, registeredAs: '99' }))).toBe('TRANSFER_ALREADY_DECIDED');
  });

  it('SH-3: a decision cannot be dated before lodging, an unknown transfer cannot be decided, and a refusal gives reasons', () => {
    const l = lodged('2024-05-10');
    const state = lodgedTransfers([l]);
    expect(code(() => evolveLodgedTransfers(state, { ...base('2024-05-09'), type: 'refused', transferId: l.eventId, reasons: 'x' }))).toBe('TRANSFER_DECIDED_BEFORE_LODGED');
    expect(code(() => evolveLodgedTransfers(state, { ...base('2024-05-11'), type: 'refused', transferId: 'nope', reasons: 'x' }))).toBe('TRANSFER_NOT_LODGED');
    expect(code(() => checkRefusalReasons('  '))).toBe('TRANSFER_REFUSAL_WITHOUT_REASONS');
  });

  it('SH-3: registration enters the transfer as lodged: its share, parties and lodging date', () => {
    const l = lodged('2024-05-10');
    const t = lodgedTransfers([l]).get(l.eventId)!;
    const event = registrationOf(t, { eventId: '50', effectiveOn: d('2024-06-01'), recordedAt: instant('2024-06-01T10:00:00Z'), authorisedBy: 'r-1' });
    expect(event).toMatchObject({ type: 'transfer', shareNumber: 1, fromMemberId: 'A', to: holder('C'), lodgedOn: '2024-05-10', effectiveOn: '2024-06-01' });
  });

  it('RM-4, SR-4: a registered transfer whose entry is voided is corrected, naming the correction and the entry last in force in its place', () => {
    const l = lodged('2024-05-10');
    const registered = evolveLodgedTransfers(lodgedTransfers([l]), { ...base('2024-06-01'), type: 'registered', transferId: l.eventId, registeredAs: '50' });
    const correction = (eventId: string, correctsEventId: string, replaced: boolean): ShareCorrection => ({
      type: 'correction', eventId, effectiveOn: d('2024-06-10'), recordedAt: instant('2024-06-10T09:00:00Z'), correctsEventId, reason: 'wrong', courtOrderReference: null,
      replacement: replaced ? transfer(1, 'A', holder('D'), '2024-06-01') : null,
    });
    expect(withCorrections(registered, [correction('70', '99', false)]).get(l.eventId)).toMatchObject({ status: 'registered', correctedBy: null, replacedBy: null });
    expect(withCorrections(registered, [correction('60', '50', false)]).get(l.eventId)).toMatchObject({ status: 'corrected', registeredAs: '50', correctedBy: '60', replacedBy: null });
    expect(withCorrections(registered, [correction('60', '50', true)]).get(l.eventId)).toMatchObject({ status: 'corrected', correctedBy: '60', replacedBy: '60' });
    // The replacement corrected again: the last replacement stands in its place, or nothing once voided outright.
    expect(withCorrections(registered, [correction('60', '50', true), correction('65', '60', true)]).get(l.eventId)).toMatchObject({ correctedBy: '60', replacedBy: '65' });
    expect(withCorrections(registered, [correction('65', '60', false), correction('60', '50', true)]).get(l.eventId)).toMatchObject({ correctedBy: '60', replacedBy: null });
    expect(withCorrections(lodgedTransfers([l]), [correction('60', '50', false)]).get(l.eventId)).toMatchObject({ status: 'lodged' });
  });

  it('FC-4, SH-3: a refused transfer owes no certificate; the s.771 decision duty is done on refusal', () => {
    const duties = complianceCalendar(
      { incorporatedOn: d(INCORPORATED), allotments: [], resolutions: [], filings: [], transfers: [{ reference: 't', lodgedOn: d('2024-05-10'), registeredOn: null, refusedOn: d('2024-06-01') }] },
      { from: d('2024-01-01'), to: d('2024-12-31'), asAt: d('2024-06-30') },
    ).filter((duty) => duty.reference === 't');
    expect(duties.map((duty) => [duty.kind, duty.status, duty.doneOn])).toEqual([['transfer-decision', 'done', '2024-06-01']]);
  });
});

describe('Certificate register (SH-2, SR-3)', () => {
  const a1 = allot(1, holder('A'));
  const a2 = allot(2, holder('B'));
  const issue = (events: ShareEvent[], issued: CertificateIssued[], shareNumber: number, on: string, replacing?: { reason: 'lost' | 'defaced'; indemnityReceivedOn: CalendarDate; replacesCertificate?: number }) =>
    issueCertificate({ company, shareEvents: events, issued, shareNumber, issuedOn: d(on), ...base(on), ...(replacing ? { replacing } : {}) });

  it('SH-2: certificates are numbered 1, 2, 3 … per company without gaps, shown as C-0001', () => {
    const c1 = issue([a1, a2], [], 1, '2014-09-10');
    const c2 = issue([a1, a2], [c1], 2, '2014-09-10');
    expect([c1.certificateNumber, c2.certificateNumber]).toEqual([1, 2]);
    expect(certificateLabel(c2.certificateNumber)).toBe('C-0002');
    // The label or the number read back, as a caller may give it: any case, zeros before the number; nothing else.
    expect(['C-0002', 'c-2', 'C-00002', '2', '0002', 'C-12345'].map(certificateNumberOfLabel)).toEqual([2, 2, 2, 2, 2, 12345]);
    expect(['C-0000', 'C-', ' C-2', 'C-00x2', 'D-0002', 'C-2.5', 'C-0123456789'].map(certificateNumberOfLabel)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(c1).toMatchObject({ shareNumber: 1, holder: holder('A'), holdingEventId: a1.eventId, replacement: null });
  });

  it('SH-2: a holding gets one certificate; a second is refused while the first is in force', () => {
    const c1 = issue([a1], [], 1, '2014-09-10');
    expect(code(() => issue([a1], [c1], 1, '2014-09-11'))).toBe('CERTIFICATE_ALREADY_ISSUED');
    expect(code(() => issue([a1], [], 2, '2014-09-11'))).toBe('CERTIFICATE_SHARE_NOT_HELD');
  });

  it('SH-2: a change to a share cannot take effect before a certificate issued for it; a replacement names the one it replaces', () => {
    const c1 = issue([a1], [], 1, '2020-01-10');
    expect(code(() => checkNotBeforeCertificate(transfer(1, 'A', holder('C'), '2020-01-09'), [c1]))).toBe('EVENT_PREDATES_DEPENDENCY');
    expect(() => checkNotBeforeCertificate(transfer(1, 'A', holder('C'), '2020-01-10'), [c1])).not.toThrow();
    expect(() => checkNotBeforeCertificate(transfer(2, 'B', holder('C'), '2020-01-09'), [c1])).not.toThrow();
    expect(code(() => issue([a1], [c1], 1, '2020-03-05', { reason: 'lost', indemnityReceivedOn: d('2020-03-01'), replacesCertificate: 7 }))).toBe('CERTIFICATE_NOT_IN_FORCE');
  });

  it('SH-2: a transfer cancels the transferor’s certificate on its date, and the transferee gets a new one', () => {
    const c1 = issue([a1], [], 1, '2014-09-10');
    const t = transfer(1, 'A', holder('C'), '2020-01-15');
    const c2 = issue([a1, t], [c1], 1, '2020-02-01');
    const register = certificateRegister([c1, c2], [a1, t]);
    expect(register.map((c) => [c.certificateNumber, c.holder.memberId, c.cancelledOn, c.cancellationReason])).toEqual([
      [1, 'A', '2020-01-15', 'transfer'],
      [2, 'C', null, null],
    ]);
  });

  it('SH-2, SR-4: a certificate for a holding whose entry a correction voided is cancelled on the correction\'s date', () => {
    const wrong = transfer(1, 'A', holder('W'), '2020-01-15');
    const c1 = issue([a1, wrong], [], 1, '2020-02-01');
    const voided: ShareCorrection = {
      ...base('2020-03-02'), type: 'correction', correctsEventId: wrong.eventId, reason: 'entered to the wrong practice', courtOrderReference: null, replacement: null,
    };
    expect(certificateRegister([c1], [a1, wrong])[0]).toMatchObject({ cancelledOn: null, cancellationReason: null });
    expect(certificateRegister([c1], correctedShareEvents([a1, wrong], [voided]), [voided])[0]).toMatchObject({ cancelledOn: '2020-03-02', cancellationReason: 'correction' });
    // The holder before the voided transfer holds the share again, with no certificate in force: one can be issued.
    expect(issue(correctedShareEvents([a1, wrong], [voided]), [c1], 1, '2020-03-03')).toMatchObject({ certificateNumber: 2, holder: holder('A') });
  });

  it('SH-2, SR-4: a correction that puts a transfer\'s date right for the same share and member keeps its certificate in force; another holder or a later day cancels it', () => {
    const registered = transfer(1, 'A', holder('T'), '2020-01-20');
    const c1 = issue([a1, registered], [], 1, '2020-02-01');
    const correct = (replacement: ShareEvent): ShareCorrection => ({
      ...base('2020-03-02'), type: 'correction', correctsEventId: registered.eventId, reason: 'dated wrongly', courtOrderReference: null, replacement,
    });
    const redated = correct(transfer(1, 'A', holder('T'), '2020-01-21'));
    const [kept] = certificateRegister([c1], correctedShareEvents([a1, registered], [redated]), [redated]);
    expect(kept).toMatchObject({ cancelledOn: null, cancellationReason: null, holdingEventId: redated.eventId });
    expect(certificatesThroughCorrections([c1], [redated])[0]!.holdingEventId).toBe(redated.eventId);
    // The next correction of the corrected entry is followed too.
    const again = { ...correct(transfer(1, 'A', holder('T'), '2020-01-22')), correctsEventId: redated.eventId };
    expect(certificatesThroughCorrections([c1], [redated, again])[0]!.holdingEventId).toBe(again.eventId);
    for (const other of [correct(transfer(1, 'A', holder('U'), '2020-01-21')), correct(transfer(1, 'A', holder('T'), '2020-02-02'))]) {
      expect(certificateRegister([c1], correctedShareEvents([a1, registered], [other]), [other])[0]).toMatchObject({ cancelledOn: '2020-03-02', cancellationReason: 'correction' });
    }
  });

  it('SR-3: a lost certificate is replaced on an indemnity, marked as a replacement, and the old one cancelled', () => {
    const c1 = issue([a1], [], 1, '2014-09-10');
    expect(code(() => issue([a1], [c1], 1, '2020-03-01', { reason: 'lost', indemnityReceivedOn: d('2020-03-02') }))).toBe('INDEMNITY_AFTER_REPLACEMENT');
    expect(code(() => issue([a1, a2], [c1], 2, '2020-03-01', { reason: 'lost', indemnityReceivedOn: d('2020-03-01') }))).toBe('NO_CERTIFICATE_TO_REPLACE');
    const c2 = issue([a1], [c1], 1, '2020-03-05', { reason: 'lost', indemnityReceivedOn: d('2020-03-01') });
    expect(c2).toMatchObject({ certificateNumber: 2, replacement: { replacesCertificate: 1, reason: 'lost', indemnityReceivedOn: '2020-03-01' } });
    const [old, replacement] = certificateRegister([c1, c2], [a1]);
    expect(old).toMatchObject({ cancelledOn: '2020-03-05', cancellationReason: 'replacement' });
    expect(replacement).toMatchObject({ cancelledOn: null });
  });

  it('SR-3: only the last certificate of a holding can be replaced, and not by one dated before it: one certificate is ever in force', () => {
    const c1 = issue([a1], [], 1, '2020-03-01');
    const c2 = issue([a1], [c1], 1, '2020-03-10', { reason: 'lost', indemnityReceivedOn: d('2020-03-10') });
    // A replacement dated between the two would replace C-0001 again, leaving C-0002 and itself in force.
    expect(code(() => issue([a1], [c1, c2], 1, '2020-03-05', { reason: 'defaced', indemnityReceivedOn: d('2020-03-05') }))).toBe('CERTIFICATE_ISSUED_BEFORE_HOLDING');
    expect(code(() => issue([a1], [c1, c2], 1, '2020-03-12', { reason: 'defaced', indemnityReceivedOn: d('2020-03-12'), replacesCertificate: 1 }))).toBe('CERTIFICATE_NOT_IN_FORCE');
    const c3 = issue([a1], [c1, c2], 1, '2020-03-12', { reason: 'defaced', indemnityReceivedOn: d('2020-03-12'), replacesCertificate: 2 });
    expect(certificateRegister([c1, c2, c3], [a1]).filter((c) => c.cancelledOn === null).map((c) => c.certificateNumber)).toEqual([3]);
  });
});

describe('Corrections (RM-3, RM-4, SR-4)', () => {
  const a1 = allot(1, holder('A'));
  const a2 = allot(2, holder('B'));
  const wrong = transfer(1, 'A', holder('C'), '2020-01-15');
  const correction = (corrects: string, replacement: ShareEvent | null, on = '2020-02-01'): ShareCorrection => ({
    ...base(on), type: 'correction', correctsEventId: corrects, reason: 'entered to the wrong practice', courtOrderReference: null, replacement,
  });

  it('SR-4: a correction voids the mistaken entry and puts the corrected one in its place, at its own date', () => {
    const right = transfer(1, 'A', holder('D'), '2020-01-15');
    const c = correction(wrong.eventId, right);
    const events = correctedShareEvents([a1, a2, wrong], [c]);
    expect(events.map((e) => e.eventId)).toEqual([a1.eventId, a2.eventId, c.eventId]);
    const register = checkCorrection(company, [a1, a2, wrong], [], c);
    expect(register.share(1)?.holderId).toBe('D');
    expect(register.member('C')).toBeUndefined();
    expect(correctedBy([c]).get(wrong.eventId)).toBe(c.eventId);
  });

  it('RM-4: an entry corrected once cannot be corrected again; its replacement can', () => {
    const c = correction(wrong.eventId, transfer(1, 'A', holder('D'), '2020-01-15'));
    expect(code(() => correctedShareEvents([a1, wrong], [c, correction(wrong.eventId, null)]))).toBe('CORRECTION_TARGET_UNKNOWN');
    expect(correctedShareEvents([a1, wrong], [c, correction(c.eventId, null)]).map((e) => e.eventId)).toEqual([a1.eventId]);
  });

  it('RM-4, SR-4: a correction that would leave a later entry breaking a rule is refused naming that entry (its kind, date and share) and the rule; a reason is required', () => {
    const later = transfer(1, 'C', holder('E'), '2021-01-01');
    // Voiding the transfer to C leaves C's later transfer of the share without a share to pass.
    const error = (() => {
      try {
        checkCorrection(company, [a1, wrong, later], [], correction(wrong.eventId, null));
      } catch (e) {
        return e as DomainError;
      }
      return null;
    })();
    expect(error).toMatchObject({ code: 'CORRECTION_BREAKS_LATER_ENTRY', details: { eventId: later.eventId, rule: 'SHARE_NOT_HELD_BY_MEMBER', correctsEventId: wrong.eventId, entryType: 'transfer', effectiveOn: '2021-01-01', shareNumber: 1 } });
    expect(code(() => checkCorrection(company, [a1, wrong], [], { ...correction(wrong.eventId, null), reason: ' ' }))).toBe('CORRECTION_REASON_MISSING');
  });

  it('RM-1: a transfer from a member who did not hold the share names who held it on that date', () => {
    const error = (() => {
      try {
        ShareRegister.fold(company, [a1, a2, transfer(1, 'B', holder('C'), '2020-01-15')]);
      } catch (e) {
        return e as DomainError;
      }
      return null;
    })();
    expect(error?.code).toBe('SHARE_NOT_HELD_BY_MEMBER');
    expect(error?.message).toBe('share 1 was held by Partners of A on 2020-01-15, not Partners of B');
  });
});
