import { DomainError } from '#domain';
import { refusalErrors } from './web-page';

/** The page's words for a refusal (the one error `refusalErrors` gives it). */
const words = (details: Record<string, unknown>) => refusalErrors(new DomainError('SHARE_EVENT_NOT_AUTHORISED', 'x', details), {}, 'authorisedBy')[0]!.text;
const allotments = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => ({ action: 'allotment', shareNumber: from + i }));

describe('SH-1, articles: a share change refused for want of authority, in the page\'s words', () => {
  it('names the body, the change, the share and the day, and what the resolution chosen authorises instead', () => {
    const text = words({ action: 'allotment', shareNumber: 38, effectiveOn: '2026-12-02', required: 'board', reasons: [], otherChanges: [{ resolutionId: 'r1', reference: 'BR-2014-01', authority: 'board', authorises: allotments(1, 37) }] });
    expect(text).toBe('The articles need a board resolution that authorises the allotment of share 38, passed by 2 December 2026: BR-2014-01 authorises the allotment of shares 1 to 37 instead. Choose one that authorises it');
  });

  it("says a members' ordinary resolution is not the board resolution a cancellation needs, and a late one when it passed", () => {
    const wrongBody = words({ action: 'cancellation', shareNumber: 5, effectiveOn: '2024-06-15', required: 'board', reasons: [{ resolutionId: 'r2', reference: 'MR-2024-01', reason: "it is a members' ordinary (or special) resolution", authority: 'members-ordinary' }], otherChanges: [] });
    expect(wrongBody).toBe("The articles need a board resolution that authorises the cancellation of share 5, passed by 15 June 2024: MR-2024-01 is a members' ordinary resolution. Choose one that authorises it");
    const late = words({ action: 'transfer', shareNumber: 2, effectiveOn: '2024-06-15', required: 'board', reasons: [{ resolutionId: 'r3', reason: 'it was passed only on 2024-06-16', passedOn: '2024-06-16' }], otherChanges: [] });
    expect(late).toBe('The articles need a board resolution that authorises the transfer of share 2, passed by 15 June 2024: the resolution chosen was passed only on 16 June 2024. Choose one that authorises it');
  });

  it("SR-1: a surrender on a board resolution is refused saying that a surrender is a reduction of capital, needing a members' special resolution and a solvency statement", () => {
    const text = words({ action: 'cancellation', reason: 'surrender', shareNumber: 31, effectiveOn: '2024-03-05', required: 'members-special', reasons: [{ resolutionId: 'r4', reference: 'BR-2024-01', reason: 'it is a board resolution', authority: 'board' }], otherChanges: [] });
    expect(text).toBe(
      "A surrender is a reduction of capital (s.641): it needs a members' special resolution that authorises the cancellation of share 31, passed by 5 March 2024, supported by the directors' solvency statement made in the 15 days before it (or the court's order): BR-2024-01 is a board resolution. Choose one that authorises it",
    );
  });

  it('with no resolution chosen, says which the articles need', () => {
    expect(words({ action: 'transfer', shareNumber: 2, effectiveOn: '2024-02-10', required: 'board', reasons: [], otherChanges: [] })).toBe(
      'The articles need a board resolution that authorises the transfer of share 2, passed by 10 February 2024: choose a passed resolution that authorises it',
    );
  });
});
