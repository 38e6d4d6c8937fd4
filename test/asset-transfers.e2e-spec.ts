import { randomUUID } from 'node:crypto';
import { nameAssetLockedBodies } from './support/asset-lock';
import { databaseKinds } from './support/databases';
import { todayAndTomorrow } from './support/dates';
import { ledgerEntries, ledgerHead } from './support/ledger';
import { refusedUnchanged } from './support/refusals';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const PATH = `/api/companies/${COMPANY}/asset-transfers`;

type Role = 'secretary' | 'board' | 'auditor';

/** A transfer of £10,000 of equipment for nothing to a body that is not asset-locked, changed by `more`. */
const transfer = (more: Record<string, unknown> = {}) => ({
  transferredOn: '2024-06-30',
  description: 'Clinical equipment from the closed Mile End hub',
  recipientName: 'Example Surgery',
  recipientKind: 'not-asset-locked',
  marketValuePence: 1_000_000,
  considerationPence: 0,
  ...more,
});

/**
 * The register of asset transfers (CIC Regs 2005 Sch 2 para 1; CI-2, CI-6, CI-5) over HTTP on a real
 * database: what is recorded, how each is classified, a year's total, and refusals that write nothing.
 * Shape faults alone are the controller's spec (apps/api/src/asset-lock/asset-transfers.controller.spec.ts).
 */
describe.each(databaseKinds())('the register of asset transfers (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  const get = (query = '', role: Role = 'board') => t.http.get(`${PATH}${query}`).set(t.auth(role));
  const post = (body: object, role: Role = 'secretary') => t.http.post(PATH).set(t.auth(role)).send(body);
  const refused = refusedUnchanged(async () => ({ head: await ledgerHead(t), list: (await get()).body }));

  it('CI-2, CI-6, CI-5: each ground is recorded with its classification and the value below full consideration; a financial year gives its total', async () => {
    // CI-2: the articles name Example Community Trust from 1 January 2024 (asset-locked-bodies.e2e-spec.ts has the rules of naming one).
    await nameAssetLockedBodies(t, '2024-01-01', [{ name: 'Example Community Trust', registrationNumber: '1234567' }], { passedOn: '2023-12-01' });
    const before = await ledgerHead(t);
    const recorded = [
      await post(transfer({ transferredOn: '2023-10-01', considerationPence: 1_000_000, description: 'The Mile End lease, sold at market value' })).expect(201),
      await post(transfer({ transferredOn: '2024-06-30', recipientKind: 'asset-locked-body-named-in-articles', recipientName: 'The Trust', recipientRegistrationNumber: '1234567', considerationPence: 250_000 })).expect(201),
      await post(transfer({ transferredOn: '2024-09-30', recipientKind: 'other-asset-locked-body', recipientName: 'Example Health CIC', recipientRegistrationNumber: '09999999', regulatorConsentReference: 'CIC/AL/0042', regulatorConsentOn: '2024-09-01', marketValuePence: 50_000, considerationPence: 10_000 })).expect(201),
      await post(transfer({ transferredOn: '2024-10-01', communityBenefit: 'Equipment for a free community clinic', communityBenefitTo: 'the-community', marketValuePence: 300_000 })).expect(201),
    ].map((res) => res.body);
    expect(recorded.map((r) => [r.basis, r.valueBelowFullConsiderationPence])).toEqual([
      ['full-consideration', 0],
      ['to-named-asset-locked-body', 750_000],
      ['to-asset-locked-body-with-consent', 40_000],
      ['for-community-benefit', 300_000],
    ]);
    // CI-1: whom the community benefit goes to is kept with it; not stated elsewhere.
    expect(recorded.map((r) => r.communityBenefitTo)).toEqual([null, null, null, 'the-community']);
    expect(recorded[2]).toMatchObject({ regulatorConsentReference: 'CIC/AL/0042', regulatorConsentOn: '2024-09-01', recipientRegistrationNumber: '09999999' });
    // The body named in the articles is recorded with the name they give it, not the name typed.
    expect(recorded[1]).toMatchObject({ recipientName: 'Example Community Trust', recipientRegistrationNumber: '1234567' });

    // Each is one entry of its own family, its id the entry's sequence, effective on the day of the transfer.
    const entries = await ledgerEntries(t, { afterSequence: before.headSequence });
    expect(entries.map((e) => [e.kind, e.effectiveOn, String(e.sequence)])).toEqual(recorded.map((r) => ['asset-transfer.recorded', r.transferredOn, r.transferId]));
    expect(entries[2].payload).toMatchObject({ basis: 'to-asset-locked-body-with-consent', regulatorConsent: { reference: 'CIC/AL/0042', givenOn: '2024-09-01' } });
    expect((await ledgerHead(t)).valid).toBe(true);

    // The board and the auditor read the list; as at a day it holds those dated by then.
    for (const role of ['board', 'auditor', 'secretary'] as const) {
      const all = (await get('', role).expect(200)).body;
      expect(all.transfers.map((r: { transferId: string }) => r.transferId)).toEqual(recorded.map((r) => r.transferId));
      expect(all.financialYear).toBeNull();
    }
    expect((await get('?asAt=2024-06-29').expect(200)).body.transfers.map((r: { basis: string }) => r.basis)).toEqual(['full-consideration']);

    // CI-5: the financial year to 30 September 2024 (the accounting reference date, s.391(4)) holds the first three, both ends included; the next year the fourth.
    const year = (await get('?financialYearEnd=2024-09-30', 'auditor').expect(200)).body;
    expect(year.financialYear).toEqual({ from: '2023-10-01', to: '2024-09-30', totalBelowFullConsiderationPence: 790_000 });
    expect(year.transfers).toHaveLength(3);
    expect((await get('?financialYearEnd=2025-09-30').expect(200)).body.financialYear.totalBelowFullConsiderationPence).toBe(300_000);
    expect((await get('?financialYearEnd=2023-09-30').expect(200)).body).toMatchObject({ financialYear: { totalBelowFullConsiderationPence: 0 }, transfers: [] });
  });

  it("CI-5, s.390: the year's total is for one of the company's financial years: 31 March is 422 NOT_A_FINANCIAL_YEAR_END naming the nearest year ends; up to 7 days from 30 September is a year the directors may end (s.390(3)), 8 is not; the first year runs from incorporation (s.391(5))", async () => {
    const march = await get('?financialYearEnd=2025-03-31');
    expect([march.status, march.body.code, march.body.details]).toEqual([422, 'NOT_A_FINANCIAL_YEAR_END', { field: 'financialYearEnd', financialYearEnd: '2025-03-31', referenceDate: '30 September', nearestBefore: '2024-09-30', nearestAfter: '2025-09-30' }]);
    expect(march.body.message).toContain('the nearest are 2024-09-30 and 2025-09-30');
    const seven = (await get('?financialYearEnd=2024-10-07').expect(200)).body;
    expect(seven.financialYear).toEqual({ from: '2023-10-01', to: '2024-10-07', totalBelowFullConsiderationPence: 1_090_000 });
    for (const end of ['2024-10-08', '2024-09-22']) {
      const eight = await get(`?financialYearEnd=${end}`);
      expect([end, eight.status, eight.body.code, eight.body.details?.field]).toEqual([end, 422, 'NOT_A_FINANCIAL_YEAR_END', 'financialYearEnd']);
    }
    // The first financial year: 1 September 2014 to 30 September 2015, 13 months.
    expect((await get('?financialYearEnd=2015-09-30').expect(200)).body.financialYear).toEqual({ from: '2014-09-01', to: '2015-09-30', totalBelowFullConsiderationPence: 0 });
  });

  it('CI-5, s.392: after an AA01 of 30 November 2024 moving the date to 31 December, the year from 1 October 2024 ends on 31 December 2024; 30 September 2025 ends none', async () => {
    await t.http.post(`/api/companies/${COMPANY}/particulars`).set(t.auth('secretary')).send({ effectiveOn: '2024-11-30', accountingReferenceDate: { month: 12, day: 31 } }).expect(201);
    // FC-5, s.392(1): the new date counts once the AA01 is filed.
    await t.http.post(`/api/companies/${COMPANY}/filings`).set(t.auth('secretary')).send({ kind: 'aa01', reference: 'aa01-2024-11-30', filedOn: '2024-11-30' }).expect(201);
    expect((await get('?financialYearEnd=2024-12-31').expect(200)).body.financialYear).toEqual({ from: '2024-10-01', to: '2024-12-31', totalBelowFullConsiderationPence: 300_000 });
    const september = await get('?financialYearEnd=2025-09-30');
    expect([september.status, september.body.code, september.body.details]).toEqual([422, 'NOT_A_FINANCIAL_YEAR_END', { field: 'financialYearEnd', financialYearEnd: '2025-09-30', referenceDate: '31 December', nearestBefore: '2024-12-31', nearestAfter: '2025-12-31' }]);
  });

  it('CI-2, CI-6: refusals are 422 with their code naming the field, and change nothing (the ledger head and the list as they were)', async () => {
    const { today, tomorrow } = await todayAndTomorrow();
    const otherBody = { recipientKind: 'other-asset-locked-body', recipientName: 'Example Health CIC', recipientRegistrationNumber: '09999999' };
    const cases: [string, object, string, string][] = [
      ['CI-2: below full value to a GP practice, no community benefit stated', transfer(), 'ASSET_LOCK_BREACH', 'communityBenefit'],
      ['CI-1: a benefit only to the member practices is not a community benefit', transfer({ communityBenefit: 'Free equipment for the member practices', communityBenefitTo: 'only-members-of-a-body' }), 'ASSET_LOCK_BREACH', 'communityBenefitTo'],
      ['CI-1: nor one only to an employer’s employees', transfer({ communityBenefit: 'A staff social club', communityBenefitTo: 'only-employees-of-an-employer' }), 'ASSET_LOCK_BREACH', 'communityBenefitTo'],
      ['CI-6: below full value to another asset-locked body without consent', transfer(otherBody), 'REGULATOR_CONSENT_REQUIRED', 'regulatorConsentReference'],
      ['CI-6: even with a community benefit stated', transfer({ ...otherBody, communityBenefit: 'A community hub' }), 'REGULATOR_CONSENT_REQUIRED', 'regulatorConsentReference'],
      ['CI-6: a consent dated after the transfer', transfer({ ...otherBody, regulatorConsentReference: 'CIC/AL/1', regulatorConsentOn: '2024-07-01' }), 'CONSENT_AFTER_TRANSFER', 'regulatorConsentOn'],
      ['a transfer before incorporation (1 September 2014)', transfer({ transferredOn: '2014-08-31', considerationPence: 1_000_000 }), 'EVENT_BEFORE_INCORPORATION', 'transferredOn'],
      ['a transfer dated tomorrow', transfer({ transferredOn: tomorrow, considerationPence: 1_000_000 }), 'DATED_AFTER_RECORDING', 'transferredOn'],
    ];
    for (const [what, body, code, field] of cases) {
      const res = await refused(() => post(body), 422, code);
      expect([what, res.body.details?.field]).toEqual([what, field]);
    }
    // Malformed: 400 naming the field, nothing written.
    await refused(() => post(transfer({ recipientKind: 'other-asset-locked-body' })), 400, 'INVALID_ASSET_TRANSFER');
    await refused(() => post(transfer({ regulatorConsentReference: 'CIC/AL/1', communityBenefit: 'x' })), 400, 'INVALID_ASSET_TRANSFER');
    // CI-1: whom a benefit goes to, with no benefit stated; or not one of the three.
    expect((await refused(() => post(transfer({ communityBenefitTo: 'the-community' })), 400, 'INVALID_ASSET_TRANSFER')).body.details.field).toBe('communityBenefit');
    await refused(() => post(transfer({ communityBenefit: 'x', communityBenefitTo: 'patients' })), 400, 'VALIDATION_FAILED', 'communityBenefitTo');
    await refused(() => post(transfer({ marketValuePence: '10000.00' })), 400, 'VALIDATION_FAILED', 'marketValuePence');
    // Dated today, it is recorded.
    expect((await post(transfer({ transferredOn: today, considerationPence: 1_000_000 })).expect(201)).body.basis).toBe('full-consideration');
  });

  it('CI-5: a transfer that would take the register past the largest total it keeps exactly is 422 ASSET_TRANSFER_TOTALS_TOO_LARGE, and nothing is written; the year still totals exactly', async () => {
    const most = Number.MAX_SAFE_INTEGER;
    const huge = (day: string) => transfer({ transferredOn: day, communityBenefit: 'A community hub', marketValuePence: most, considerationPence: 0 });
    await post(transfer({ transferredOn: '2025-03-09', communityBenefit: 'A community hub', marketValuePence: 100, considerationPence: 0 })).expect(201);
    const res = await refused(() => post(huge('2025-03-10')), 422, 'ASSET_TRANSFER_TOTALS_TOO_LARGE');
    expect(res.body.details).toMatchObject({ field: 'marketValuePence', mostPence: most });
    const recordedPence = res.body.details.recordedPence as number;
    expect(recordedPence).toBeGreaterThanOrEqual(100);
    // Up to the largest total exactly, it is recorded, and the year's total is exact.
    const fits = (await post(transfer({ transferredOn: '2025-03-10', communityBenefit: 'A community hub', marketValuePence: most - recordedPence, considerationPence: 0 })).expect(201)).body;
    expect(fits.valueBelowFullConsiderationPence).toBe(most - recordedPence);
    const year = (await get('?financialYearEnd=2025-12-31').expect(200)).body.financialYear;
    expect(Number.isSafeInteger(year.totalBelowFullConsiderationPence)).toBe(true);
    await refused(() => post(transfer({ transferredOn: '2025-03-11', communityBenefit: 'A community hub', marketValuePence: 1, considerationPence: 0 })), 422, 'ASSET_TRANSFER_TOTALS_TOO_LARGE');
  });

  it("CI-2, CI-6: the recipient's number is a company or charity number, kept trimmed and in upper case; anything else is 400 INVALID_ASSET_TRANSFER naming the field, and nothing is written", async () => {
    const full = { considerationPence: 1_000_000 };
    const recordedFirst = (await get().expect(200)).body.transfers[0].transferId;
    for (const number of ['!!', '12345', 'SC 123456', 'Example Health CIC']) {
      const res = await refused(() => post(transfer({ ...full, recipientRegistrationNumber: number })), 400, 'INVALID_ASSET_TRANSFER');
      expect([number, res.body.details]).toEqual([number, { field: 'recipientRegistrationNumber', reason: 'not-a-registration-number' }]);
      expect(res.body.message).toContain('is not a company or charity number');
      expect(res.body.message).toContain('8-character form');
    }
    const kept = [];
    for (const number of [' sc012345 ', 'nic100002', '1234567-1', '01234567']) {
      kept.push((await post(transfer({ ...full, transferredOn: '2024-01-15', recipientRegistrationNumber: number })).expect(201)).body);
    }
    expect(kept.map((r) => r.recipientRegistrationNumber)).toEqual(['SC012345', 'NIC100002', '1234567-1', '01234567']);
    const listed = (await get('?asAt=2024-01-15').expect(200)).body.transfers.filter((r: { transferredOn: string }) => r.transferredOn === '2024-01-15');
    expect(listed.map((r: { recipientRegistrationNumber: string }) => r.recipientRegistrationNumber)).toEqual(['SC012345', 'NIC100002', '1234567-1', '01234567']);
    // The register is in the order of the days of transfer, not the order recorded: these, recorded last, come second.
    const all = (await get().expect(200)).body.transfers.map((r: { transferredOn: string; transferId: string }) => [r.transferredOn, r.transferId]);
    expect(all.slice(0, 6)).toEqual([['2023-10-01', recordedFirst], ...kept.map((r) => ['2024-01-15', r.transferId]), ['2024-06-30', expect.any(String)]]);
    const entries = await ledgerEntries(t, { afterSequence: Number(kept[0].transferId) - 1 });
    expect(entries.map((e) => e.payload.recipientRegistrationNumber)).toEqual(['SC012345', 'NIC100002', '1234567-1', '01234567']);
  });

  it('CI-5: one transfer sent twice with one Idempotency-Key is one transfer in the register and one ledger entry, the second answered as the first (status, body, ledger entry)', async () => {
    const key = randomUUID();
    const body = transfer({ transferredOn: '2025-04-01', description: 'A minibus, sold at market value (sent twice)', considerationPence: 1_000_000 });
    const send = (sent: object) => t.http.post(PATH).set(t.auth('secretary')).set('Idempotency-Key', key).send(sent);
    const before = await ledgerHead(t);
    const first = await send(body);
    expect(first.status).toBe(201);
    const head = await ledgerHead(t);
    const again = await send(body);
    expect({ status: again.status, body: again.body }).toEqual({ status: first.status, body: first.body });
    expect(await ledgerHead(t)).toEqual(head);
    // One entry, the one both answers name; one transfer in the register.
    const entries = await ledgerEntries(t, { afterSequence: before.headSequence });
    expect(entries.map((e) => [e.kind, String(e.sequence), e.hash])).toEqual([['asset-transfer.recorded', first.body.transferId, first.body.ledger.hash]]);
    expect(first.body.ledger).toEqual({ sequence: entries[0]!.sequence, hash: entries[0]!.hash });
    const listed = (await get('?asAt=2025-04-01').expect(200)).body.transfers.filter((r: { description: string }) => r.description === body.description);
    const { ledger: _entry, ...asListed } = first.body;
    expect(listed).toEqual([asListed]);
    // The keyed answer is the answer without a key: the same fields, the ledger entry among them.
    const plain = (await post(transfer({ transferredOn: '2025-04-01', considerationPence: 1_000_000 })).expect(201)).body;
    expect(Object.keys(first.body).sort()).toEqual(Object.keys(plain).sort());
    expect(plain.ledger.sequence).toBe(Number(plain.transferId));
  });

  it('CI-5: the same Idempotency-Key with another transfer is 422 IDEMPOTENCY_KEY_REUSED and nothing is written; another key, or none, records again', async () => {
    const key = randomUUID();
    const body = transfer({ transferredOn: '2025-04-02', description: 'Office furniture, sold at market value', considerationPence: 1_000_000 });
    const send = (sent: object, sentKey = key) => t.http.post(PATH).set(t.auth('secretary')).set('Idempotency-Key', sentKey).send(sent);
    const first = (await send(body).expect(201)).body;
    for (const other of [{ ...body, considerationPence: 999_999, communityBenefit: 'A community hub' }, { ...body, transferredOn: '2025-04-03' }]) {
      const res = await refused(() => send(other), 422, 'IDEMPOTENCY_KEY_REUSED');
      expect(res.body.message).toContain('nothing was recorded');
    }
    const onTheDay = async () => (await get('?asAt=2025-04-03').expect(200)).body.transfers.filter((r: { description: string }) => r.description === body.description);
    expect((await onTheDay()).map((r: { transferId: string }) => r.transferId)).toEqual([first.transferId]);
    // The key is the token's and the route's: the same body under a new key, or without one, is a second transfer.
    const second = (await send(body, randomUUID()).expect(201)).body;
    const third = (await post(body).expect(201)).body;
    expect(new Set([first.transferId, second.transferId, third.transferId]).size).toBe(3);
    expect(await onTheDay()).toHaveLength(3);
  });

  it('only the secretary records a transfer: the board and the auditor are 403 and nothing is written; an unknown company is 404', async () => {
    for (const role of ['board', 'auditor'] as const) await refused(() => post(transfer({ considerationPence: 1_000_000 }), role), 403, 'FORBIDDEN');
    await t.http.get('/api/companies/no-such-company/asset-transfers').set(t.auth('board')).expect(404);
    await refused(() => t.http.post('/api/companies/no-such-company/asset-transfers').set(t.auth('secretary')).send(transfer({ considerationPence: 1_000_000 })), 404, 'NOT_FOUND');
  });
});
