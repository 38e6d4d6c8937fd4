/**
 * Page forms take only the fields their templates send: every POST form on every page, sent as the
 * page has it plus one field it does not take, is refused with a 400 page naming that field (and no
 * other: every field the template sends is on its route's list), and nothing is written. A page form
 * whose body cannot be read (not UTF-8, nested too deep) is the HTML error page too, whatever the
 * request's Accept header says.
 */
import request from 'supertest';
import { passBoardResolution } from './support/authority';
import { databaseKinds } from './support/databases';
import { readRegister } from './support/register';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

/** A POST form of a page, as its HTML has it: where it goes, how it is sent, and each field with the value the page gives it. */
interface PageForm {
  readonly page: string;
  readonly action: string;
  readonly multipart: boolean;
  readonly fields: [string, string][];
}

const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decode(m[1]!) : undefined;
};

/** The POST forms of a page's HTML, each field with what a browser would send if the form were sent untouched. */
function postForms(page: string, html: string): PageForm[] {
  const forms: PageForm[] = [];
  for (const [, open, body] of html.matchAll(/<form(\s[^>]*)>([\s\S]*?)<\/form>/g)) {
    if (attr(open!, 'method')?.toLowerCase() !== 'post') continue;
    const fields: [string, string][] = [];
    for (const [tag] of body!.matchAll(/<input\s[^>]*>/g)) {
      const name = attr(tag, 'name');
      const type = attr(tag, 'type') ?? 'text';
      if (!name || type === 'file') continue;
      if ((type === 'checkbox' || type === 'radio') && !/\schecked\b/.test(tag)) continue;
      fields.push([name, attr(tag, 'value') ?? '']);
    }
    for (const [, tag, options] of body!.matchAll(/<select(\s[^>]*)>([\s\S]*?)<\/select>/g)) {
      const chosen = /<option\s[^>]*selected[^>]*>/.exec(options!)?.[0] ?? /<option\s[^>]*>/.exec(options!)?.[0] ?? '';
      fields.push([attr(tag!, 'name')!, attr(chosen, 'value') ?? '']);
    }
    for (const [, tag, text] of body!.matchAll(/<textarea(\s[^>]*)>([\s\S]*?)<\/textarea>/g)) fields.push([attr(tag!, 'name')!, decode(text!.trim())]);
    forms.push({ page, action: attr(open!, 'action')!, multipart: attr(open!, 'enctype') === 'multipart/form-data', fields });
  }
  return forms;
}

describe.each(databaseKinds())('page forms refuse fields they do not take, writing nothing (%s)', (kind) => {
  let t: TestApp;
  let agent: ReturnType<typeof request.agent>;
  /** Each page with forms, and the actions of the POST forms it must show (besides the header's sign-out). */
  let PAGES: [string, string[]][];

  beforeAll(async () => {
    t = await startTestApp(kind, { seedAlliance: true });
    const secretary = t.auth('secretary');
    const register = await readRegister(t, 'status=current&limit=100');
    const memberId = register.members[0]!.memberId;
    const resolutionId = await passBoardResolution(t, COMPANY, '2024-06-01', [{ action: 'transfer', shareNumber: 5 }]);
    const written = await t.http.post(`${C}/resolutions`).set(secretary).send({ kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn: '2024-06-02', text: 'THAT the accounts be received (synthetic).' }).expect(201);
    const [chair] = (await t.http.get(`${C}/directors?asAt=2024-06-01`).set(secretary).expect(200)).body as { directorId: string }[];
    const board = await t.http.post(`${C}/meetings`).set(secretary)
      .send({ kind: 'board', heldOn: '2024-06-05', chairDirectorId: chair!.directorId, items: [{ text: 'THAT the management accounts be noted (synthetic).' }], attendance: [{ directorId: chair!.directorId }] }).expect(201);
    const general = await t.http.post(`${C}/meetings`).set(secretary)
      .send({ kind: 'general', heldOn: '2024-07-30', noticeGivenOn: '2024-07-01', items: [{ text: 'THAT the report be received (synthetic).', type: 'ordinary' }], attendance: [{ memberId }] }).expect(201);
    const holder5 = register.members.find((m) => m.shares.some((s) => s.shareNumber === 5))!.memberId;
    const lodged = await t.http.post(`${C}/share-transfers`).set(secretary)
      .send({ status: 'lodged', shareNumber: 5, fromMemberId: holder5, to: { practiceId: 'practice-z00006' }, lodgedOn: '2024-06-10' }).expect(201);
    await t.http.post(`${C}/inspection-requests`).set(secretary)
      .send({ receivedOn: '2024-06-03', kind: 'inspect', requesterName: 'B. Requester', requesterAddress: '8 Requester Close, Leeds LS2 2BB', purpose: 'study of GP federations', onwardRecipients: [] }).expect(201);
    const meeting = (id: string) => `/meetings/${encodeURIComponent(id)}`;
    const member = `/register/members/${encodeURIComponent(memberId)}`;
    PAGES = [
      ['/access', ['/access/tokens', '/access/tokens/*/revoke']],
      ['/asset-transfers', ['/asset-transfers', '/asset-transfers/named-bodies']],
      ['/certificates', ['/certificates/issue', '/certificates/replacement']],
      ['/company', ['/company/particulars']],
      ['/ledger/corrections', ['/ledger/corrections']],
      ['/directors', ['/directors/filings']],
      ['/dividends', ['/dividends']],
      ['/inspection', ['/inspection', '/inspection/appointment', '/inspection/answer']],
      ['/ledger', ['/ledger/verify']],
      [meeting(board.body.meetingId), [`${meeting(board.body.meetingId)}/items/*/votes`, `${meeting(board.body.meetingId)}/attendance`, `${meeting(board.body.meetingId)}/interests`, `${meeting(board.body.meetingId)}/adjournments`]],
      [meeting(general.body.meetingId), [`${meeting(general.body.meetingId)}/items/*/votes`, `${meeting(general.body.meetingId)}/attendance`, `${meeting(general.body.meetingId)}/adjournments`]],
      ['/meetings', ['/meetings']],
      [`${member}/particulars`, [`${member}/particulars`]],
      ['/officers', ['/officers', '/officers/choose/resign', '/officers/choose/change', '/officers/choose/verify']],
      ['/practices', ['/practices']],
      ['/practices/practice-z00001', ['/practices/practice-z00001/changes', '/practices/practice-z00001/closure']],
      ['/resolutions', ['/resolutions']],
      [`/resolutions/${encodeURIComponent(resolutionId)}`, [`/resolutions/${encodeURIComponent(resolutionId)}/responses`]],
      [`/resolutions/${encodeURIComponent(written.body.resolutionId)}`, [`/resolutions/${encodeURIComponent(written.body.resolutionId)}/responses`]],
      ['/share-changes?kind=transfer', ['/share-changes/transfer']],
      ['/share-changes?kind=allotment', ['/share-changes/allotment']],
      ['/share-changes?kind=cancellation', ['/share-changes/cancellation']],
      ['/transfers', ['/transfers']],
      [`/transfers/${lodged.body.transferId}`, [`/transfers/${lodged.body.transferId}/registration`, `/transfers/${lodged.body.transferId}/refusal`]],
      ['/alliance/tupe/tupe-2016-health-visiting', ['/alliance/tupe/tupe-2016-health-visiting/staff-list']],
    ];
    agent = request.agent(t.app.getHttpServer());
    const start = await agent.get('/').set('Accept', 'text/html');
    await agent.post('/sign-in').type('form').send({ _csrf: csrfOf(start.text), token: t.tokens.secretary }).expect(303);
  }, 300_000);
  afterAll(() => t?.close());

  const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)![1]!;

  /** Every table but the sessions', row by row: a refused form leaves each as it was. */
  const everything = async () => {
    const tables = await t.sql<{ name: string }>(`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name <> 'web_session' order by 1`);
    const rows: Record<string, string> = {};
    for (const { name } of tables) {
      const [row] = await t.sql<{ n: number; sum: string | null }>(`select count(*)::int as n, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as sum from "${name}" x`);
      rows[name] = `${row!.n}:${row!.sum}`;
    }
    return rows;
  };

  const post = (form: PageForm, fields: [string, string][]) => {
    if (form.multipart) {
      let call = agent.post(form.action).set('Accept', 'text/html');
      for (const [name, value] of fields) call = call.field(name, value);
      return call.attach('staffList', Buffer.from('name,date_of_birth\n'), 'staff.csv');
    }
    return agent.post(form.action).set('Accept', 'text/html').type('form').send(new URLSearchParams(fields).toString());
  };

  it('every POST form on every page, sent with a field it does not take, is a 400 page naming that field alone, and nothing is written', async () => {
    let checked = 0;
    for (const [page, actions] of PAGES) {
      const html = (await agent.get(page).set('Accept', 'text/html').expect(200)).text;
      const forms = postForms(page, html);
      const own = forms.filter((f) => !f.action.startsWith('/sign-out'));
      const pattern = (a: string) => new RegExp(`^${a.replace(/[.?]/g, '\\$&').replace(/\*/g, '[^/]+')}$`);
      for (const action of actions) expect([page, action, own.some((f) => pattern(action).test(f.action))]).toEqual([page, action, true]);
      for (const form of own) {
        expect([form.action, form.fields.some(([n]) => n === '_csrf')]).toEqual([form.action, true]);
        const before = await everything();
        const res = await post(form, [...form.fields, ['notAField', 'x']]);
        expect([form.action, res.status, res.headers['content-type']]).toEqual([form.action, 400, expect.stringMatching(/^text\/html/)]);
        expect([form.action, /does not take the fields? ([^.]*)\./.exec(decode(res.text))?.[1]]).toEqual([form.action, "'notAField'"]);
        expect(res.text).toContain('Nothing was saved');
        expect(await everything()).toEqual(before);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(35);
  }, 600_000);

  it('a field sent as an object (text[a]=…) is not one a form sends; the one-time form token is taken by every form', async () => {
    const token = csrfOf((await agent.get('/resolutions').set('Accept', 'text/html').expect(200)).text);
    const before = await everything();
    const nested = await agent.post('/resolutions').set('Accept', 'text/html').type('form').send(`_csrf=${encodeURIComponent(token)}&kind=board&procedure=meeting&meetingOn=2020-01-01&text[a]=THAT%20x`);
    expect([nested.status, /does not take the field '([^']*)'/.exec(decode(nested.text))?.[1]]).toEqual([400, 'text[a]']);
    expect(await everything()).toEqual(before);
    // A route of several forms told apart by its path takes no list from an inherited name: no such form is a 404.
    const none = await agent.post('/certificates/constructor').set('Accept', 'text/html').type('form').send(`_csrf=${encodeURIComponent(token)}&issuedOn=2020-01-01`);
    expect(none.status).toBe(404);
    // The ledger's "Verify now" takes no field of its own; the CSRF token and a form token are taken.
    const verified = await agent.post('/ledger/verify').set('Accept', 'text/html').type('form').send(`_csrf=${encodeURIComponent(token)}&_once=abc`);
    expect([verified.status, verified.headers.location]).toEqual([303, '/ledger']);
  });

  it('revoking a token id that names no token, of whatever form, is the 404 page, and nothing is written', async () => {
    const token = csrfOf((await agent.get('/access').set('Accept', 'text/html').expect(200)).text);
    for (const id of ['nope', '00000000-0000-4000-8000-000000000000']) {
      const before = await everything();
      const res = await agent.post(`/access/tokens/${id}/revoke`).set('Accept', 'text/html').type('form').send(`_csrf=${encodeURIComponent(token)}&confirm=yes`);
      expect([id, res.status, res.headers['content-type']]).toEqual([id, 404, expect.stringMatching(/^text\/html/)]);
      expect(await everything()).toEqual(before);
    }
  });

  it('an empty field name (=x, &=&) and __proto__ are fields a form does not take: a 400 page naming each, nothing written', async () => {
    const token = csrfOf((await agent.get('/resolutions').set('Accept', 'text/html').expect(200)).text);
    const form = `_csrf=${encodeURIComponent(token)}&kind=board&procedure=meeting&meetingOn=2020-01-01&text=THAT%20x`;
    for (const [extra, named] of [['__proto__=1', "'__proto__'"], ['=x', "''"], ['&=&', "''"], ['__proto__[a]=1', "'__proto__[a]'"]]) {
      const before = await everything();
      const res = await agent.post('/resolutions').set('Accept', 'text/html').type('form').send(`${form}&${extra}`);
      expect([extra, res.status, /does not take the fields? ([^.]*)\./.exec(decode(res.text))?.[1]]).toEqual([extra, 400, named]);
      expect(await everything()).toEqual(before);
    }
  });

  it('a field of one value sent twice (text=A&text=B) is a 400 page naming it, nothing written; a list (attendance checkboxes) takes many', async () => {
    const token = csrfOf((await agent.get('/resolutions').set('Accept', 'text/html').expect(200)).text);
    const base = `_csrf=${encodeURIComponent(token)}&kind=board&procedure=meeting&meetingOn=2020-01-01`;
    for (const body of [`${base}&text=A&text=B`, `${base}&text=A&text=A`, `${base}&text=THAT%20x&_once=a&_once=b`]) {
      const before = await everything();
      const res = await agent.post('/resolutions').set('Accept', 'text/html').type('form').send(body);
      expect([body, res.status, /The field '([^']*)' was sent more than once/.exec(decode(res.text))?.[1]]).toEqual([body, 400, expect.stringMatching(/^(text|_once)$/)]);
      expect(await everything()).toEqual(before);
    }
    const secretary = t.auth('secretary');
    const directors = (await t.http.get(`${C}/directors?asAt=2024-09-01`).set(secretary).expect(200)).body as { directorId: string }[];
    const meeting = await t.http.post(`${C}/meetings`).set(secretary)
      .send({ kind: 'board', heldOn: '2024-09-02', chairDirectorId: directors[0]!.directorId, items: [{ text: 'THAT the budget be noted (synthetic).' }] }).expect(201);
    const ids = directors.slice(0, 3).map((d) => `directorId=${encodeURIComponent(d.directorId)}`).join('&');
    const attended = await agent.post(`/meetings/${encodeURIComponent(meeting.body.meetingId)}/attendance`).set('Accept', 'text/html').type('form').send(`_csrf=${encodeURIComponent(token)}&${ids}`);
    expect(attended.status).toBe(303);
    const shown = await agent.get(attended.headers.location!).set('Accept', 'text/html').expect(200);
    expect(decode(shown.text)).toContain('Attendance recorded: 3 recorded now; 3 present at the sitting in all.');
  });

  it('the sign-in and sign-out forms refuse a field they do not take: no session is started or ended', async () => {
    const visitor = request.agent(t.app.getHttpServer());
    const token = csrfOf((await visitor.get('/').set('Accept', 'text/html').expect(200)).text);
    const signIn = await visitor.post('/sign-in').set('Accept', 'text/html').type('form').send({ _csrf: token, token: t.tokens.secretary, remember: 'yes' });
    expect([signIn.status, decode(signIn.text).includes("does not take the field 'remember'")]).toEqual([400, true]);
    await visitor.get('/home').expect(303).expect('Location', '/');
    const home = await agent.get('/home').set('Accept', 'text/html').expect(200);
    const signOut = await agent.post('/sign-out').set('Accept', 'text/html').type('form').send(`_csrf=${encodeURIComponent(csrfOf(home.text))}&everywhere=yes`);
    expect([signOut.status, decode(signOut.text).includes("does not take the field 'everywhere'")]).toEqual([400, true]);
    await agent.get('/home').set('Accept', 'text/html').expect(200);
  });

  it('a page form that is not UTF-8, or nested too deep to read, is the HTML error page (400) whatever the Accept header, nothing is written, and it offers a signed-in user the home page', async () => {
    const token = csrfOf((await agent.get('/resolutions').set('Accept', 'text/html').expect(200)).text);
    const form = (text: Buffer | string) => Buffer.concat([Buffer.from(`_csrf=${encodeURIComponent(token)}&kind=board&procedure=meeting&meetingOn=2020-01-01&text=`), Buffer.from(text)]);
    const bodies: [string, Buffer][] = [
      ['a raw \\xff', form(Buffer.concat([Buffer.from('THAT x'), Buffer.from([0xff, 0xfe])]))],
      ['an escaped %FF', form('THAT%20x%FF')],
      ['a field nested 40 deep', form(`THAT%20x&a${'[b]'.repeat(40)}=1`)],
    ];
    for (const [name, body] of bodies) {
      for (const accept of [undefined, '*/*', 'application/json', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8']) {
        const before = await everything();
        let call = agent.post('/resolutions').set('content-type', 'application/x-www-form-urlencoded');
        if (accept) call = call.set('Accept', accept);
        const res = await call.serialize((bytes: unknown) => bytes as string).send(body as never);
        expect([name, accept, res.status, res.headers['content-type']]).toEqual([name, accept, 400, expect.stringMatching(/^text\/html/)]);
        expect(res.text).toContain('The form could not be read');
        // Signed in: the page offers the home page, not the sign-in page.
        expect([res.text.includes('href="/home"'), res.text.includes('sign-in page')]).toEqual([true, false]);
        expect(await everything()).toEqual(before);
      }
    }
    // A visitor's unreadable form (the sign-in form) offers the sign-in page.
    const visitor = request.agent(t.app.getHttpServer());
    const visitorToken = csrfOf((await visitor.get('/').set('Accept', 'text/html').expect(200)).text);
    const unread = await visitor.post('/sign-in').set('content-type', 'application/x-www-form-urlencoded').serialize((bytes: unknown) => bytes as string)
      .send(Buffer.concat([Buffer.from(`_csrf=${encodeURIComponent(visitorToken)}&token=`), Buffer.from([0xff])]) as never);
    expect([unread.status, unread.text.includes('Go to the sign-in page'), unread.text.includes('href="/home"')]).toEqual([400, true, false]);
  });
});
