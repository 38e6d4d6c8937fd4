import { DomainError, checkNotBeforeIncorporation, checkNotBeforeMemberResponses, checkNotDatedAfterRecording, calendarDate, instant, proposeAtGeneralMeeting, proposeWrittenResolution, recordMemberVote, recordWrittenAgreement, type RegisterEntry } from '#domain';
import { asAtOf, asDto, problemText, refusalErrors } from './web-page';
import { IsCalendarDate } from '../common/is-calendar-date';
import { AppError } from '../common/app-error';
import { IsString } from 'class-validator';
import { ChangeMemberParticularsDto } from '../practices/dto/practice.dto';

const entry: RegisterEntry = {
  memberId: 'm1', name: 'Synthetic Practice 1', address: '1 Road', registeredOn: calendarDate('2014-09-01'), ceasedOn: null,
  shares: [{ shareNumber: 1, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100 }],
};

describe('a refusal as a form shows it', () => {
  it('MA-1 / RM-3: a share change dated before a vote the member gave names the resolution and the meeting day beside the date field', () => {
    const meeting = recordMemberVote(
      proposeAtGeneralMeeting({ id: 'r1', text: 'THAT x.', kind: 'ordinary', noticeGivenOn: calendarDate('2023-02-20'), meetingOn: calendarDate('2023-03-15'), members: [entry] }),
      { memberId: 'm1', vote: 'for' },
    );
    const references = { byId: new Map([['r1', 'OR-2023-01']]), counts: new Map() };
    const transfer = {
      type: 'transfer' as const, eventId: '9', effectiveOn: calendarDate('2023-02-01'), recordedAt: instant('2026-01-01T00:00:00Z'), authorisedBy: null,
      shareNumber: 1, fromMemberId: 'm1', to: { memberId: 'm2', name: 'New partners', address: 'x', practiceId: null }, lodgedOn: calendarDate('2023-02-01'),
    };
    let refusal: unknown;
    try {
      checkNotBeforeMemberResponses(transfer, [meeting], references);
    } catch (error) {
      refusal = error;
    }
    const [shown] = refusalErrors(refusal, { EVENT_PREDATES_DEPENDENCY: 'effectiveOn' }, 'shareNumber');
    expect(shown).toEqual({ field: 'effectiveOn', href: '#effectiveOn', text: expect.stringContaining('resolution OR-2023-01') });
    // The member, what they did and on which day, and the dates in words: the domain's own sentence.
    expect(shown.text).toMatch(/^Synthetic Practice 1 .*15 March 2023 .*resolution OR-2023-01.*1 February 2023 \(date it after 15 March 2023\)$/);
    expect(shown.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe("SR-2, s.695: the selling member's agreement to its buy-back's written resolution", () => {
  it('is refused naming the practice in words as the selling member, whose agreement does not count', () => {
    const other: RegisterEntry = { ...entry, memberId: 'm2', name: 'Synthetic Practice 2', shares: [{ ...entry.shares[0], shareNumber: 2 }] };
    const resolution = proposeWrittenResolution({
      id: 'r2', text: 'THAT the contract to buy back share 1 be approved.', kind: 'ordinary', circulatedOn: calendarDate('2024-03-01'), members: [entry, other],
      authorises: [{ action: 'cancellation', shareNumber: 1, reason: 'buy-back' }],
    });
    let refusal: unknown;
    try {
      recordWrittenAgreement(resolution, { memberId: 'm1', agreedOn: calendarDate('2024-03-02') });
    } catch (error) {
      refusal = error;
    }
    const [shown] = refusalErrors(refusal, { MEMBER_NOT_ELIGIBLE: 'who' }, 'agreedOn');
    expect(shown).toMatchObject({ field: 'who', text: expect.stringContaining('Synthetic Practice 1 is the selling member of the buy-back this resolution approves, whose agreement does not count (s.695)') });
    expect(shown.text).not.toContain('m1');
  });
});

describe('a refused form field is named in plain words', () => {
  const refused = (field: string, problems: string[]) => new AppError('VALIDATION_FAILED', 'the request is not valid', [{ field, problems }]);

  it('says a value is too long rather than asking for it as if it were empty', () => {
    const [shown] = refusalErrors(refused('name', ['name must be shorter than or equal to 200 characters']), {}, 'name', { name: 'Enter the name' });
    expect(shown.text).toBe('Name must be 200 characters or fewer');
    const [other] = refusalErrors(refused('text', ['must be at most 5000 characters']), {}, 'text', { text: 'Enter the text' });
    expect(other.text).toBe('Text must be 5000 characters or fewer');
  });

  it('keeps the form\'s own words when the field was left empty', () => {
    const [shown] = refusalErrors(refused('name', ['name should not be empty']), {}, 'name', { name: 'Enter the name' });
    expect(shown.text).toBe('Enter the name');
  });

  it('puts no camelCase field name of the API on the page', () => {
    const [shown] = refusalErrors(refused('noticeGivenOn', ['noticeGivenOn is needed for this kind and procedure of resolution']), {}, 'noticeGivenOn');
    expect(shown.text).toBe('Notice given on is needed for this kind and procedure of resolution');
    expect(shown.text).not.toMatch(/\b[a-z]+[A-Z]/);
  });

  it('RM-2: a joint holder named twice, or the first-named holder named again, is named in the words, not the field\'s usual hint', async () => {
    for (const [jointHolders, named] of [[['Dr B', ' dr a '], '"dr a"'], [['Dr B', 'DR  B'], '"DR  B"']] as const) {
      const error = await asDto(ChangeMemberParticularsDto, { effectiveOn: '2026-05-10', name: 'Dr A', jointHolders }).catch((e: unknown) => e);
      const [shown] = refusalErrors(error, { jointHolders: 'jointHolders' }, 'effectiveOn', { jointHolders: 'Put each other joint holder on a line of its own, at most 20' });
      expect(shown).toMatchObject({ field: 'jointHolders', text: `${named} is named twice: name each joint holder once, and not the first-named holder again` });
    }
    await expect(asDto(ChangeMemberParticularsDto, { effectiveOn: '2026-05-10', name: 'Dr A', jointHolders: ['Dr B', 'Dr C'] })).resolves.toBeDefined();
  });
});

describe("EC-4, s.163, s.165: a director's appointment without particulars", () => {
  const refused = (missing: string[]) => new DomainError('PERSONAL_DETAILS_MISSING', 'missing', { missing });

  it('names every particular missing, country of residence among them, in one when the form has no field of its own for each', () => {
    const [all] = refusalErrors(refused(['dateOfBirth', 'residentialAddress', 'countryOfResidence', 'nationality', 'occupation']), { PERSONAL_DETAILS_MISSING: 'dateOfBirth' }, 'name');
    expect(all).toEqual({
      field: 'dateOfBirth', href: '#dateOfBirth',
      text: "Enter the director's full particulars: date of birth, residential address, country of residence, nationality and occupation are missing",
    });
    const [one] = refusalErrors(refused(['countryOfResidence']), {}, 'name');
    expect(one.text).toBe("Enter the director's full particulars: country of residence is missing");
  });

  it('puts each particular missing beside its own field when the form has one for each', () => {
    const fieldOf = { PERSONAL_DETAILS_MISSING: 'dateOfBirth', dateOfBirth: 'dateOfBirth', nationality: 'nationality', occupation: 'occupation', residentialAddress: 'residentialAddress' };
    expect(refusalErrors(refused(['dateOfBirth', 'residentialAddress', 'nationality', 'occupation']), fieldOf, 'name')).toEqual([
      { field: 'dateOfBirth', href: '#dateOfBirth', text: "Enter the director's date of birth" },
      { field: 'residentialAddress', href: '#residentialAddress', text: "Enter the director's residential address" },
      { field: 'nationality', href: '#nationality', text: "Enter the director's nationality" },
      { field: 'occupation', href: '#occupation', text: "Enter the director's occupation" },
    ]);
    // Two missing particulars answered beside one field (a secretary's form, where they are hidden): named in one.
    const [together, ...rest] = refusalErrors(refused(['nationality', 'occupation']), { nationality: 'role', occupation: 'role', PERSONAL_DETAILS_MISSING: 'role' }, 'name');
    expect([together!.field, together!.text, rest]).toEqual(['role', "Enter the director's full particulars: nationality and occupation are missing", []]);
  });
});

describe('a date field of a form', () => {
  class Dated {
    @IsCalendarDate()
    appointedOn!: string;
  }
  const shown = async (appointedOn: string | undefined) => {
    try {
      await asDto(Dated, { appointedOn });
    } catch (error) {
      return refusalErrors(error, {}, 'appointedOn', { appointedOn: 'Enter the date of appointment' })[0]!.text;
    }
    throw new Error('not refused');
  };

  it('asks for a real date naming the field when the date typed is not one (2026-02-30, 1980-13-01), without asking for YYYY-MM-DD (a date picker), and for the date only when it is left empty', async () => {
    expect(await shown('2026-02-30')).toBe('Enter the date of appointment as a real date');
    expect(await shown('1980-13-01')).toBe('Enter the date of appointment as a real date');
    expect(await shown(undefined)).toBe('Enter the date of appointment');
  });

  it('a real date outside the range the service keeps (1700-01-01, 3000-01-01) is asked for within that range, in words', async () => {
    expect(await shown('1700-01-01')).toBe('Enter a date from 1 January 1800 to 31 December 2999');
    expect(await shown('3000-01-01')).toBe('Enter a date from 1 January 1800 to 31 December 2999');
  });

  it('the "as at" date of a page: out of range is refused naming the range in words, the ISO bounds in details; no real date as such', () => {
    const refusal = (value: string) => {
      try {
        asAtOf(value);
      } catch (error) {
        return (error as AppError).details;
      }
      throw new Error('not refused');
    };
    expect(refusal('1700-01-01')).toEqual([{ field: 'asAt', problems: ['Enter a date from 1 January 1800 to 31 December 2999'], earliest: '1800-01-01', latest: '2999-12-31' }]);
    expect(refusal('2025-02-30')).toEqual([{ field: 'asAt', problems: ['Enter the “as at” date as a real date, written YYYY-MM-DD in the address'] }]);
    expect(asAtOf('1800-01-01')).toBe('1800-01-01');
  });
});

describe('a form with two dates (appointment and birth)', () => {
  class TwoDates {
    @IsCalendarDate()
    appointedOn!: string;

    @IsCalendarDate()
    dateOfBirth!: string;

    @IsString()
    name!: string;
  }
  const shown = async (plain: object) => {
    try {
      await asDto(TwoDates, plain);
    } catch (error) {
      return refusalErrors(error, { appointedOn: 'appointedOn', dateOfBirth: 'dateOfBirth', name: 'name' }, 'name', { appointedOn: 'Enter the date of appointment' }).map((e) => [e.field, e.text]);
    }
    throw new Error('not refused');
  };

  it('each date that is no real date is refused naming its field ("Enter the date of birth as a real date"), never as YYYY-MM-DD', async () => {
    expect(await shown({ appointedOn: '2026-02-30', dateOfBirth: '1970-13-01', name: 'A' })).toEqual([
      ['appointedOn', 'Enter the date of appointment as a real date'],
      ['dateOfBirth', 'Enter the date of birth as a real date'],
    ]);
    expect(await shown({ appointedOn: '2026-02-28', dateOfBirth: '1970-02-30', name: 'A' })).toEqual([['dateOfBirth', 'Enter the date of birth as a real date']]);
  });

  it('a NUL or a right-to-left override typed in a field is said in words naming the field, not as "must not contain NUL characters"', async () => {
    const [[, nul]] = (await shown({ appointedOn: '2026-02-28', dateOfBirth: '1970-02-28', name: 'A\u0000B' }))!;
    expect(nul).toBe('Name contains a hidden character (NUL) that cannot be kept: type it again');
    const [[, bidi]] = (await shown({ appointedOn: '2026-02-28', dateOfBirth: '1970-02-28', name: 'Dr \u202eA' }))!;
    expect(bidi).toContain('Name contains hidden characters that change the direction of the text');
  });
});

describe('a refusal the domain words with the people and resolution it concerns', () => {
  it('MA-1: is shown in the domain’s wording, as a sentence, without the brief’s rule numbers; the general sentence is not', () => {
    const refusal = new DomainError('MEMBER_NOT_ELIGIBLE', { text: '{member} was not on the register of members on {meetingOn}, the day of the meeting, so {cannot}', rule: 'MA-1' }, {
      memberId: 'm1', member: 'Synthetic Practice 1', meetingOn: '2023-03-20', cannot: 'cannot vote on the resolution “THAT x.”',
    });
    const [shown] = refusalErrors(refusal, { MEMBER_NOT_ELIGIBLE: 'who' }, 'who');
    expect(shown).toEqual({ field: 'who', href: '#who', text: 'Synthetic Practice 1 was not on the register of members on 20 March 2023, the day of the meeting, so cannot vote on the resolution “THAT x.”' });
    const [nobody] = refusalErrors(new DomainError('DIRECTOR_NOT_ON_BOARD', { text: 'there is no director with that reference' }, { directorId: 'x' }), {}, 'who');
    expect(nobody.text).toBe('There is no director with that reference');
  });

  it('a refusal of those codes that comes as a message only has the general sentence, not the message', () => {
    const [shown] = refusalErrors(new DomainError('VOTER_NOT_PRESENT', 'Dr A is not recorded present on 2023-03-20 (MA-2)'), {}, 'who');
    expect(shown.text).toBe('Only someone recorded as present at this sitting can vote; record their attendance first');
  });
});

/** The refusal a check throws. */
function refusalOf(check: () => unknown): unknown {
  try {
    check();
  } catch (error) {
    return error;
  }
  throw new Error('no refusal');
}

describe('a date refusal is shown beside the form field the refusal names', () => {
  it('the field its details name (`field`), as the form calls it, not the form’s field for the code', () => {
    const notice = refusalOf(() => checkNotDatedAfterRecording('the notice of the meeting', calendarDate('2999-12-01'), instant('2026-01-01T00:00:00Z'), 'noticeGivenOn'));
    expect(refusalErrors(notice, { DATED_AFTER_RECORDING: 'circulatedOn' }, 'text')[0]).toMatchObject({ field: 'noticeGivenOn', href: '#noticeGivenOn' });
    const agreement = refusalOf(() => checkNotBeforeIncorporation('the agreement', calendarDate('1850-06-01'), calendarDate('2014-09-01'), 'agreedOn'));
    expect(refusalErrors(agreement, { agreedOn: 'on' }, 'who')[0]).toMatchObject({ field: 'on', href: '#on' });
  });

  it('a date before incorporation gives the day the company was incorporated, in words', () => {
    const meeting = refusalOf(() => checkNotBeforeIncorporation('the meeting', calendarDate('1850-06-01'), calendarDate('2014-09-01'), 'meetingOn'));
    expect(refusalErrors(meeting, {}, 'text')[0]!.text).toBe('The date is before the company was incorporated on 1 September 2014');
  });
});

describe('a refusal worded with its details, for the API and for a page', () => {
  it('the API’s message has ISO dates and the rule; the page’s has the dates in words and no rule number', () => {
    const refusal = new DomainError('VOTE_ALREADY_RECORDED', { text: '{member} already voted on {resolution} at the meeting on {meetingOn}', rule: 'MA-1' }, {
      memberId: 'm1', member: 'Synthetic Practice 1', resolution: 'the resolution “THAT x.”', meetingOn: '2023-03-20',
    });
    expect(refusal.message).toBe('Synthetic Practice 1 already voted on the resolution “THAT x.” at the meeting on 2023-03-20 (MA-1)');
    expect(refusalErrors(refusal, {}, 'who')[0]!.text).toBe('Synthetic Practice 1 already voted on the resolution “THAT x.” at the meeting on 20 March 2023');
  });

  it('WR-2: an agreement dated before circulation gives the refusal’s dates in words and the resolution’s text as it was written', () => {
    const resolution = proposeWrittenResolution({ id: 'r3', text: 'THAT the accounts to 2025-03-31 be approved.', kind: 'ordinary', circulatedOn: calendarDate('2025-06-02'), members: [entry] });
    const refusal = refusalOf(() => recordWrittenAgreement(resolution, { memberId: 'm1', agreedOn: calendarDate('2025-06-01') }));
    expect(refusalErrors(refusal, {}, 'who')[0]!.text).toBe(
      'Synthetic Practice 1’s agreement to the resolution “THAT the accounts to 2025-03-31 be approved.” is dated 1 June 2025, before the resolution was circulated on 2 June 2025',
    );
    expect((refusal as DomainError).message).toBe(
      'Synthetic Practice 1’s agreement to the resolution “THAT the accounts to 2025-03-31 be approved.” is dated 2025-06-01, before the resolution was circulated on 2025-06-02',
    );
  });
});

describe('a field given where it does not belong, as a form says it', () => {
  it("SH-4, s.696: the buy-back contract's day on a board resolution says to leave that day empty, and why", () => {
    const problem = "contractDisclosedOn does not apply to a board resolution in writing. Only a members' resolution approving a buy-back gives the day its contract was disclosed to members (s.696).";
    expect(problemText('contractDisclosedOn', [problem], undefined)).toBe(
      "Leave the day the buy-back contract was disclosed to members empty: it does not apply to a board resolution in writing. Only a members' resolution approving a buy-back gives the day its contract was disclosed to members (s.696).",
    );
    expect(problemText('items.1.contractDisclosedOn', ["contractDisclosedOn does not apply to an item of a board meeting. Only …"], undefined)).toBe(
      'Leave the day the buy-back contract was disclosed to members empty: it does not apply to an item of a board meeting. Only …',
    );
  });

  it('a field not named as the one refused, or with other problems beside it, keeps the general words', () => {
    expect(problemText('circulatedOn', ['meetingOn does not apply to a board resolution in writing'], undefined)).toBe('Meeting on does not apply to a board resolution in writing');
    expect(problemText('voting', ['voting does not apply to a board resolution at a meeting'], undefined)).toBe('Leave voting empty: it does not apply to a board resolution at a meeting');
  });
});
