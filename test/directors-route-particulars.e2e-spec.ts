import { databaseKinds } from './support/databases';
import { ledgerHead } from './support/ledger';
import { refusedUnchanged } from './support/refusals';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

/** EC-4: the older `POST …/directors` route takes a name and service address only, enough for a director appointed before 18 November 2025 and no later. */
describe.each(databaseKinds())('a director appointed through POST …/directors (%s)', (kind) => {
  let t: TestApp;
  const refused = refusedUnchanged(async () => (await ledgerHead(t)).headHash);
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t?.close());

  const viaDirectors = (name: string, appointedOn: string) =>
    t.http.post(`${C}/directors`).set(t.auth('secretary')).send({ name, serviceAddress: '1 Demo Yard, London E1 0XX', appointedOn });
  const terms = async (name: string) => ((await t.http.get(`${C}/officers`).set(t.auth('board')).expect(200)).body as { name: string }[]).filter((o) => o.name === name);

  it('EC-4, EC-3: a director appointed on or after 18 November 2025 with a name and service address only is refused as POST …/officers refuses it (422 PERSONAL_DETAILS_MISSING, the particulars missing named, nothing written)', async () => {
    for (const appointedOn of ['2025-11-18', '2026-02-02']) {
      const res = await refused(() => viaDirectors('Dr Name Only (synthetic)', appointedOn), 422, 'PERSONAL_DETAILS_MISSING');
      expect(res.body.details).toEqual({ missing: ['dateOfBirth', 'residentialAddress', 'countryOfResidence', 'nationality', 'occupation'], appointedOn });
      expect(res.body.message).toBe(
        `a director appointed on or after 18 November 2025 needs the s.163 and s.165 particulars, which POST …/directors does not take: ` +
          `date of birth, residential address, country of residence, nationality and occupation missing; ` +
          `record the appointment of Dr Name Only (synthetic) on ${appointedOn} through POST …/officers with them`,
      );
    }
    expect(await terms('Dr Name Only (synthetic)')).toEqual([]);
    // The same appointment through POST …/officers with the particulars is taken.
    await t.http.post(`${C}/officers`).set(t.auth('secretary')).send({
      role: 'director', name: 'Dr Name Only (synthetic)', serviceAddress: '1 Demo Yard, London E1 0XX', countryOfResidence: 'United Kingdom', nationality: 'British',
      occupation: 'General practitioner', dateOfBirth: '1970-01-01', residentialAddress: '2 Private Road, London E3 9ZZ', appointedOn: '2026-02-02',
    }).expect(201);
    expect(await terms('Dr Name Only (synthetic)')).toHaveLength(1);
  });

  it('EC-1, EC-4: a director appointed before 18 November 2025 is still taken with a name and service address only', async () => {
    const res = await viaDirectors('Dr Before The Change (synthetic)', '2025-11-17').expect(201);
    expect(res.body).toMatchObject({ name: 'Dr Before The Change (synthetic)', appointedOn: '2025-11-17', resignedOn: null });
    expect(await terms('Dr Before The Change (synthetic)')).toHaveLength(1);
  });
});
