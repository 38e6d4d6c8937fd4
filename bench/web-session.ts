/** A signed-in page session over HTTP, for the page benchmarks: the session cookie and the page fetcher. */
export interface PageClient {
  /** GETs a page with the session; throws unless it answers `status` (200 unless given). Returns the HTML. */
  get(path: string, status?: number): Promise<string>;
}

const cookieOf = (res: Response) => /cic\.sid=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0] ?? null;

/** Signs in through the sign-in form as a browser does: its CSRF token, then the token in the `token` field. */
export async function signInPages(base: string, token: string): Promise<PageClient> {
  const start = await fetch(`${base}/`);
  const visitor = cookieOf(start);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await start.text())?.[1];
  if (!visitor || !csrf) throw new Error('the sign-in page gave no session or CSRF token');
  const signedIn = await fetch(`${base}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Cookie: visitor, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, token }).toString(),
  });
  const cookie = cookieOf(signedIn);
  if (signedIn.status !== 303 || !cookie) throw new Error(`signing in failed: ${signedIn.status}`);
  return {
    async get(path, status = 200) {
      const res = await fetch(`${base}${path}`, { headers: { Cookie: cookie }, redirect: 'manual' });
      const html = await res.text();
      if (res.status !== status) throw new Error(`GET ${path}: ${res.status} ${html.slice(0, 300)}`);
      return html;
    },
  };
}

/**
 * Records through the API what the seed leaves out, so that every page has something to show: a
 * board meeting with one item (for the meeting page) and a transfer of share 5 lodged and awaiting a
 * decision (for the transfer page). Throws unless each is recorded.
 */
export async function addMeetingAndLodgedTransfer(base: string, token: string, companyId: string, on: string): Promise<void> {
  const api = async (method: 'GET' | 'POST', path: string, body?: object) => {
    const res = await fetch(`${base}/api/companies/${companyId}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await res.json();
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  const [chair] = (await api('GET', `/directors?asAt=${on}`)) as { directorId: string }[];
  await api('POST', '/meetings', { kind: 'board', heldOn: on, chairDirectorId: chair.directorId, items: [{ text: 'THAT the management accounts be noted (synthetic).' }], attendance: [{ directorId: chair.directorId }] });
  const register = (await api('GET', '/register?status=current&limit=100')) as { members: { memberId: string; shares: { shareNumber: number }[] }[] };
  const holder = register.members.find((m) => m.shares.some((s) => s.shareNumber === 5))!;
  await api('POST', '/share-transfers', { status: 'lodged', shareNumber: 5, fromMemberId: holder.memberId, to: { practiceId: 'practice-z00006' }, lodgedOn: on });
}

/** A board member's token, issued through the API by the secretary's `token`. */
export async function boardToken(base: string, token: string): Promise<string> {
  const res = await fetch(`${base}/api/tokens`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Bench Board Member', role: 'board' }),
  });
  if (res.status !== 201) throw new Error(`issuing a board token: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}
