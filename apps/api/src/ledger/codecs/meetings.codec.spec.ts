import type { CalendarDate, Json, MeetingCalled, MeetingInterestDeclared, NoticeSent } from '#domain';
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

describe('the meetings codec: a general meeting called, with how its notice was sent (MT-2, s.1147)', () => {
  const called = (noticeSent?: NoticeSent): MeetingCalled => ({
    type: 'meeting-called',
    effectiveOn: (noticeSent?.on ?? '2026-03-10') as CalendarDate,
    meeting: { id: 'gm-1', kind: 'general', noticeGivenOn: '2026-03-10' as CalendarDate, ...(noticeSent ? { noticeSent } : {}), noticeTo: [], heldOn: '2026-03-24' as CalendarDate, chair: null, voting: 'show-of-hands', quorum: 2 },
  });

  it('MT-2: noticeSent is written only when recorded, so a meeting called before it was kept encodes, and hashes, as it did; both read back as the same event', () => {
    const before = meetingsFamily.encode(called()).payload as Record<string, unknown>;
    expect(Object.keys(before)).not.toContain('noticeSent');
    const sent = { on: '2026-03-06' as CalendarDate, by: 'post' as const };
    expect(meetingsFamily.encode(called(sent)).payload).toEqual({ ...before, noticeSent: { on: '2026-03-06', by: 'post' } });
    for (const event of [called(), called(sent)]) expect(meetingsFamily.decode(stored(meetingsFamily.encode(event)))).toEqual(event);
  });

  it('MT-2: a stored way of sending the law does not know, a day that is no calendar date or an extra field cannot be read', () => {
    const entry = meetingsFamily.encode(called({ on: '2026-03-06' as CalendarDate, by: 'electronic' }));
    const code = (noticeSent: object) => decodeCode(() => meetingsFamily.decode(stored({ ...entry, payload: { ...(entry.payload as object), noticeSent } as Json })));
    expect(code({ on: '2026-03-06', by: 'electronic' })).toBe('ACCEPTED');
    expect(code({ on: '2026-03-06', by: 'fax' })).not.toBe('ACCEPTED');
    expect(code({ on: '2026-02-30', by: 'post' })).not.toBe('ACCEPTED');
    expect(code({ on: '2026-03-06', by: 'post', at: '09:00' })).not.toBe('ACCEPTED');
  });
});
