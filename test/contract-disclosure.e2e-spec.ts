import { formatDate } from '#reports';
import { databaseKinds } from './support/databases';
import { useCompanyWithHolders } from './support/company-with-holders';
import { addDays } from './support/dates';
import { ledgerHead } from './support/ledger';
import { pdfText } from './support/pdf-download';
import { refusedUnchanged } from './support/refusals';
import { COMPANY, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

/**
 * The disclosure of an off-market buy-back's contract to members (SH-4, s.696(2)), over HTTP: a
 * members' resolution approving a buy-back names the day the contract was disclosed, at or before the
 * circulation of a written resolution (a), or for the 15 days ending with a general meeting (b); a
 * resolution approving none names no day. Refusals write nothing; the answer, the page's data and the
 * copy of the resolution give the day.
 */
describe.each(databaseKinds())('SH-4, s.696: the buy-back contract disclosed to members (%s)', (kind) => {
  const company = useCompanyWithHolders(kind);
  const { post } = company;
  let t: TestApp;
  let today: string;
  beforeAll(() => ({ app: t, today } = company));
  const refused = refusedUnchanged(async () => ({ head: await ledgerHead(t) }));
  const buyBack = (shareNumber: number) => [{ action: 'cancellation', shareNumber, reason: 'buy-back' }];
  const written = (shareNumber: number, more: object = {}) => ({
    kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn: addDays(today, -5), text: `THAT the contract to buy back share ${shareNumber} be approved (synthetic).`, authorises: buyBack(shareNumber), ...more,
  });

  it('s.696(2)(a): a written resolution with the contract sent the day after circulation is refused and nothing is written; sent on the day of circulation it is proposed, and its answer and copy say so', async () => {
    const late = await refused(() => post('resolutions', written(5, { contractDisclosedOn: addDays(today, -4) })), 422, 'CONTRACT_DISCLOSURE_TOO_LATE');
    expect(late.body.details).toEqual({ field: 'contractDisclosedOn', contractDisclosedOn: addDays(today, -4), circulatedOn: addDays(today, -5), latestOn: addDays(today, -5) });
    expect(late.body.message).toContain('s.696(2)(a)');

    const proposed = await post('resolutions', written(5, { contractDisclosedOn: addDays(today, -5) })).expect(201);
    expect(proposed.body).toMatchObject({ procedure: 'written', contractDisclosedOn: addDays(today, -5) });
    const read = await t.http.get(`${C}/resolutions/${proposed.body.resolutionId}`).set(t.auth('board')).expect(200);
    expect(read.body.contractDisclosedOn).toBe(addDays(today, -5));
    const copy = await pdfText(t, `${C}/resolutions/${proposed.body.resolutionId}/copy.pdf`);
    expect(copy).toContain(`A copy of the contract was sent to every eligible member on ${formatDate(addDays(today, -5))} (s.696(2)(a))`);
  });

  it('s.696(2)(b): a meeting item with the contract open to inspection for 14 days ending with the meeting is refused, naming the item; for 15 it is proposed', async () => {
    const heldOn = addDays(today, -3);
    const meeting = (contractDisclosedOn: string) => ({
      kind: 'general', noticeGivenOn: addDays(today, -25), heldOn,
      items: [{ type: 'ordinary', text: 'THAT the accounts be received (synthetic).' }, { type: 'ordinary', text: 'THAT the contract to buy back share 6 be approved (synthetic).', authorises: buyBack(6), contractDisclosedOn }],
    });
    const late = await refused(() => post('meetings', meeting(addDays(heldOn, -13))), 422, 'CONTRACT_DISCLOSURE_TOO_LATE');
    expect(late.body.details).toEqual({ field: 'items.1.contractDisclosedOn', contractDisclosedOn: addDays(heldOn, -13), meetingOn: heldOn, latestOn: addDays(heldOn, -14) });
    expect(late.body.message).toContain('s.696(2)(b)');

    const called = await post('meetings', meeting(addDays(heldOn, -14))).expect(201);
    expect(called.body.items[1]).toMatchObject({ item: 2, contractDisclosedOn: addDays(heldOn, -14) });
    expect(called.body.items[0].contractDisclosedOn).toBeUndefined();
    const read = await t.http.get(`${C}/resolutions/${called.body.items[1].resolutionId}`).set(t.auth('board')).expect(200);
    expect(read.body).toMatchObject({ procedure: 'meeting', contractDisclosedOn: addDays(heldOn, -14) });
  });

  it('a one-item meeting approving a buy-back checks the same 15 days (s.696(2)(b))', async () => {
    const body = { kind: 'members', type: 'ordinary', procedure: 'meeting', noticeGivenOn: addDays(today, -30), meetingOn: addDays(today, -2), text: 'THAT the contract to buy back share 7 be approved (synthetic).', authorises: buyBack(7) };
    await refused(() => post('resolutions', { ...body, contractDisclosedOn: addDays(today, -15) }), 422, 'CONTRACT_DISCLOSURE_TOO_LATE');
    const proposed = await post('resolutions', { ...body, contractDisclosedOn: addDays(today, -16) }).expect(201);
    expect(proposed.body.contractDisclosedOn).toBe(addDays(today, -16));
  });

  it('a buy-back without the day of disclosure is refused (CONTRACT_DISCLOSURE_REQUIRED), in writing, at a meeting, or as an item; nothing is written', async () => {
    const required = await refused(() => post('resolutions', written(8)), 422, 'CONTRACT_DISCLOSURE_REQUIRED');
    expect(required.body.details).toMatchObject({ field: 'contractDisclosedOn', shareNumbers: [8] });
    await refused(
      () => post('resolutions', { kind: 'members', type: 'ordinary', procedure: 'meeting', noticeGivenOn: addDays(today, -30), meetingOn: addDays(today, -2), text: 'THAT share 8 be bought back.', authorises: buyBack(8) }),
      422,
      'CONTRACT_DISCLOSURE_REQUIRED',
    );
    const item = await refused(
      () => post('meetings', { kind: 'general', noticeGivenOn: addDays(today, -30), heldOn: addDays(today, -2), items: [{ type: 'ordinary', text: 'THAT share 8 be bought back.', authorises: buyBack(8) }] }),
      422,
      'CONTRACT_DISCLOSURE_REQUIRED',
    );
    expect(item.body.details).toMatchObject({ field: 'items.0.contractDisclosedOn' });
  });

  it('a day of disclosure given for a resolution approving no buy-back is refused (CONTRACT_DISCLOSURE_NOT_NEEDED), and on a board resolution is no field of it (400); nothing is written', async () => {
    const notNeeded = await refused(
      () => post('resolutions', { kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn: addDays(today, -5), contractDisclosedOn: addDays(today, -6), text: 'THAT the accounts be received (synthetic).' }),
      422,
      'CONTRACT_DISCLOSURE_NOT_NEEDED',
    );
    expect(notNeeded.body.details).toMatchObject({ field: 'contractDisclosedOn' });
    await refused(
      () => post('meetings', { kind: 'general', noticeGivenOn: addDays(today, -30), heldOn: addDays(today, -2), items: [{ type: 'ordinary', text: 'THAT share 40 be allotted (synthetic).', authorises: [{ action: 'allotment', shareNumber: 40 }], contractDisclosedOn: addDays(today, -20) }] }),
      422,
      'CONTRACT_DISCLOSURE_NOT_NEEDED',
    );
    await refused(() => post('resolutions', { kind: 'board', procedure: 'written', circulatedOn: addDays(today, -1), contractDisclosedOn: addDays(today, -2), text: 'THAT X.' }), 400, 'VALIDATION_FAILED', 'contractDisclosedOn');
    // An item of a board meeting names the field itself, as a resolution's refusal does.
    const boardItem = await refused(
      () => post('meetings', { kind: 'board', heldOn: addDays(today, -2), items: [{ text: 'THAT the accounts be noted (synthetic).' }, { text: 'THAT Y (synthetic).', contractDisclosedOn: addDays(today, -20) }] }),
      400,
      'VALIDATION_FAILED',
      'items.1.contractDisclosedOn',
    );
    expect(boardItem.body.message).toBe("contractDisclosedOn does not apply to an item of a board meeting. Only a members' resolution approving a buy-back gives the day its contract was disclosed to members (s.696).");
    await refused(() => post('resolutions', written(9, { contractDisclosedOn: '2099-01-01' })), 422, 'DATED_AFTER_RECORDING');
    await refused(() => post('resolutions', written(9, { contractDisclosedOn: 'soon' })), 400, 'VALIDATION_FAILED');
  });
});
