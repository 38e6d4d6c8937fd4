import { databaseKinds } from './support/databases';
import { addDays, todayAndTomorrow } from './support/dates';
import { passBoardResolution } from './support/authority';
import { pdfText } from './support/pdf-download';
import { readRegister } from './support/register';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

/**
 * The copy of a resolution and the minutes of a meeting, over HTTP, print what the resolution
 * authorises as its page does, with a buy-back's selling member left out of it (SR-2, s.695), and the
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
      kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn: addDays(today, -5), text: 'THAT the contract to buy back share 14 be approved (synthetic).',
      authorises: [{ action: 'cancellation', shareNumber: 14, reason: 'buy-back' }, { action: 'allotment', shareNumber: 40 }],
    }).expect(201);
    const copy = await pdfText(t, `${C}/resolutions/${proposed.body.resolutionId}/copy.pdf`);
    expect(copy).toContain(`Authorises buy-back of share 14 from ${seller.name}; allotment of share 40`);
    expect(copy).toContain(`Selling member ${seller.name} (share 14) was not an eligible member (s.695(2))`);
    expect(copy).toContain('Eligible votes on circulation 36');
  });

  it('SR-2, s.695(3): the minutes and the copy of a general meeting’s buy-back say it passes only if it would have without the seller’s votes, and the tally leaves them out', async () => {
    const seller = holders.get(15)!;
    const [other1, other2] = [holders.get(16)!, holders.get(17)!];
    const created = await post('meetings', {
      kind: 'general', noticeGivenOn: addDays(today, -30), heldOn: addDays(today, -10), chairName: 'Demo Director 1 (synthetic)',
      items: [{ type: 'ordinary', text: 'THAT the contract to buy back share 15 be approved (synthetic).', authorises: [{ action: 'cancellation', shareNumber: 15, reason: 'buy-back' }] },
        { type: 'ordinary', text: 'THAT the accounts be received (synthetic).' }],
      attendance: [{ memberId: seller.memberId }, { memberId: other1.memberId }, { memberId: other2.memberId }],
    }).expect(201);
    const [buyBack] = created.body.items as { resolutionId: string }[];
    for (const { memberId } of [seller, other1, other2]) await post(`resolutions/${buyBack.resolutionId}/votes`, { memberId, vote: 'for' }).expect(201);

    const minutes = await pdfText(t, `${C}/meetings/${created.body.meetingId}/minutes.pdf`);
    expect(minutes).toContain(`THAT the contract to buy back share 15 be approved (synthetic). Authorises buy-back of share 15 from ${seller.name} Selling member It passes only if it would have passed without the votes of ${seller.name} (share 15) (s.695(3))`);
    expect(minutes).toContain(`${seller.name} for selling member (s.695(3)) 1`);
    expect(minutes.match(/Authorises/g)).toHaveLength(1);
    // It passes without the seller's vote: the tally counts the other two (s.695(3)).
    expect(minutes).toContain('For / against / abstaining 2 / 0 / 0');
    const copy = await pdfText(t, `${C}/resolutions/${buyBack.resolutionId}/copy.pdf`);
    expect(copy).toContain(`Authorises buy-back of share 15 from ${seller.name} Selling member It passes only if it would have passed without the votes of ${seller.name} (share 15) (s.695(3))`);
    // The copy counts as the outcome does: the two others for, the seller's vote left out (s.695(3)).
    expect(copy).toContain('For 2 Against 0 Abstentions 0');
  });

  it('EC-3: the copy of a board resolution and the board meeting’s minutes warn of the director who took part unverified, as the pages do', async () => {
    await post('officers', {
      role: 'director', name: 'Dr Unverified Example (synthetic)', serviceAddress: '1 Demo Yard, London E1 0XX', countryOfResidence: 'United Kingdom',
      nationality: 'British', occupation: 'General practitioner', dateOfBirth: '1970-01-01', residentialAddress: '2 Private Road, London E3 9ZZ', appointedOn: addDays(today, -3),
    }).expect(201);
    const rid = await passBoardResolution(t, COMPANY, addDays(today, -1), [{ action: 'allotment', shareNumber: 38 }]);
    const resolution = (await t.http.get(`${C}/resolutions/${rid}`).set(t.auth('board')).expect(200)).body;
    const [unverified] = resolution.unverifiedDirectors as { message: string }[];
    expect(unverified.message).toMatch(/^Dr Unverified Example \(synthetic\) took part in the board meeting/);

    const copy = await pdfText(t, `${C}/resolutions/${rid}/copy.pdf`);
    expect(copy).toContain('Authorises allotment of share 38');
    expect(copy).toContain(`Director acting without verified identity ${unverified.message}`);
    expect(copy).not.toContain('Selling member');
    const minutes = await pdfText(t, `${C}/meetings/${resolution.meetingId}/minutes.pdf`);
    expect(minutes).toContain(`Authorises allotment of share 38 Director acting without verified identity ${unverified.message}`);
  });
});
