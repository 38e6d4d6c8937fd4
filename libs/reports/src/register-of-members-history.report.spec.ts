import { formerParticularsLine, jointHolderNames, renderRegisterOfMembers, shareHistoryLine, type RegisterEntryView, type RegisterOfMembersView } from '#reports';
import { bytesOf, flat, pageTexts } from '../test/read-pdf';
import { isolated } from './text-shaper';

/** A register as at 31 March 2026 of just `entries`, in the order given. */
function register(...entries: RegisterEntryView[]): RegisterOfMembersView {
  return {
    company: { name: 'Tower Hamlets GP Care Group CIC', number: '09876543', registeredOffice: 'Unit 4, 1 Example Yard, London E1 1AA' },
    asAt: '2026-03-31',
    documentDate: '2026-03-31T17:00:00Z',
    ledgerHead: { sequence: 4821, hash: 'a1'.repeat(32) },
    entries: function* () {
      yield* entries;
    },
  };
}

/** The PDF's text read back, every run of white space one space. */
const textOf = async (view: RegisterOfMembersView) => flat((await pageTexts(await bytesOf(renderRegisterOfMembers(view)))).join('\n'));

describe("register of members with its history (RM-1, RM-2, RM-3)", () => {
  it("RM-1: a former member's row names the share it held and how it went; RM-2 (s.113(5)) every joint holder, the first-named holder marked; RM-3 earlier particulars", async () => {
    const former: RegisterEntryView = {
      name: 'Old Practice', address: '4 Old Road', registeredOn: '2014-09-01', ceasedOn: '2026-07-15', shares: [],
      sharesHeld: [{
        shareNumber: 4, acquiredOn: '2014-09-01', acquiredFrom: null, certificateNumber: 'C-0011', authorisedBy: 'res-1',
        disposedOn: '2026-07-15', disposal: 'surrender', disposedTo: null, disposalAuthorisedBy: 'res-2',
      }],
    };
    const current: RegisterEntryView = {
      name: 'Dr A Example', jointHolders: ['Dr B Example', 'Dr C Example'], address: '2 New Road', registeredOn: '2014-09-01', ceasedOn: null,
      shares: [{ shareNumber: 2, shareClass: 'Ordinary', nominalPence: 100, paidUpPence: 100 }],
      formerParticulars: [{ name: 'Practice Two', address: '2 Old Road', until: '2026-05-10' }],
    };
    const text = await textOf(register(current, former));
    expect(text).toContain('Share 4: acquired 1 September 2014 by allotment (certificate C-0011; authorised by res-1); surrendered 15 July 2026 (authorised by res-2)');
    expect(text).toMatch(/Old Practice .*4 Old Road.* 1 September 2014 15 July 2026 4 —/);
    expect(text).toContain('Joint holders: Dr A Example (first-named holder); Dr B Example; Dr C Example');
    expect(text.match(/Joint holders/g)).toHaveLength(1); // a sole holder's entry names none
    expect(text).toContain('Before 10 May 2026: Practice Two, 2 Old Road');
  });

  it('RM-2 (s.113(5)), RM-3: an earlier particulars line names the joint holders as they were then, in the words of the joint holders line; a right-to-left name stays isolated', async () => {
    const arabic = 'محمد علي';
    const entry: RegisterEntryView = {
      name: 'Dr Ada Example', address: '2 New Road', registeredOn: '2014-09-01', ceasedOn: null,
      shares: [{ shareNumber: 2, shareClass: 'Ordinary', nominalPence: 100, paidUpPence: 100 }],
      formerParticulars: [
        { name: 'Practice Two', address: '2 Old Road', until: '2025-03-10' },
        { name: 'Dr Ada Example', address: '2 Old Road', jointHolders: ['Dr Ben Example', arabic], until: '2025-06-01' },
      ],
    };
    const line = formerParticularsLine(entry.formerParticulars![1], { name: isolated });
    expect(line).toBe(`Before 1 June 2025: Dr Ada Example, 2 Old Road; joint holders: ${jointHolderNames('Dr Ada Example', ['Dr Ben Example', isolated(arabic)])}`);
    expect(line).toContain(`; ${isolated(arabic)}`);
    const text = await textOf(register(entry));
    expect(text).toContain('Before 10 March 2025: Practice Two, 2 Old Road');
    expect(text).toContain('Before 1 June 2025: Dr Ada Example, 2 Old Road; joint holders: Dr Ada Example (first-named holder); Dr Ben Example; ');
    expect(text).not.toMatch(/[\u2066-\u2069]/);
    // The entry is a sole holding now: no "Joint holders" line of its own.
    expect(text).not.toContain('Joint holders:');
  });

  it('RM-3 (s.113): particulars superseded on the day they took effect are printed "Superseded on", in recorded order, before the ones that superseded them', async () => {
    const entry: RegisterEntryView = {
      name: 'Third Name', address: '3 Road', registeredOn: '2014-09-01', ceasedOn: null,
      shares: [{ shareNumber: 3, shareClass: 'Ordinary', nominalPence: 100, paidUpPence: 100 }],
      formerParticulars: [
        { name: 'First Name', address: '1 Road', until: '2025-03-10' },
        { name: 'Second Name', address: '2 Road', jointHolders: ['Dr Ben Example'], until: '2025-03-10', supersededSameDay: true },
      ],
    };
    const text = await textOf(register(entry));
    expect(text).toMatch(/Before 10 March 2025: First Name, 1 Road Superseded on 10 March 2025: Second Name, 2 Road; joint holders: Second Name \(first-named holder\); Dr Ben Example/);
  });

  it('SR-1: a share forfeited under the articles is printed as forfeited, not as cancelled', async () => {
    const forfeited: RegisterEntryView = {
      name: 'Partly Paid Practice', address: '41 New Road', registeredOn: '2026-10-31', ceasedOn: '2026-11-30', shares: [],
      sharesHeld: [{
        shareNumber: 38, acquiredOn: '2026-10-31', acquiredFrom: null, certificateNumber: null, authorisedBy: 'res-3',
        disposedOn: '2026-11-30', disposal: 'forfeiture', disposedTo: null, disposalAuthorisedBy: 'res-4',
      }],
    };
    const text = await textOf(register(forfeited));
    expect(text).toContain('Share 38: acquired 31 October 2026 by allotment (certificate not issued; authorised by res-3); forfeited 30 November 2026 (authorised by res-4)');
  });

  it("FC-1: a subscriber's share is printed as acquired by the subscriber on incorporation, not as allotted", () => {
    const held = { shareNumber: 1, acquiredOn: '2014-09-01', acquiredFrom: null, certificateNumber: 'C-0001', authorisedBy: null, disposedOn: null, disposal: null, disposedTo: null, disposalAuthorisedBy: null };
    expect(shareHistoryLine({ ...held, subscriber: true })).toBe('Share 1: acquired 1 September 2014 as a subscriber on incorporation (certificate C-0001)');
    expect(shareHistoryLine(held)).toBe('Share 1: acquired 1 September 2014 by allotment (certificate C-0001)');
  });
});
