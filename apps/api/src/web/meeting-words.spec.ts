import { quorumWords, sellersOnPage, sittingQuorumWords, votesInWords } from './meeting-words';

type Sitting = Parameters<typeof sittingQuorumWords>[1];
const sitting = (on: string, present: number, quorum: number, attended: number, notQuorateFor: { item: number; counted: number; interested: number }[] = []): Sitting =>
  ({ on, present, quorate: present >= quorum, notQuorateFor, attendance: Array.from({ length: attended }, (_, i) => ({ directorId: `d${i}`, name: `Director ${i}`, interestedIn: [] })) }) as unknown as Sitting;

describe('a meeting\'s quorum in words', () => {
  it('MT-3: the number needed and the number counted present, never one number for both', () => {
    expect(quorumWords(2, [sitting('2026-06-10', 3, 2, 3)])).toBe('2 needed; 3 counted present — quorate');
    expect(quorumWords(2, [sitting('2026-06-10', 1, 2, 1)])).toBe('2 needed; 1 counted present — not quorate');
    expect(quorumWords(2, [sitting('2026-06-10', 0, 2, 0)])).toBe('2 needed; no attendance recorded yet');
    expect(sittingQuorumWords(2, sitting('2026-06-10', 3, 2, 3))).toBe('quorate (3 counted present; 2 needed)');
    expect(sittingQuorumWords(2, sitting('2026-06-10', 0, 2, 0))).toBe('no attendance recorded');
  });

  it('MA-2: a sitting quorate by the directors present says which items the interested directors leave without a quorum', () => {
    const interested = sitting('2026-06-10', 3, 2, 3, [{ item: 1, counted: 1, interested: 2 }]);
    expect(quorumWords(2, [interested])).toBe('2 needed; 3 counted present — quorate, except for item 1: 1 counted (2 interested) — not quorate');
    expect(sittingQuorumWords(2, interested)).toBe('quorate (3 counted present; 2 needed), except for item 1: 1 counted (2 interested) — not quorate');
    const two = sitting('2026-06-10', 3, 2, 3, [{ item: 1, counted: 1, interested: 2 }, { item: 3, counted: 0, interested: 3 }]);
    expect(sittingQuorumWords(2, two)).toBe('quorate (3 counted present; 2 needed), except for item 1: 1 counted (2 interested) and item 3: 0 counted (3 interested) — not quorate');
  });

  it('MA-3: an adjourned meeting gives the count at each sitting with attendance, by its day', () => {
    expect(quorumWords(2, [sitting('2026-06-10', 1, 2, 1), sitting('2026-06-17', 2, 2, 2)])).toBe('2 needed; 1 counted present on 10 June 2026 — not quorate; 2 counted present on 17 June 2026 — quorate');
    expect(quorumWords(2, [sitting('2026-06-10', 1, 2, 1), sitting('2026-06-17', 0, 2, 0)])).toBe('2 needed; 1 counted present on 10 June 2026 — not quorate');
  });
});

describe('an item\'s votes in words', () => {
  type Item = Parameters<typeof votesInWords>[0];
  const board = [{ directorId: 'd1', name: 'Dr One (synthetic)' }, { directorId: 'd2', name: 'Dr Two (synthetic)' }];
  const votes = [{ directorId: 'd1', vote: 'for' }, { directorId: 'd2', vote: 'for', interested: true }];

  it('MA-2: an interested director is named as interested, and as not counted only where the resolution leaves interested directors out', () => {
    expect(votesInWords({ board, votes, interestedDirectorsExcluded: true } as unknown as Item, [])).toEqual([{ vote: 'For', voters: ['Dr One (synthetic)', 'Dr Two (synthetic) (interested in the matter, not counted)'] }]);
    // Proposed before the articles' rule was recorded: the interested director's vote was counted.
    expect(votesInWords({ board, votes } as unknown as Item, [])).toEqual([{ vote: 'For', voters: ['Dr One (synthetic)', 'Dr Two (synthetic) (interested in the matter)'] }]);
  });
});

describe('a buy-back item\'s votes in words', () => {
  type Item = Parameters<typeof votesInWords>[0];
  const entitled = [{ memberId: 'm1', name: 'Practice One (synthetic)', votes: 1 }, { memberId: 'm2', name: 'Practice Two (synthetic)', votes: 1 }];
  const votes = [{ memberId: 'm1', vote: 'for' }, { memberId: 'm2', vote: 'for' }];

  it('SR-2, s.695(3): the member selling the share is marked as the selling member, and the item says once, as its copy PDF does, that its vote cannot carry it', () => {
    const item = { entitled, votes, procedure: 'meeting', sellers: [{ memberId: 'm2', name: 'Practice Two (synthetic)' }] } as unknown as Item;
    expect(votesInWords(item, [])).toEqual([{ vote: 'For', voters: ['Practice One (synthetic)', 'Practice Two (synthetic) (the selling member)'] }]);
    expect(sellersOnPage(item)).toEqual({ heading: 'Selling member', words: 'Practice Two (synthetic) sells the company the shares bought back: the resolution passes only if it would have passed without its votes (CA 2006 s.695(3)).' });
    expect(sellersOnPage({ ...item, procedure: 'written' } as Item)?.words).toBe('Practice Two (synthetic) sells the company the shares bought back: not an eligible member, its agreement does not count (CA 2006 s.695(2)).');
    // Two sellers are headed as such, as the minutes PDF heads them.
    const two = { ...item, sellers: [{ memberId: 'm1', name: 'Practice One (synthetic)' }, { memberId: 'm2', name: 'Practice Two (synthetic)' }] } as unknown as Item;
    expect(sellersOnPage(two)?.heading).toBe('Selling members');
    expect(sellersOnPage({ ...item, sellers: [] } as unknown as Item)).toBeNull();
    expect(votesInWords({ entitled, votes, sellers: [] } as unknown as Item, [])[0]!.voters).toEqual(['Practice One (synthetic)', 'Practice Two (synthetic)']);
  });
});

describe('a vote by proxy in words', () => {
  type Item = Parameters<typeof votesInWords>[0];
  const entitled = [{ memberId: 'm1', name: 'Practice One (synthetic)', votes: 1 }, { memberId: 'm2', name: 'Practice Two (synthetic)', votes: 1 }];
  const attended = (proxyName: string) =>
    ({ on: '2026-06-10', present: 2, quorate: true, attendance: [{ memberId: 'm1', name: 'Practice One (synthetic)', capacity: 'proxy', proxyName }, { memberId: 'm2', name: 'Practice Two (synthetic)', capacity: 'corporate-representative', representativeName: 'Mr R. Representative (synthetic)' }] }) as unknown as Sitting;

  it('MT-3: names the proxy and the representative as the attendance records them, not as typed again on the vote', () => {
    const item = { entitled, meetingOn: '2026-06-10', votes: [{ memberId: 'm1', vote: 'for', proxyName: 'ms p.  PROXY (synthetic)' }, { memberId: 'm2', vote: 'against', representativeName: ' mr r. representative (synthetic)' }] } as unknown as Item;
    expect(votesInWords(item, [attended('Ms P. Proxy (synthetic)')])).toEqual([
      { vote: 'For', voters: ['Practice One (synthetic), by proxy: Ms P. Proxy (synthetic)'] },
      { vote: 'Against', voters: ['Practice Two (synthetic), by its corporate representative Mr R. Representative (synthetic)'] },
    ]);
  });

  it('MT-3: keeps the vote’s spelling where the attendance names someone else, or the sitting is another day', () => {
    const item = { entitled, meetingOn: '2026-06-10', votes: [{ memberId: 'm1', vote: 'for', proxyName: 'Mr Q. Other (synthetic)' }] } as unknown as Item;
    expect(votesInWords(item, [attended('Ms P. Proxy (synthetic)')])[0]!.voters).toEqual(['Practice One (synthetic), by proxy: Mr Q. Other (synthetic)']);
    const later = { ...item, meetingOn: '2026-06-17', votes: [{ memberId: 'm1', vote: 'for', proxyName: 'ms p. proxy (synthetic)' }] } as unknown as Item;
    expect(votesInWords(later, [attended('Ms P. Proxy (synthetic)')])[0]!.voters).toEqual(['Practice One (synthetic), by proxy: ms p. proxy (synthetic)']);
  });
});
