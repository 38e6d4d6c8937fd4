import type { Json, MeetingInterestDeclared } from '#domain';
import { decodeCode, stored } from '../../../../../test/support/stored-entries';
import { meetingsFamily } from './meetings.codec';


describe('the meetings codec: a declaration of interest (MA-2)', () => {
  const event: MeetingInterestDeclared = { type: 'meeting-interest-declared', effectiveOn: '2026-04-20' as never, meetingId: 'bm-1', directorId: 'd-2', resolutionIds: ['r-2', 'r-3'] };

  it('MA-2: meeting.interest-declared names the meeting, the director, the items and the day, and decodes to the same event', () => {
    const entry = meetingsFamily.encode(event);
    expect(entry).toEqual({ kind: 'meeting.interest-declared', effectiveOn: '2026-04-20', payload: { meetingId: 'bm-1', directorId: 'd-2', resolutionIds: ['r-2', 'r-3'], declaredOn: '2026-04-20' } });
    expect(meetingsFamily.decode(stored(entry))).toEqual(event);
  });

  it('an entry with no items, or a field the kind does not have, does not read', () => {
    const entry = meetingsFamily.encode(event);
    const code = (payload: object) => decodeCode(() => meetingsFamily.decode(stored({ ...entry, payload: payload as Json })));
    expect(code(entry.payload as object)).toBe('ACCEPTED');
    expect(code({ ...(entry.payload as object), resolutionIds: [] })).not.toBe('ACCEPTED');
    expect(code({ ...(entry.payload as object), interested: true })).not.toBe('ACCEPTED');
  });
});
