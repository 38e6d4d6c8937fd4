import { randomUUID } from 'node:crypto';
import { databaseKinds } from './support/databases';
import { ledgerHead } from './support/ledger';
import { appointDirector } from './support/officers';
import { refusedUnchanged } from './support/refusals';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

/** EC-3: an identity verification sent twice is written once; the second is refused (409), unless it repeats an Idempotency-Key. */
describe.each(databaseKinds())('an identity verification sent twice (%s)', (kind) => {
  let t: TestApp;
  const refused = refusedUnchanged(async () => (await ledgerHead(t)).headHash);
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t?.close());

  const appoint = (name: string) => appointDirector(t, name);
  const verify = (officerId: string, body: object, key?: string) => {
    const req = t.http.post(`${C}/officers/${officerId}/identity-verification`).set(t.auth('secretary'));
    return (key === undefined ? req : req.set('Idempotency-Key', key)).send(body);
  };
  const ledgerKinds = async () => ((await t.http.get(`${C}/ledger?limit=1000`).set(t.auth('auditor')).expect(200)).body.entries as { kind: string }[]).filter((e) => e.kind === 'officer.identity-verified').length;

  it('EC-3: the identical verification sent again is 409 IDENTITY_VERIFICATION_ALREADY_RECORDED naming the officer and day in words; nothing written', async () => {
    const officerId = await appoint('Dr Verified Twice (synthetic)');
    const body = { verifiedOn: '2026-02-10', route: 'companies-house', personalCode: 'ABC12345DEF' };
    const first = await verify(officerId, body).expect(201);
    expect(first.body.identityVerification).toMatchObject({ verifiedOn: '2026-02-10' });
    const count = await ledgerKinds();
    const res = await refused(() => verify(officerId, body), 409, 'IDENTITY_VERIFICATION_ALREADY_RECORDED');
    expect(res.body.message).toBe("Dr Verified Twice (synthetic)'s identity verification of 2026-02-10, with that personal code, is already recorded: nothing was recorded again");
    expect(res.body.details).toEqual({ officerId, officer: 'Dr Verified Twice (synthetic)', verifiedOn: '2026-02-10' });
    expect(res.body.message).not.toContain('ABC12345DEF');
    expect(await ledgerKinds()).toBe(count);
  });

  it('EC-3: a verification on another day, or with another personal code, is a new one and is recorded', async () => {
    const officerId = await appoint('Dr Verified Again (synthetic)');
    await verify(officerId, { verifiedOn: '2026-02-10', route: 'companies-house', personalCode: 'ABC12345DEF' }).expect(201);
    await verify(officerId, { verifiedOn: '2026-02-11', route: 'companies-house', personalCode: 'ABC12345DEF' }).expect(201);
    await verify(officerId, { verifiedOn: '2026-02-11', route: 'companies-house', personalCode: 'XYZ98765LMN' }).expect(201);
  });

  it('EC-3: the same Idempotency-Key with the same body is answered as the first was (201), nothing written; another body with it is 422 IDEMPOTENCY_KEY_REUSED', async () => {
    const officerId = await appoint('Dr Verified With Key (synthetic)');
    const body = { verifiedOn: '2026-03-02', route: 'acsp', personalCode: 'KEY12345ABC' };
    const key = randomUUID();
    const first = await verify(officerId, body, key).expect(201);
    const head = await ledgerHead(t);
    const again = await verify(officerId, body, key).expect(201);
    expect(again.body).toEqual(first.body);
    expect(await ledgerHead(t)).toEqual(head);
    await refused(() => verify(officerId, { ...body, verifiedOn: '2026-03-03' }, key), 422, 'IDEMPOTENCY_KEY_REUSED');
    await refused(() => verify(officerId, body, randomUUID()), 409, 'IDENTITY_VERIFICATION_ALREADY_RECORDED');
  });

  it('EC-3: a verification dated before Companies House began verifying identities (8 April 2025) is 422 VERIFIED_BEFORE_VERIFICATION_BEGAN naming the field; nothing written; one on that day is recorded', async () => {
    const officerId = await appoint('Dr Verified Early (synthetic)');
    const count = await ledgerKinds();
    const res = await refused(() => verify(officerId, { verifiedOn: '2025-04-07', route: 'companies-house', personalCode: 'EARLY12345A' }), 422, 'VERIFIED_BEFORE_VERIFICATION_BEGAN');
    expect(res.body.details).toEqual({ verifiedOn: '2025-04-07', beganOn: '2025-04-08', field: 'verifiedOn' });
    expect(res.body.message).toContain('began verifying identities on 2025-04-08');
    await refused(() => verify(officerId, { verifiedOn: '2020-01-01', route: 'acsp', personalCode: 'EARLY12345A' }), 422, 'VERIFIED_BEFORE_VERIFICATION_BEGAN');
    expect(await ledgerKinds()).toBe(count);
    await verify(officerId, { verifiedOn: '2025-04-08', route: 'companies-house', personalCode: 'EARLY12345A' }).expect(201);
  });
});
