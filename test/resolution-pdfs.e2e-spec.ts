import { formatDate } from '#reports';
import { databaseKinds } from './support/databases';
import { addDays, todayAndTomorrow } from './support/dates';
import { passBoardResolution } from './support/authority';
import { pdfText } from './support/pdf-download';
import { readRegister } from './support/register';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

/**
 * The copy of a resolution and the minutes of a meeting, over HTTP, print what the resolution
 * authorises as its page does, with a buy-back's selling member left out of it (SR-2, s.695) and how
 * its contract was disclosed to members (SH-4, s.696(2)), and the
 * warning for each director who took part in a board decision while unverified (EC-3).
 */
describe.each(databaseKinds())('what resolutions authorise, and who could not take part, on their PDFs (%s)', (kind) => {
  let t: TestApp;
  let today: string;
  /** Share number → the member holding it now: id and name. */
  let holders: Map<number, { memberId: string; name: string }>;
  beforeAll(async () => {
    // The seed's filing history verifies its directors: only a director appointed here is unverified.
    t = await startTestApp(kind, { seedFilings: true });
    ({ today } = await todayAndTomorrow());
    const { members } = await readRegister(t, 'status=current&limit=1000');
    holders = new Map(members.flatMap((m) => m.shares.map((s) => [s.shareNumber, { memberId: m.memberId, name: m.name }] as const)));
  });
  afterAll(() => t?.close());

  const post = (path: string, body: object) => t.http.post(`${C}/${path}`).set(t.auth('secretary')).send(body);

  it('SR-2, s.695(2): the copy of a written resolution approving a buy-back names the share and the seller, who was not an eligible member', async () => {
    const seller = holders.get(14)!;
    const proposed = await post('resolutions', {
      kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn: addDays(today, -5), contractDisclosedOn: addDays(today, -6), text: 'THAT the contract to buy back share 14 be approved (synthetic).',
      authorises: [{ action: 'cancellation', shareNumber: 14, reason: 'buy-back' }, { action: 'allotment', shareNumber: 40 }],
    }).expect(201);
    const copy = await pdfText(t, `${C}/resolutions/${proposed.body.resolutionId}/copy.pdf`);
    expect(copy).toContain(`Authorises the buy-back of share 14 from ${seller.name}; the allotment of share 40`);
    expect(copy).toContain(`Selling member ${seller.name} sells the company the shares bought back: not an eligible member, its agreement does not count (CA 2006 s.695(2)).`);
    expect(copy).toContain('Eligible votes on circulation 36');
    // SH-4, s.696(2)(a): the contract went to every eligible member by the time the resolution was sent.
    expect(copy).toContain(`Buy-back contract A copy of the contract was sent to every eligible member on ${formatDate(addDays(today, -6))} (s.696(2)(a))`);
  });

  it('SR-2, s.695(3): the minutes and the copy of a general meeting’s buy-back say it passes only if it would have without the seller’s votes, and the tally leaves them out', async () => {
    const seller = holders.get(15)!;
    const [other1, other2] = [holders.get(16)!, holders.get(17)!];
    const created = await post('meetings', {
      kind: 'general', noticeGivenOn: addDays(today, -30), heldOn: addDays(today, -10), chairName: 'Demo Director 1 (synthetic)',
      items: [{ type: 'ordinary', text: 'THAT the contract to buy back share 15 be approved (synthetic).', authorises: [{ action: 'cancellation', shareNumber: 15, reason: 'buy-back' }], contractDisclosedOn: addDays(today, -24) },
        { type: 'ordinary', text: 'THAT the accounts be received (synthetic).' }],
      attendance: [{ memberId: seller.memberId }, { memberId: other1.memberId }, { memberId: other2.memberId }],
    }).expect(201);
    const [buyBack] = created.body.items as { resolutionId: string }[];
    for (const { memberId } of [seller, other1, other2]) await post(`resolutions/${buyBack.resolutionId}/votes`, { memberId, vote: 'for' }).expect(201);

    const minutes = await pdfText(t, `${C}/meetings/${created.body.meetingId}/minutes.pdf`);
    expect(minutes).toContain(`THAT the contract to buy back share 15 be approved (synthetic). Authorises the buy-back of share 15 from ${seller.name} Selling member ${seller.name} sells the company the shares bought back: the resolution passes only if it would have passed without its votes (CA 2006 s.695(3)).`);
    expect(minutes).toContain(`${seller.name} for selling member (s.695(3)) 1`);
    expect(minutes.match(/Authorises/g)).toHaveLength(1);
    // It passes without the seller's vote: the tally counts the other two (s.695(3)).
    expect(minutes).toContain('For / against / abstaining 2 / 0 / 0');
    const copy = await pdfText(t, `${C}/resolutions/${buyBack.resolutionId}/copy.pdf`);
    expect(copy).toContain(`Authorises the buy-back of share 15 from ${seller.name} Selling member ${seller.name} sells the company the shares bought back: the resolution passes only if it would have passed without its votes (CA 2006 s.695(3)).`);
    // The copy counts as the outcome does: the two others for, the seller's vote left out (s.695(3)).
    expect(copy).toContain('For 2 Against 0 Abstentions 0');
    // SH-4, s.696(2)(b): open to inspection for the 15 days ending with the meeting, and at it; the minutes say so too.
    const inspection = `Buy-back contract The contract was available for inspection at the registered office from ${formatDate(addDays(today, -24))} and at the meeting (s.696(2)(b))`;
    expect(copy).toContain(inspection);
    expect(minutes).toContain(inspection);
  });

  it('EC-3: the copy of a board resolution and the board meeting’s minutes warn of the director who took part unverified, as the pages do', async () => {
    await post('officers', {
      role: 'director', name: 'Dr Unverified Example (synthetic)', serviceAddress: '1 Demo Yard, London E1 0XX', countryOfResidence: 'United Kingdom',
      nationality: 'British', occupation: 'General practitioner', dateOfBirth: '1970-01-01', residentialAddress: '2 Private Road, London E3 9ZZ', appointedOn: addDays(today, -3),
    }).expect(201);
    const rid = await passBoardResolution(t, COMPANY, addDays(today, -1), [{ action: 'allotment', shareNumber: 38 }]);
    const resolution = (await t.http.get(`${C}/resolutions/${rid}`).set(t.auth('board')).expect(200)).body;
    const [unverified] = resolution.unverifiedDirectors as { message: string; on: string; verificationDueOn: string }[];
    expect(unverified.message).toMatch(/^Dr Unverified Example \(synthetic\) took part in the board meeting/);
    // The API gives ISO dates; the PDFs write them in words, as they do elsewhere.
    const inWords = `Dr Unverified Example (synthetic) took part in the board meeting on ${formatDate(unverified.on)} without a verified identity, which was due by ${formatDate(unverified.verificationDueOn)}: acting as a director unverified is an offence`;

    const copy = await pdfText(t, `${C}/resolutions/${rid}/copy.pdf`);
    expect(copy).toContain('Authorises the allotment of share 38');
    expect(copy).toContain(`Director acting without verified identity ${inWords}`);
    expect(copy).not.toContain(`on ${unverified.on}`);
    expect(copy).not.toContain('Selling member');
    const minutes = await pdfText(t, `${C}/meetings/${resolution.meetingId}/minutes.pdf`);
    expect(minutes).toContain(`Authorises the allotment of share 38 Director acting without verified identity ${inWords}`);
    expect(minutes).not.toContain(`on ${unverified.on}`);
  });

  it('the copy of the seeded board resolution BR-2014-01 says "the allotment of shares 1 to 37" once, not one allotment a share', async () => {
    const listed = (await t.http.get(`${C}/resolutions`).set(t.auth('board')).expect(200)).body as { resolutionId: string; reference: string | null }[];
    const seeded = listed.find((r) => r.reference === 'BR-2014-01')!;
    const copy = await pdfText(t, `${C}/resolutions/${seeded.resolutionId}/copy.pdf`);
    expect(copy).toContain('Authorises the allotment of shares 1 to 37');
    expect(copy.match(/shares 1 to 37/g)).toHaveLength(1);
    expect(copy).not.toContain('allotment of share 1;');
  });

  it('RS-2, RS-4: the copy of a written resolution gives its agreements against the eligible members and the number needed, not votes for, against and abstaining', async () => {
    const circulatedOn = addDays(today, -3);
    const propose = (type: string) => post('resolutions', { kind: 'members', type, procedure: 'written', circulatedOn, text: `THAT the ${type} matter be approved (synthetic).` }).expect(201);
    const ordinary = await propose('ordinary');
    const eligible = ordinary.body.eligible as { memberId: string }[];
    for (const { memberId } of eligible.slice(0, 19)) await post(`resolutions/${ordinary.body.resolutionId}/agreements`, { memberId, agreedOn: addDays(circulatedOn, 1) }).expect(201);
    const copy = await pdfText(t, `${C}/resolutions/${ordinary.body.resolutionId}/copy.pdf`);
    expect(copy).toContain(`Outcome Passed. Agreed by 19 of the ${eligible.length} eligible members (more than half needed: ${Math.floor(eligible.length / 2) + 1}).`);
    expect(copy).not.toMatch(/\d+ for, \d+ against/);
    expect(copy).not.toContain('abstaining');

    const special = await propose('special');
    await post(`resolutions/${special.body.resolutionId}/agreements`, { memberId: eligible[0]!.memberId, agreedOn: addDays(circulatedOn, 1) }).expect(201);
    const specialCopy = await pdfText(t, `${C}/resolutions/${special.body.resolutionId}/copy.pdf`);
    expect(specialCopy).toContain(`Outcome Pending. Agreed by 1 of the ${eligible.length} eligible members (at least 75% needed: ${Math.ceil((eligible.length * 3) / 4)}).`);
  });

  it('MT-3: the minutes and the copy name a vote’s proxy as the attendance records them, not as typed again on the vote', async () => {
    const [m1, m2] = [holders.get(20)!, holders.get(21)!];
    const created = await post('meetings', {
      kind: 'general', noticeGivenOn: addDays(today, -30), heldOn: addDays(today, -9), chairName: 'Demo Director 1 (synthetic)',
      items: [{ type: 'ordinary', text: 'THAT the report be received (synthetic).' }],
      attendance: [{ memberId: m1.memberId }, { memberId: m2.memberId, proxyName: 'Ms P. Proxy (synthetic)' }],
    }).expect(201);
    const [item] = created.body.items as { resolutionId: string }[];
    await post(`resolutions/${item.resolutionId}/votes`, { memberId: m1.memberId, vote: 'for' }).expect(201);
    await post(`resolutions/${item.resolutionId}/votes`, { memberId: m2.memberId, vote: 'for', proxyName: ' ms p.  PROXY (synthetic)' }).expect(201);
    const copy = await pdfText(t, `${C}/resolutions/${item.resolutionId}/copy.pdf`);
    expect(copy).toContain(`${m2.name} for by proxy: Ms P. Proxy (synthetic) 1`);
    expect(copy).not.toContain('PROXY');
    const minutes = await pdfText(t, `${C}/meetings/${created.body.meetingId}/minutes.pdf`);
    expect(minutes).toContain(`${m2.name} for by proxy: Ms P. Proxy (synthetic) 1`);
    expect(minutes).not.toContain('PROXY');
  });
});
