import { DomainError, refusalInWords, refusalWith } from './errors';

describe('a refusal passed on with more details (refusalWith)', () => {
  const worded = new DomainError('OFFICER_NOT_IN_OFFICE', { text: '{officer} no longer holds office: they left it on {resignedOn}', rule: 'OF-2' }, { officer: 'Dr A. Synthetic', resignedOn: '2025-03-31' });

  it('keeps its code and its wording, so that a page still gives the date in words', () => {
    const passed = refusalWith(worded, { ...worded.details, eventId: '42' });
    expect(passed.code).toBe('OFFICER_NOT_IN_OFFICE');
    expect(passed.details).toEqual({ officer: 'Dr A. Synthetic', resignedOn: '2025-03-31', eventId: '42' });
    expect(passed.message).toBe('Dr A. Synthetic no longer holds office: they left it on 2025-03-31 (OF-2)');
    expect(refusalInWords(passed.wording!, passed.details, () => '31 March 2025', false)).toBe('Dr A. Synthetic no longer holds office: they left it on 31 March 2025');
  });

  it('puts the prefix before the words, in the message and in the wording alike', () => {
    const passed = refusalWith(worded, { ...worded.details, index: 3 }, 'event 3: ');
    expect(passed.message).toBe('event 3: Dr A. Synthetic no longer holds office: they left it on 2025-03-31 (OF-2)');
    expect(refusalInWords(passed.wording!, passed.details, (d) => d, false)).toBe('event 3: Dr A. Synthetic no longer holds office: they left it on 2025-03-31');
  });

  it('a refusal given as a plain message stays one, with the prefix', () => {
    const plain = new DomainError('SHARE_NOT_HELD_BY_MEMBER', 'share 7 is not held by the transferor', { shareNumber: 7 });
    const passed = refusalWith(plain, { shareNumber: 7, index: 2 }, 'event 2: ');
    expect([passed.code, passed.message, passed.wording, passed.details]).toEqual(['SHARE_NOT_HELD_BY_MEMBER', 'event 2: share 7 is not held by the transferor', undefined, { shareNumber: 7, index: 2 }]);
  });
});
