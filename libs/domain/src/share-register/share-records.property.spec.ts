import fc from 'fast-check';
import { addDays, calendarDate, instant, type CalendarDate } from '../calendar/calendar-date';
import type { Company } from '../company/company';
import { DomainError } from '../errors';
import { certificateRegister, issueCertificate, type CertificateIssued } from './certificates';
import { checkCorrection, correctedShareEvents, type ShareCorrection } from './corrections';
import { lodgedTransfers, type LodgedTransferEvent } from './lodged-transfer';
import type { Holder, ShareEvent } from './share-event';
import { ShareRegister } from './share-register';

const INCORPORATED = calendarDate('2014-09-01');
const RUNS = { numRuns: 150, seed: 20_261_201 };
const company: Company = {
  id: 'c', name: 'Example GP Care Group CIC', companyNumber: null, incorporatedOn: INCORPORATED, registeredOffice: '1 Example Street',
  articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember: true, memberEligibility: 'practice' },
};
/** Eight holders for six practices: practice p0 and p1 each have a second set of partners. */
const holder = (i: number): Holder => ({ memberId: `m${i}`, name: `Holder ${i}`, address: `${i} Road`, practiceId: `p${i % 6}` });

type Op =
  | { kind: 'allot'; share: number; to: number; day: number }
  | { kind: 'transfer'; pick: number; to: number; day: number }
  | { kind: 'correct'; pick: number; replace: boolean; to: number; shift: number }
  | { kind: 'certificate'; pick: number; day: number; replacing: boolean };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('allot' as const), share: fc.integer({ min: 1, max: 8 }), to: fc.nat(7), day: fc.nat(60) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('transfer' as const), pick: fc.nat(20), to: fc.nat(7), day: fc.nat(60) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('correct' as const), pick: fc.nat(20), replace: fc.boolean(), to: fc.nat(7), shift: fc.integer({ min: -5, max: 5 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('certificate' as const), pick: fc.nat(20), day: fc.nat(70), replacing: fc.boolean() }) },
);

/** Runs the operations, keeping each one the domain accepts: share events, corrections and certificates. */
function run(list: Op[]) {
  const events: ShareEvent[] = [];
  const corrections: ShareCorrection[] = [];
  const certificates: CertificateIssued[] = [];
  const accepted = { events: 0, corrections: 0, certificates: 0, replacements: 0 };
  list.forEach((o, i) => {
    const stamp = { eventId: String(i + 1), recordedAt: instant(new Date(Date.UTC(2024, 0, 1) + i * 1000)) };
    const on = (d: number): CalendarDate => addDays(INCORPORATED, d);
    const inForce = correctedShareEvents(events, corrections);
    const register = ShareRegister.fold(company, inForce);
    const issued = register.allShares().filter((s) => s.holderId !== null);
    try {
      if (o.kind === 'allot') {
        const e: ShareEvent = { ...stamp, effectiveOn: on(o.day), type: 'allotment', shareNumber: o.share, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100, holder: holder(o.to) };
        ShareRegister.fold(company, [...inForce, e]);
        events.push(e);
        accepted.events += 1;
      } else if (o.kind === 'transfer' && issued.length > 0) {
        const s = issued[o.pick % issued.length];
        const e: ShareEvent = { ...stamp, effectiveOn: on(o.day), type: 'transfer', shareNumber: s.shareNumber, fromMemberId: s.holderId!, to: holder(o.to), lodgedOn: on(o.day) };
        ShareRegister.fold(company, [...inForce, e]);
        events.push(e);
        accepted.events += 1;
      } else if (o.kind === 'correct' && inForce.length > 0) {
        const target = inForce[o.pick % inForce.length];
        const replacement: ShareEvent | null =
          o.replace && target.type === 'transfer' ? { ...target, effectiveOn: addDays(target.effectiveOn, o.shift), to: holder(o.to) } : null;
        const c: ShareCorrection = { ...stamp, effectiveOn: on(90), type: 'correction', correctsEventId: target.eventId, reason: 'error', courtOrderReference: null, replacement };
        checkCorrection(company, events, corrections, c);
        corrections.push(c);
        accepted.corrections += 1;
      } else if (o.kind === 'certificate' && issued.length > 0) {
        // A replacement, mostly for a certificate in force, on or after the day it was issued.
        const live = certificateRegister(certificates, inForce).filter((c) => c.cancellationReason === null);
        const old = o.replacing && live.length > 0 ? live[o.pick % live.length] : null;
        const shareNumber = old?.shareNumber ?? issued[o.pick % issued.length].shareNumber;
        const issuedOn = old && old.issuedOn > on(o.day) ? old.issuedOn : on(o.day);
        const replacing = o.replacing ? { reason: 'lost' as const, indemnityReceivedOn: issuedOn } : undefined;
        certificates.push(issueCertificate({ company, shareEvents: inForce, issued: certificates, shareNumber, issuedOn, ...stamp, ...(replacing ? { replacing } : {}) }));
        accepted.certificates += 1;
        if (replacing) accepted.replacements += 1;
      }
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
    }
  });
  return { events, corrections, certificates, accepted };
}

describe('Lodged transfers, certificates and corrections (random ledgers)', () => {
  it('SH-5, RM-1, RM-4: with any accepted corrections, the corrected register keeps one share per current member and per practice, issued = held', () => {
    let corrected = 0;
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40, size: 'max' }), (list) => {
        const { events, corrections, accepted } = run(list);
        corrected += accepted.corrections;
        const register = ShareRegister.fold(company, correctedShareEvents(events, corrections));
        const current = register.allMembers().filter((m) => m.shareNumbers.length > 0);
        expect(register.totals.issuedShares).toBe(current.reduce((n, m) => n + m.shareNumbers.length, 0));
        expect(current.every((m) => m.shareNumbers.length === 1)).toBe(true);
        expect(new Set(current.map((m) => m.practiceId)).size).toBe(current.length);
      }),
      RUNS,
    );
    expect(corrected).toBeGreaterThan(50);
  });

  it('SH-2, SR-3: certificates are numbered 1…n without gaps; a share has at most one certificate in force, and it names the share’s holder', () => {
    let replaced = 0;
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40, size: 'max' }), (list) => {
        const { events, corrections, certificates, accepted } = run(list);
        replaced += accepted.replacements;
        const inForce = correctedShareEvents(events, corrections);
        const register = certificateRegister(certificates, inForce);
        expect(register.map((c) => c.certificateNumber)).toEqual(register.map((_, i) => i + 1));
        const live = register.filter((c) => c.cancellationReason === null);
        expect(new Set(live.map((c) => c.shareNumber)).size).toBe(live.length);
        const now = ShareRegister.fold(company, inForce);
        for (const c of live) expect(now.share(c.shareNumber)?.holderId).toBe(c.holder.memberId);
        for (const c of register.filter((r) => r.replacement !== null)) {
          expect(register[c.replacement!.replacesCertificate - 1]).toMatchObject({ cancellationReason: 'replacement', cancelledOn: c.issuedOn });
        }
      }),
      RUNS,
    );
    expect(replaced).toBeGreaterThan(20);
  });

  it('SH-3: a lodged transfer is decided at most once, and never before it was lodged', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ refuse: fc.boolean(), of: fc.nat(5), day: fc.integer({ min: -3, max: 30 }) }), { maxLength: 20 }), (decisions) => {
        const events: LodgedTransferEvent[] = Array.from({ length: 3 }, (_, i) => ({
          eventId: `l${i}`, effectiveOn: addDays(INCORPORATED, 10), recordedAt: instant('2024-01-01T00:00:00Z'), type: 'lodged', shareNumber: i + 1, fromMemberId: 'm0', to: holder(1),
        }));
        const accepted = [...events];
        for (const [i, d] of decisions.entries()) {
          const stamp = { eventId: `d${i}`, effectiveOn: addDays(INCORPORATED, 10 + d.day), recordedAt: instant('2024-01-02T00:00:00Z') };
          const e: LodgedTransferEvent = d.refuse
            ? { ...stamp, type: 'refused', transferId: `l${d.of}`, reasons: 'x' }
            : { ...stamp, type: 'registered', transferId: `l${d.of}`, registeredAs: `r${i}` };
          try {
            lodgedTransfers([...accepted, e]);
            accepted.push(e);
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
          }
        }
        const state = lodgedTransfers(accepted);
        expect(accepted.length - events.length).toBeLessThanOrEqual(3);
        for (const t of state.values()) {
          const decidedOn = t.registeredOn ?? t.refusedOn;
          expect(t.status === 'lodged' ? decidedOn === null : decidedOn !== null && decidedOn >= t.lodgedOn).toBe(true);
          expect(t.registeredOn !== null && t.refusedOn !== null).toBe(false);
        }
      }),
      RUNS,
    );
  });
});
