/**
 * s.21(1), s.26(1): the articles are amended only by special resolution, and the articles as amended go
 * to the registrar within 15 days of the amendment taking effect, a duty of the compliance calendar done
 * by recording the filing. Over HTTP, on each database.
 */
import { passSpecialResolution } from './support/authority';
import { databaseKinds } from './support/databases';
import { ledgerHead } from './support/ledger';
import { pdfText } from './support/pdf-download';
import { refusedUnchanged } from './support/refusals';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;
const TEXT = 'THAT the articles of association be amended by deleting article 12 and inserting the new article 12 annexed.';

interface Duty { kind: string; reference: string; dueOn: string; status: string; rule: string; section: string; formCode: string | null; doneOn: string | null }

describe.each(databaseKinds())('amending the articles (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t?.close());

  const secretary = () => t.auth('secretary');
  const post = (path: string, body: object) => t.http.post(`${C}/${path}`).set(secretary()).send(body);
  const refused = refusedUnchanged(() => ledgerHead(t));
  const deadlines = async (query: string) => (await t.http.get(`${C}/deadlines?${query}`).set(t.auth('board')).expect(200)).body as Duty[];

  it('s.21(1): an ordinary resolution to amend the articles is refused, in writing, at a meeting and as a meeting\'s item; nothing is recorded', async () => {
    const body = { kind: 'members', type: 'ordinary', matter: 'amendment-of-articles', text: TEXT };
    const written = await refused(() => post('resolutions', { ...body, procedure: 'written', circulatedOn: '2021-03-01' }), 422, 'ARTICLES_NEED_SPECIAL_RESOLUTION');
    expect(written.body.details).toEqual({ matter: 'amendment-of-articles', type: 'ordinary', field: 'type' });
    expect(written.body.message).toContain('s.21(1)');
    await refused(() => post('resolutions', { ...body, procedure: 'meeting', noticeGivenOn: '2021-03-01', meetingOn: '2021-03-20' }), 422, 'ARTICLES_NEED_SPECIAL_RESOLUTION');
    // A meeting's second item: the refusal names that item's type.
    const items = [{ type: 'ordinary', text: 'THAT the accounts be received.' }, { type: 'ordinary', matter: 'amendment-of-articles', text: TEXT }];
    const meeting = await refused(() => post('meetings', { kind: 'general', noticeGivenOn: '2021-03-01', heldOn: '2021-03-20', items }), 422, 'ARTICLES_NEED_SPECIAL_RESOLUTION');
    expect(meeting.body.details).toMatchObject({ field: 'items.1.type' });
  });

  it('s.29(1)(a): a special resolution is always filed: mustBeFiled false beside it is refused, on its own and as a meeting\'s item; nothing is recorded', async () => {
    const body = { kind: 'members', type: 'special', matter: 'amendment-of-articles', text: TEXT, mustBeFiled: false };
    const written = await refused(() => post('resolutions', { ...body, procedure: 'written', circulatedOn: '2021-03-01' }), 400, 'VALIDATION_FAILED', 'mustBeFiled');
    expect(JSON.stringify(written.body.details)).toContain('s.29(1)(a)');
    const items = [{ type: 'special', text: TEXT, mustBeFiled: false }];
    await refused(() => post('meetings', { kind: 'general', noticeGivenOn: '2021-03-01', heldOn: '2021-03-20', items }), 400, 'VALIDATION_FAILED', 'items.0.mustBeFiled');
    // An ordinary resolution may still say it need not be filed.
    await post('resolutions', { ...body, type: 'ordinary', matter: 'general', procedure: 'written', circulatedOn: '2021-03-01' }).expect(201);
  });

  it('s.26(1): a special resolution amending the articles owes the articles as amended 15 days after it passed, done by recording the filing; another owes none', async () => {
    const amending = await passSpecialResolution(t, COMPANY, '2021-04-06', [], { text: TEXT, matter: 'amendment-of-articles' });
    const other = await passSpecialResolution(t, COMPANY, '2021-04-07', [], { text: 'THAT the company adopt a new trading name.' });
    expect((await t.http.get(`${C}/resolutions/${amending}`).set(secretary()).expect(200)).body).toMatchObject({ matter: 'amendment-of-articles', outcome: { status: 'passed', passedOn: '2021-04-06' } });

    const window = 'from=2021-04-01&to=2021-06-30&asAt=2021-04-30';
    const owed = (duties: Duty[]) => duties.filter((d) => d.kind === 'articles-filing');
    expect(owed(await deadlines(window))).toEqual([
      expect.objectContaining({ reference: amending, dueOn: '2021-04-21', status: 'overdue', rule: 's.26', section: 'CA 2006 s.26', formCode: null, doneOn: null }),
    ]);
    // The resolution itself is filed as well (FR-1, s.30): a duty of its own, for each special resolution.
    expect((await deadlines(window)).filter((d) => d.kind === 'resolution-filing' && [amending, other].includes(d.reference))).toHaveLength(2);
    // Before it passed there is nothing to send.
    expect(owed(await deadlines('from=2021-04-01&to=2021-06-30&asAt=2021-04-05'))).toEqual([]);

    await post('filings', { kind: 'articles-filing', reference: amending, filedOn: '2021-04-19' }).expect(201);
    expect(owed(await deadlines(window))).toEqual([expect.objectContaining({ reference: amending, status: 'done', doneOn: '2021-04-19' })]);
    // No such duty for the other resolution: a filing of it is refused, nothing recorded.
    await refused(() => post('filings', { kind: 'articles-filing', reference: other, filedOn: '2021-04-19' }), 422, 'DUTY_UNKNOWN');
  });

  it('s.21, s.26: the copy of a resolution amending the articles, and the minutes of a meeting that decides one, say so; another resolution\'s do not', async () => {
    const says = 'Matter Amends the articles (s.21); the articles as amended go to Companies House within 15 days of its passing (s.26)';
    const amending = await passSpecialResolution(t, COMPANY, '2021-05-03', [], { text: TEXT, matter: 'amendment-of-articles' });
    const other = await passSpecialResolution(t, COMPANY, '2021-05-04', [], { text: 'THAT the company adopt another trading name.' });
    expect(oneLine(await pdfText(t, `${C}/resolutions/${amending}/copy.pdf`))).toContain(says);
    expect(oneLine(await pdfText(t, `${C}/resolutions/${other}/copy.pdf`))).not.toContain('Amends the articles');

    const items = [{ type: 'ordinary', text: 'THAT the accounts be received.' }, { type: 'special', matter: 'amendment-of-articles', text: TEXT }];
    const meeting = await post('meetings', { kind: 'general', noticeGivenOn: '2021-05-10', heldOn: '2021-05-27', items }).expect(201);
    const minutes = oneLine(await pdfText(t, `${C}/meetings/${meeting.body.meetingId}/minutes.pdf`));
    expect(minutes.match(/Amends the articles/g)).toHaveLength(1);
    expect(minutes.indexOf('Amends the articles')).toBeGreaterThan(minutes.indexOf(TEXT.slice(0, 40)));
  });
});

/** A PDF's text with its lines run together, so words wrapped at the page's width still match. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ');
