import type { Response } from 'supertest';
import { databaseKinds } from './support/databases';
import { ledgerHead } from './support/ledger';
import { refusedUnchanged } from './support/refusals';
import { readRegister } from './support/register';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;
const BIDI_PROBLEM = 'must not contain characters that change the direction of text (U+202A–U+202E, U+2066–U+2069)';

/**
 * A right-to-left override or another bidirectional control (U+202A–U+202E, U+2066–U+2069) makes a
 * name or an address display other than as it is stored: on a statutory register that misleads, so it
 * is refused wherever a request carries it. Names in right-to-left scripts need no such control.
 */
describe.each(databaseKinds())('names and addresses with direction controls (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  const state = async () => {
    const { valid, events, headHash } = await ledgerHead(t);
    const register = await readRegister(t, 'status=all&limit=1000', 'auditor');
    const practices = await t.sql<{ count: number }>('select count(*)::int as count from practice');
    return { valid, events, headHash, members: register.members, practices };
  };
  const rejected = refusedUnchanged(state);

  it('a practice, member or officer name or an address with a right-to-left override or another bidirectional control is 400 VALIDATION_FAILED naming the field, and nothing is written; one in Arabic, Urdu or Hebrew is recorded as written', async () => {
    const secretary = t.auth('secretary');
    const sends: [string, () => PromiseLike<Response>, string][] = [
      ['practice name', () => t.http.post(`${C}/practices`).set(secretary).send({ odsCode: 'Z09951', name: 'Demo Surgery \u202egnp.exe', address: '1 Test Street, London E1 1AA', on: '2020-01-01' }), 'name'],
      ['practice address', () => t.http.post(`${C}/practices`).set(secretary).send({ odsCode: 'Z09952', name: 'Demo Surgery', address: '\u2067Test Street\u2069', on: '2020-01-01' }), 'address'],
      ['practice renamed', () => t.http.post(`${C}/practices/practice-z00001/changes`).set(secretary).send({ effectiveOn: '2024-06-01', name: '\u202bRenamed Surgery\u202c' }), 'name'],
      ['member holder', () => t.http.post(`${C}/share-allotments`).set(secretary).send({ effectiveOn: '2024-06-01', holder: { name: 'Dr \u202dA Holder', address: '1 Demo Yard' } }), 'holder.name'],
      ['officer', () => t.http.post(`${C}/officers`).set(secretary).send({ role: 'secretary', name: 'Mr \u202eB Secretary', serviceAddress: '1 Demo Yard', appointedOn: '2024-06-01' }), 'name'],
      ['officer address', () => t.http.post(`${C}/officers`).set(secretary).send({ role: 'secretary', name: 'Mr B Secretary', serviceAddress: '1 \u2066Demo Yard', appointedOn: '2024-06-01' }), 'serviceAddress'],
    ];
    for (const [what, send, field] of sends) {
      const res = await rejected(send, 400, 'VALIDATION_FAILED', field);
      expect([what, res.body.details[0].problems]).toEqual([what, [BIDI_PROBLEM]]);
    }
    const names = ['عيادة النور الطبية', 'ڈاکٹر عائشہ خان', 'מרפאת הכרמל'];
    for (const [i, name] of names.entries()) {
      const res = await t.http.post(`${C}/practices`).set(secretary).send({ odsCode: `Z0996${i}`, name, address: `${i + 1} شارع Demo, London E1 1AA`, on: '2020-01-01' }).expect(201);
      expect(res.body.name).toBe(name);
    }
    const officer = await t.http.post(`${C}/officers`).set(secretary).send({ role: 'secretary', name: 'ڈاکٹر عائشہ خان', serviceAddress: '1 Demo Yard', appointedOn: '2024-06-01' }).expect(201);
    expect(officer.body.name).toBe('ڈاکٹر عائشہ خان');
  });
});
