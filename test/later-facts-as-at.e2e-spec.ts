import { databaseKinds } from './support/databases';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

interface OfficerBody {
  officerId: string;
  resignedOn: string | null;
  identityVerification: { verifiedOn: string; route: string } | null;
  changes: { kind: string; on: string }[];
  personalCode?: string | null;
}
interface PracticeBody {
  practiceId: string;
  eligible: boolean;
  closedOn: string | null;
  closureReason: string | null;
  successorPracticeId: string | null;
}

/** A register as at a day shows only what was so, and known, by the end of it: nothing recorded with a later date. */
describe.each(databaseKinds())('as at a day, nothing dated after it (%s)', (kind) => {
  let t: TestApp;
  let verified: string;
  let resigned: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    const appoint = async (name: string) =>
      (await t.http.post(`${C}/officers`).set(t.auth('secretary')).send({
        role: 'director', name, serviceAddress: '1 Demo Yard, London E1 0XX', countryOfResidence: 'United Kingdom', nationality: 'British',
        occupation: 'General practitioner', dateOfBirth: '1975-05-14', residentialAddress: '12 Private Road, London E3 9ZZ', appointedOn: '2026-01-05',
      }).expect(201)).body.officerId as string;
    verified = await appoint('Dr Vera Later (synthetic)');
    resigned = await appoint('Dr Rex Later (synthetic)');
    await t.http.post(`${C}/officers/${verified}/identity-verification`).set(t.auth('secretary')).send({ verifiedOn: '2026-06-01', route: 'companies-house', personalCode: 'ABC12345DEF' }).expect(201);
    await t.http.post(`${C}/officers/${resigned}/resignation`).set(t.auth('secretary')).send({ resignedOn: '2026-06-01' }).expect(201);
  }, 180_000);
  afterAll(() => t?.close());

  const officers = async (asAt: string, role: 'board' | 'secretary' = 'board') => (await t.http.get(`${C}/officers?asAt=${asAt}`).set(t.auth(role)).expect(200)).body as OfficerBody[];
  const officer = (list: OfficerBody[], id: string) => list.find((o) => o.officerId === id)!;

  it('EC-3: a director verified on 1 June is not verified as at 15 May (the personal code neither), as the officers PDF prints; from 1 June, verified', async () => {
    const before = officer(await officers('2026-05-15', 'secretary'), verified);
    expect(before.identityVerification).toBeNull();
    expect(before.personalCode).toBeNull();
    expect(officer(await officers('2026-05-15'), verified).identityVerification).toBeNull();
    const warnings = (await t.http.get(`${C}/officers/warnings?asAt=2026-05-15`).set(t.auth('board')).expect(200)).body.warnings as { officerId: string }[];
    expect(warnings.map((w) => w.officerId)).toContain(verified);

    const from = officer(await officers('2026-06-01', 'secretary'), verified);
    expect(from.identityVerification).toEqual({ verifiedOn: '2026-06-01', route: 'companies-house' });
    expect(from.personalCode).toBe('ABC12345DEF');
  });

  it('EC-2: a director resigning on 1 June is in office as at 15 May with no resignation, and no TM01 is owed as at that day; from 1 June it is', async () => {
    const before = officer(await officers('2026-05-15'), resigned);
    expect(before.resignedOn).toBeNull();
    expect(before.changes.map((c) => c.kind)).toEqual(['appointed']);
    const tm01 = async (asAt: string) =>
      ((await t.http.get(`${C}/deadlines?from=2026-01-01&to=2026-12-31&asAt=${asAt}`).set(t.auth('board')).expect(200)).body as { kind: string; reference: string }[]).filter(
        (d) => d.kind === 'tm01' && d.reference.startsWith(resigned),
      );
    expect(await tm01('2026-05-15')).toEqual([]);
    expect(await tm01('2026-06-01')).toHaveLength(1);
    expect(officer(await officers('2026-05-31'), resigned).resignedOn).toBeNull();
    expect((await officers('2026-06-01')).some((o) => o.officerId === resigned)).toBe(false);
  });

  it('SH-5, RM-1: a practice merged on 1 November is, as at 1 March, eligible and not ceased; from 1 November, ceased and passed to its successor', async () => {
    await t.http.post(`${C}/practices/practice-z00010/closure`).set(t.auth('secretary')).send({ effectiveOn: '2026-11-01', reason: 'merged', successorPracticeId: 'practice-z00011' }).expect(201);
    const practices = async (asAt: string) => (await t.http.get(`${C}/practices?asAt=${asAt}`).set(t.auth('board')).expect(200)).body as PracticeBody[];
    const before = await practices('2026-03-01');
    expect(before.find((p) => p.practiceId === 'practice-z00010')).toMatchObject({ eligible: true, closedOn: null, closureReason: null, successorPracticeId: null });
    expect(before.filter((p) => p.closedOn !== null)).toEqual([]);
    expect(before.filter((p) => p.eligible)).toHaveLength(37);
    expect((await practices('2026-10-31')).find((p) => p.practiceId === 'practice-z00010')).toMatchObject({ eligible: true, closedOn: null });
    expect((await practices('2026-11-01')).find((p) => p.practiceId === 'practice-z00010')).toMatchObject({
      eligible: false, closedOn: '2026-11-01', closureReason: 'merged', successorPracticeId: 'practice-z00011',
    });
  });
});
