import { databaseKinds } from '../support/databases';
import { ledgerHead } from '../support/ledger';
import { COMPANY } from '../support/test-app';
import { useWebHarness } from './browser';

const C = `/api/companies/${COMPANY}`;

/**
 * A meeting page's vote forms, one for each item, each carry a one-time token of their own: the votes
 * on two items sent together (the second button pressed before the page moved on) are two votes, not
 * one form sent twice, and the same item's form sent twice is still one vote.
 */
describe.each(databaseKinds())("a meeting page's vote forms record once each, and each item's vote (%s)", (kind) => {
  const web = useWebHarness({}, kind);
  let meetingId = '';
  let items: string[] = [];
  let director = '';
  beforeAll(async () => {
    const secretary = web.app.auth('secretary');
    const board = (await web.app.http.get(`${C}/directors?asAt=2026-11-20`).set(secretary).expect(200)).body as { directorId: string }[];
    director = board[0]!.directorId;
    const meeting = await web.app.http.post(`${C}/meetings`).set(secretary).send({
      kind: 'board', heldOn: '2026-11-20', chairDirectorId: director,
      items: [{ text: 'THAT the bank mandate be renewed (synthetic).' }, { text: 'THAT the auditors be thanked (synthetic).' }],
      attendance: board.map((d) => ({ directorId: d.directorId })),
    }).expect(201);
    meetingId = meeting.body.meetingId as string;
    items = (meeting.body.items as { resolutionId: string }[]).map((i) => i.resolutionId);
  }, 120_000);

  /** The fields of item `resolutionId`'s vote form as the page made them, with a voter and a vote chosen. */
  const voteForm = async (page: import('playwright-core').Page, resolutionId: string, vote: string) => {
    const action = `/meetings/${encodeURIComponent(meetingId)}/items/${encodeURIComponent(resolutionId)}/votes`;
    const fields = (await page.evaluate(`[...new FormData(document.querySelector('form[action="${action}"]')).entries()].map(([k, v]) => [k, String(v)])`)) as [string, string][];
    const form: Record<string, string> = { ...Object.fromEntries(fields), who: director, vote };
    return { action, form };
  };

  it('MA-2: the votes on items 1 and 2 sent at once from one page are both recorded; each form sent again records nothing more', async () => {
    expect(items).toHaveLength(2);
    const { context, page } = await web.session('secretary');
    await page.goto(`/meetings/${encodeURIComponent(meetingId)}`);
    const [first, second] = [await voteForm(page, items[0]!, 'for'), await voteForm(page, items[1]!, 'against')];
    expect(first.form._once).not.toBe(second.form._once);
    const head = await ledgerHead(web.app);
    const send = ({ action, form }: { action: string; form: Record<string, string> }) => page.context().request.post(action, { form });
    const answers = await Promise.all([send(first), send(second)]);
    expect(answers.map((a) => [a.status(), new URL(a.url()).pathname])).toEqual([
      [200, `/meetings/${meetingId}`],
      [200, `/meetings/${meetingId}`],
    ]);
    expect((await ledgerHead(web.app)).events - head.events).toBe(2);
    for (const [id, vote] of [[items[0]!, 'for'], [items[1]!, 'against']] as const) {
      const resolution = (await web.app.http.get(`${C}/resolutions/${id}`).set(web.app.auth('auditor')).expect(200)).body as { votes: { directorId: string; vote: string }[] };
      expect(resolution.votes).toEqual([expect.objectContaining({ directorId: director, vote })]);
    }
    // Each form sent once more, its token unchanged: nothing new.
    const again = await Promise.all([send(first), send(second)]);
    expect(again.map((a) => a.status())).toEqual([200, 200]);
    expect((await ledgerHead(web.app)).events - head.events).toBe(2);
    await context.close();
  }, 120_000);
});
