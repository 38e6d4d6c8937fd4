import type { ChainedLedgerRecord, CompanyParticularsChanged, InspectionEvent, OfficerIdentityVerified, OfficerParticularsChanged, PscStatementRecorded, SecretaryAppointed } from '#domain';
import { AppError } from '../../common/app-error';
import { directorsFamily } from './governance.codec';
import { inspectionFamily, officersFamily, particularsFamily, pscFamily } from './officers.codec';

const entry = (kind: string, payload: object): ChainedLedgerRecord =>
  ({ companyId: 'c', sequence: 1, kind, effectiveOn: '2026-11-02', recordedAt: '2026-11-02T10:00:00.000Z', recordedBy: 'x', payload, previousHash: '0'.repeat(64), hash: '1'.repeat(64) }) as never;
const on = '2026-11-02' as never;
const particulars = { name: 'Dr A', formerNames: [], serviceAddress: '1 Demo Yard', countryOfResidence: 'United Kingdom', nationality: 'British', occupation: 'GP', birthMonth: '1970-05' };

describe('officers codecs', () => {
  it('EC-4: every officer kind encodes and decodes back to the same event', () => {
    const events = [
      { type: 'secretary-appointed', effectiveOn: on, officerId: 's', particulars: { ...particulars, birthMonth: null }, personalCommitment: null } satisfies SecretaryAppointed,
      { type: 'officer-particulars-changed', effectiveOn: on, officerId: 's', changes: { name: 'Mrs S' }, personalCommitment: 'a'.repeat(64), protectedFields: ['residential-address'] } satisfies OfficerParticularsChanged,
      { type: 'officer-identity-verified', effectiveOn: on, officerId: 'd', route: 'acsp', personalCommitment: 'b'.repeat(64) } satisfies OfficerIdentityVerified,
    ] as const;
    for (const event of events) {
      const encoded = officersFamily.encode(event);
      expect(officersFamily.decode(entry(encoded.kind, encoded.payload as object))).toEqual(event);
    }
    const change: CompanyParticularsChanged = { type: 'particulars-changed', effectiveOn: on, companyNumber: '09191234', accountingReferenceDate: { month: 3, day: 31 } };
    const p = particularsFamily.encode(change);
    expect(particularsFamily.decode(entry(p.kind, p.payload as object))).toEqual(change);
    const request: InspectionEvent = { type: 'inspection-request-received', effectiveOn: on, requestId: 'q', kind: 'copy', requesterName: 'X', requesterAddress: null, member: false, purpose: '', onwardRecipients: null };
    const i = inspectionFamily.encode(request);
    expect(inspectionFamily.decode(entry(i.kind, i.payload as object))).toEqual(request);
    const named: InspectionEvent = { type: 'inspection-appointment-named', effectiveOn: on, requestId: 'q', on: '2026-11-16' as never, from: '10:00', until: '12:00' };
    const a = inspectionFamily.encode(named);
    expect(a.kind).toBe('inspection.appointment-named');
    expect(inspectionFamily.decode(entry(a.kind, a.payload as object))).toEqual(named);
    const psc: PscStatementRecorded = { type: 'psc-statement-recorded', effectiveOn: on, statement: 'registrable-persons', persons: [{ memberId: 'm', name: 'Demo Practice', sharesPercent: 33.33, votesPercent: 33.33 }], issuedShares: 3 };
    const ps = pscFamily.encode(psc);
    expect(ps.kind).toBe('psc.statement-recorded');
    expect(pscFamily.decode(entry(ps.kind, ps.payload as object))).toEqual(psc);
  });

  it('EC-4: a director appointed with particulars keeps them in director.appointed; one without encodes exactly as before', () => {
    const plain = directorsFamily.encode({ type: 'director-appointed', effectiveOn: on, directorId: 'd', name: 'Dr A', serviceAddress: '1 Demo Yard' });
    expect(plain.payload).toEqual({ directorId: 'd', name: 'Dr A', serviceAddress: '1 Demo Yard' });
    const full = { type: 'director-appointed' as const, effectiveOn: on, directorId: 'd', name: 'Dr A', serviceAddress: '1 Demo Yard', particulars, personalCommitment: 'c'.repeat(64) };
    const encoded = directorsFamily.encode(full);
    expect(directorsFamily.decode(entry(encoded.kind, encoded.payload as object))).toEqual(full);
  });

  it('EC-4: no payload may carry a full date of birth or a residential address: unknown fields are refused on decode', () => {
    const bad = entry('officer.secretary-appointed', { officerId: 's', particulars, personalCommitment: null, residentialAddress: '2 Home Street' });
    expect(() => officersFamily.decode(bad)).toThrow(AppError);
    const badMonth = entry('officer.secretary-appointed', { officerId: 's', particulars: { ...particulars, birthMonth: '1970-05-14' }, personalCommitment: null });
    expect(() => officersFamily.decode(badMonth)).toThrow(AppError);
  });

  it('IN-2: a request is written as inspection.request-received.v2 with a commitment to the address, never the address', () => {
    const request: InspectionEvent = {
      type: 'inspection-request-received', effectiveOn: on, requestId: 'q', kind: 'inspect', requesterName: 'A. Researcher',
      requesterAddress: { commitment: 'd'.repeat(64) }, member: false, purpose: 'a study', onwardRecipients: [],
    };
    const encoded = inspectionFamily.encode(request);
    expect(encoded.kind).toBe('inspection.request-received.v2');
    expect(encoded.payload).toEqual({ requestId: 'q', kind: 'inspect', requesterName: 'A. Researcher', requesterAddressCommitment: 'd'.repeat(64), member: false, purpose: 'a study', onwardRecipients: [] });
    expect(inspectionFamily.decode(entry(encoded.kind, encoded.payload as object))).toEqual(request);
    expect(inspectionFamily.kindOf('inspection-request-received')).toBe('inspection.request-received.v2');
    const withAddress = entry('inspection.request-received.v2', { ...(encoded.payload as object), requesterAddress: '5 Archive Lane' });
    expect(() => inspectionFamily.decode(withAddress)).toThrow(AppError);
  });

  it('IN-2: a version 1 request still decodes with its address written out, and re-encodes to the payload that was hashed', () => {
    const payload = { requestId: 'q', kind: 'copy', requesterName: 'A. Researcher', requesterAddress: '5 Archive Lane', member: true, purpose: 'a study', onwardRecipients: null };
    const decoded = inspectionFamily.decode(entry('inspection.request-received', payload));
    expect(decoded).toMatchObject({ type: 'inspection-request-received', requesterAddress: { written: '5 Archive Lane' } });
    expect(inspectionFamily.encode(decoded)).toEqual({ kind: 'inspection.request-received', effectiveOn: on, payload });
    const blank = { ...payload, requesterAddress: '' };
    expect(inspectionFamily.encode(inspectionFamily.decode(entry('inspection.request-received', blank)))).toEqual({ kind: 'inspection.request-received', effectiveOn: on, payload: blank });
  });
});
