import type { TestApp } from './test-app';

export type ShareAction = 'allotment' | 'transfer' | 'cancellation';

/**
 * Passes a board resolution at a board meeting on `meetingOn`, every director on the board then
 * voting for it, authorising the given share events; returns its id for `authorisedBy`. The seeded
 * company's articles require one before each allotment, transfer and cancellation.
 */
export async function passBoardResolution(
  t: TestApp,
  companyId: string,
  meetingOn: string,
  authorises: { action: ShareAction; shareNumber: number }[],
): Promise<string> {
  const secretary = t.auth('secretary');
  const proposed = await t.http
    .post(`/api/companies/${companyId}/resolutions`)
    .set(secretary)
    .send({ kind: 'board', procedure: 'meeting', meetingOn, text: `THAT the share changes listed be approved (${meetingOn}).`, authorises });
  if (proposed.status !== 201) throw new Error(`proposing the board resolution failed: ${proposed.status} ${JSON.stringify(proposed.body)}`);
  for (const director of proposed.body.board as { directorId: string }[]) {
    const vote = await t.http
      .post(`/api/companies/${companyId}/resolutions/${proposed.body.resolutionId}/votes`)
      .set(secretary)
      .send({ directorId: director.directorId, vote: 'for' });
    if (vote.status !== 201) throw new Error(`a director's vote failed: ${vote.status} ${JSON.stringify(vote.body)}`);
  }
  return proposed.body.resolutionId as string;
}

/**
 * The number of ledger entries the seeded Tower Hamlets company starts with (without the alliance
 * seed). Only for tests about the seed itself; other tests count from the ledger head they read.
 */
export const SEEDED_ENTRIES = 3 + 1 + 1 + 3 + 37;
/** The sequence number of the seeded allotment of share `n`. */
export const seededAllotmentSequence = (n: number) => 8 + n;

/**
 * SR-1: passes a members' special written resolution circulated and agreed to on `on` by just enough
 * of the eligible members (at least 75%, s.283), authorising the given share events (a surrender or a
 * cancellation reduces capital and needs one, with the directors' solvency statement made in the 15
 * days before it: `solvencyStatementOn` of the share event). `leaveOut`: members who do not respond
 * (a share of theirs may then change on `on` itself; before it, the resolution's eligible members hold it back, WR-2). Returns its id for `authorisedBy`; it passes on `on`.
 */
export async function passSpecialResolution(
  t: TestApp,
  companyId: string,
  on: string,
  authorises: { action: ShareAction; shareNumber: number }[],
  {
    leaveOut = [],
    text = `THAT the company reduce its share capital by cancelling the shares listed, as set out in the directors' solvency statement (${on}).`,
    matter,
  }: { leaveOut?: readonly string[]; text?: string; matter?: string } = {},
): Promise<string> {
  const secretary = t.auth('secretary');
  const proposed = await t.http
    .post(`/api/companies/${companyId}/resolutions`)
    .set(secretary)
    .send({ kind: 'members', type: 'special', procedure: 'written', circulatedOn: on, text, authorises, ...(matter === undefined ? {} : { matter }) });
  if (proposed.status !== 201) throw new Error(`proposing the special resolution failed: ${proposed.status} ${JSON.stringify(proposed.body)}`);
  const eligible = proposed.body.eligible as { memberId: string }[];
  for (const { memberId } of eligible.filter((m) => !leaveOut.includes(m.memberId)).slice(0, Math.ceil((eligible.length * 3) / 4))) {
    const agreed = await t.http.post(`/api/companies/${companyId}/resolutions/${proposed.body.resolutionId}/agreements`).set(secretary).send({ memberId, agreedOn: on });
    if (agreed.status !== 201) throw new Error(`a member's agreement failed: ${agreed.status} ${JSON.stringify(agreed.body)}`);
  }
  return proposed.body.resolutionId as string;
}
