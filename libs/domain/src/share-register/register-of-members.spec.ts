import { calendarDate, instant, type Instant } from '../calendar/calendar-date';
import type { Company } from '../company/company';
import type { Holder, ShareAllotment, ShareCancellation, ShareEvent, ShareTransfer } from './share-event';
import { compareEntries, nameHasWordStarting, nameKey, registerOfMembers, type EntryStatus } from './register-of-members';

const INCORPORATED = '2014-09-01';

/** A practice-owned CIC like Tower Hamlets GP Care Group: 37 practices, one share each. Names are synthetic. */
const towerHamlets: Company = {
  id: 'th-gpcg',
  name: 'Example Borough GP Care Group CIC',
  companyNumber: '09000002',
  incorporatedOn: calendarDate(INCORPORATED),
  registeredOffice: '1 Example Street, London E1 1AA',
  articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember: true, memberEligibility: 'practice' },
};

let nextEvent = 0;
const base = (on: string, recordedAt?: string) => ({
  eventId: `e${++nextEvent}`,
  effectiveOn: calendarDate(on),
  recordedAt: instant(recordedAt ?? `${on}T09:00:00.000Z`),
});
const practice = (n: number, name = `Synthetic Practice ${String(n).padStart(2, '0')}`): Holder => ({
  memberId: `m${String(n).padStart(2, '0')}`,
  name,
  address: `${n} Synthetic Road, London E1`,
  practiceId: `p${n}`,
});
const allot = (shareNumber: number, to: Holder, on = INCORPORATED, more: Partial<ShareAllotment> = {}): ShareAllotment => ({
  ...base(on, more.recordedAt), type: 'allotment', shareNumber, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100, holder: to, ...more,
});
const transfer = (shareNumber: number, fromMemberId: string, to: Holder, on: string, lodgedOn = on): ShareTransfer => ({
  ...base(on), type: 'transfer', shareNumber, fromMemberId, to, lodgedOn: calendarDate(lodgedOn),
});
const cancel = (shareNumber: number, memberId: string, on: string): ShareCancellation => ({
  ...base(on), type: 'cancellation', shareNumber, memberId, reason: 'surrender', note: null,
});

/** 37 allotments on the incorporation date, share n to practice n. */
function incorporation(): ShareEvent[] {
  return Array.from({ length: 37 }, (_, i) => allot(i + 1, practice(i + 1)));
}
const view = (events: ShareEvent[], asAt: string, more: { knownAt?: Instant | null; status?: EntryStatus } = {}) =>
  registerOfMembers(towerHamlets, events, { asAt: calendarDate(asAt), ...more });

/** Practice 5's share passes to a new practice 38, lodged in March and registered on 1 April 2017. */
function withTransfer(): ShareEvent[] {
  return [...incorporation(), transfer(5, 'm05', practice(38), '2017-04-01', '2017-03-01')];
}

describe('Register of members of a 37-practice company (RM-1)', () => {
  it('RM-1: on incorporation there are 37 current members with one fully paid share each', () => {
    const register = view(incorporation(), INCORPORATED);
    expect(register.totals).toEqual({ issuedShares: 37, currentMembers: 37 });
    expect(register.entries).toHaveLength(37);
    expect(new Set(register.entries.map((e) => e.memberId)).size).toBe(37);
    for (const entry of register.entries) {
      expect(entry).toMatchObject({ registeredOn: INCORPORATED, ceasedOn: null });
      expect(entry.shares).toEqual([
        { shareNumber: Number(entry.memberId.slice(1)), shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100 },
      ]);
    }
    expect(register).toMatchObject({ companyId: 'th-gpcg', asAt: INCORPORATED, knownAt: null });
  });

  it('the day before incorporation the register is empty', () => {
    expect(view(incorporation(), '2014-08-31')).toMatchObject({ entries: [], totals: { issuedShares: 0, currentMembers: 0 } });
  });

  it('RM-1: shows the amount paid up on a partly paid share', () => {
    const register = view([allot(1, practice(1), INCORPORATED, { paidUpPence: 25 })], INCORPORATED);
    expect(register.entries[0].shares).toEqual([{ shareNumber: 1, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 25 }]);
  });
});

describe('As at a date (RM-3, SH-3)', () => {
  it('SH-3: the day before a transfer is registered the transferor is still the member', () => {
    const register = view(withTransfer(), '2017-03-31');
    expect(register.entries).toHaveLength(37);
    expect(register.entries.find((e) => e.memberId === 'm05')).toMatchObject({ ceasedOn: null, shares: [{ shareNumber: 5 }] });
    expect(register.entries.some((e) => e.memberId === 'm38')).toBe(false);
  });

  it('SH-3/RM-4: from the day it is registered the transferor is a former member and the recipient a current one', () => {
    const register = view(withTransfer(), '2017-04-01');
    expect(register.entries).toHaveLength(38);
    expect(register.entries.find((e) => e.memberId === 'm05')).toMatchObject({ registeredOn: INCORPORATED, ceasedOn: '2017-04-01', shares: [] });
    expect(register.entries.find((e) => e.memberId === 'm38')).toMatchObject({ registeredOn: '2017-04-01', ceasedOn: null, shares: [{ shareNumber: 5 }] });
    expect(register.totals).toEqual({ issuedShares: 37, currentMembers: 37 });
  });

  it('SH-4/RM-4: a member whose share is bought back keeps a former entry, and the totals fall', () => {
    const register = view([...incorporation(), cancel(7, 'm07', '2019-03-31')], '2020-01-01');
    expect(register.entries).toHaveLength(37);
    expect(register.entries.find((e) => e.memberId === 'm07')).toMatchObject({ ceasedOn: '2019-03-31', shares: [] });
    expect(register.totals).toEqual({ issuedShares: 36, currentMembers: 36 });
  });
});

describe('Current, former and all entries (RM-4)', () => {
  it.each<[EntryStatus, number, (ceasedOn: string | null) => boolean]>([
    ['current', 37, (ceasedOn) => ceasedOn === null],
    ['former', 1, (ceasedOn) => ceasedOn === '2017-04-01'],
    ['all', 38, () => true],
  ])('status %s lists %i entries of that kind; totals are for the whole register', (status, count, fits) => {
    const register = view(withTransfer(), '2018-01-01', { status });
    expect(register.entries).toHaveLength(count);
    expect(register.entries.every((e) => fits(e.ceasedOn))).toBe(true);
    expect(register.totals).toEqual({ issuedShares: 37, currentMembers: 37 });
  });

  it('without a status every entry is listed', () => {
    expect(view(withTransfer(), '2018-01-01').entries).toHaveLength(38);
  });
});

describe('As known at an instant: corrections (RM-3, RM-4)', () => {
  // Practice 38's allotment on 1 October 2014 was missed and entered only on 2 March 2015.
  const correctionRecordedAt = '2015-03-02T10:00:00.000Z';
  const events = () => [...incorporation(), allot(38, practice(38), '2014-10-01', { recordedAt: instant(correctionRecordedAt) })];

  it('RM-3: before the correction was recorded, the register as then known does not show it', () => {
    const register = view(events(), '2014-12-31', { knownAt: instant('2015-01-01T00:00:00Z') });
    expect(register.entries).toHaveLength(37);
    expect(register.totals).toEqual({ issuedShares: 37, currentMembers: 37 });
    expect(register.knownAt).toBe('2015-01-01T00:00:00.000Z');
  });

  it('RM-3: from the instant the correction was recorded it shows, with its earlier effective date', () => {
    for (const knownAt of [correctionRecordedAt, '2015-03-02T10:00:00.001Z', '2024-01-01T00:00:00.000Z']) {
      const register = view(events(), '2014-12-31', { knownAt: instant(knownAt) });
      expect(register.totals).toEqual({ issuedShares: 38, currentMembers: 38 });
      expect(register.entries.find((e) => e.memberId === 'm38')).toMatchObject({ registeredOn: '2014-10-01', ceasedOn: null });
    }
  });

  it('RM-3: the correction is invisible just before it was recorded, and visible to the current view', () => {
    expect(view(events(), '2014-12-31', { knownAt: instant('2015-03-02T09:59:59.999Z') }).entries).toHaveLength(37);
    expect(view(events(), '2014-12-31').entries).toHaveLength(38);
    expect(view(events(), '2014-09-30').entries).toHaveLength(37);
  });
});

describe('Order of entries', () => {
  it('orders by name ignoring case, then member id, then date registered', () => {
    const events = [
      allot(1, practice(1, 'zeta Surgery')),
      allot(2, practice(2, 'Beta Surgery')),
      allot(3, practice(4, 'alpha surgery')), // entered before m03, so only the member-id rule puts it after
      allot(4, practice(3, 'ALPHA SURGERY')),
      transfer(2, 'm02', practice(5, 'Gamma Surgery'), '2016-01-01'),
      allot(6, practice(2, 'beta surgery'), '2018-01-01'),
    ];
    const register = view(events, '2020-01-01');
    expect(register.entries.map((e) => [e.name, e.memberId, e.registeredOn])).toEqual([
      ['ALPHA SURGERY', 'm03', INCORPORATED],
      ['alpha surgery', 'm04', INCORPORATED],
      ['Beta Surgery', 'm02', INCORPORATED],
      ['beta surgery', 'm02', '2018-01-01'],
      ['Gamma Surgery', 'm05', '2016-01-01'],
      ['zeta Surgery', 'm01', INCORPORATED],
    ]);
  });

  it('compareEntries is a consistent order: equal only for the same name key, member and date', () => {
    const entry = (name: string, memberId: string, registeredOn: string) => ({
      memberId, name, address: '', registeredOn: calendarDate(registeredOn), ceasedOn: null, shares: [],
    });
    expect(compareEntries(entry('A', 'm1', INCORPORATED), entry('a', 'm1', INCORPORATED))).toBe(0);
    expect(compareEntries(entry('a', 'm2', INCORPORATED), entry('B', 'm1', INCORPORATED))).toBeLessThan(0);
    expect(compareEntries(entry('a', 'm1', '2016-01-01'), entry('a', 'm1', INCORPORATED))).toBeGreaterThan(0);
  });
});

describe('the name key: sorted and searched without accents (RM-1)', () => {
  it('RM-1: Latin, Vietnamese, Greek and Cyrillic accents are dropped, and the letters whose mark is their own are read as the plain letter', () => {
    expect(nameKey('Nguyễn Thị Minh')).toBe('nguyen thi minh');
    expect(nameKey('Łukasz Wójcik')).toBe('lukasz wojcik');
    expect(nameKey('Søren Ærø')).toBe('soren aero');
    expect(nameKey('Straße')).toBe('strasse');
    expect(nameKey('İsmail Çelik')).toBe('ismail celik');
    expect(nameKey('Ελένη Παπαδοπούλου')).toBe('ελενη παπαδοπουλου');
    // The same name typed precomposed or decomposed has one key.
    expect(nameKey('Nguye\u0302\u0303n')).toBe(nameKey('Nguyễn'));
    // Full-width letters, a ligature and a zero-width space typed or pasted into a search read as the plain letters.
    expect(nameKey('ｎｇｕｙｅｎ')).toBe('nguyen');
    expect(nameKey('Griﬃth\u200b Practice')).toBe('griffith practice');
    // Runs of spaces, tabs and no-break spaces are one space; none leads or trails.
    expect(nameKey(' Dr  Jones\t\u00a0Surgery ')).toBe('dr jones surgery');
    // The zero-width non-joiner of Persian and Urdu spelling stays.
    expect(nameKey('می\u200cخواهم')).toContain('\u200c');
  });

  it('RM-1: a search finds a name any word of which begins with it, without accents: a surname, a second word, after a hyphen, an apostrophe or a bracket', () => {
    const found = (search: string) => ['Nguyễn Thị Minh', 'Alex Smith-Jones', 'Demo Practice 07 (synthetic)', "Mary O'Brien", 'Dr  Jones   Surgery'].filter((n) => nameHasWordStarting(n, search));
    expect(found('minh')).toEqual(['Nguyễn Thị Minh']);
    expect(found(' Nguyen ')).toEqual(['Nguyễn Thị Minh']);
    expect(found('jones')).toEqual(['Alex Smith-Jones', 'Dr  Jones   Surgery']);
    expect(found('dr jones s')).toEqual(['Dr  Jones   Surgery']);
    expect(found('practice')).toEqual(['Demo Practice 07 (synthetic)']);
    expect(found('o\'b')).toEqual(["Mary O'Brien"]);
    // Inside a word is not the start of one.
    expect(found('ith')).toEqual([]);
    expect(found('brien')).toEqual(["Mary O'Brien"]);
    expect(found('synth')).toEqual(['Demo Practice 07 (synthetic)']);
    expect(found('rien')).toEqual([]);
    expect(found('')).toHaveLength(5);
  });

  it("RM-1: the marks that spell a name in another script stay: Bengali's vowel signs, Arabic's letters", () => {
    expect(nameKey('সৈয়দ আহমেদ')).toContain('\u09c8'); // the vowel sign ৈ
    expect(nameKey('সৈয়দ আহমেদ')).not.toBe(nameKey('সয়দ আহমদ'));
    expect(nameKey('محمد علی')).toBe('محمد علی');
  });

  it('RM-1: an accented name sorts as its plain spelling: "Nguyễn Practice" before "Nguyen Surgery", not after every "Nguyen"', () => {
    const events = [allot(1, practice(1, 'Zeta Surgery')), allot(2, practice(2, 'Nguyen Surgery')), allot(3, practice(3, 'Ngozi Surgery')), allot(4, practice(4, 'Nguyễn Practice'))];
    expect(view(events, '2020-01-01').entries.map((e) => e.name)).toEqual(['Ngozi Surgery', 'Nguyễn Practice', 'Nguyen Surgery', 'Zeta Surgery']);
  });
});

describe('the articles: only a GP practice may be a member (RM-2, HOLDER_NOT_ELIGIBLE)', () => {
  const refusal = (events: ShareEvent[]) => {
    try {
      view(events, '2020-01-01');
    } catch (error) {
      return error as { code: string; details: Record<string, unknown> };
    }
    throw new Error('the register folded');
  };

  it('a new holder with no practice is named by its name, not by an id the register never entered', () => {
    const privatePerson: Holder = { memberId: 'fresh-id', name: 'Dr Private Person', address: '1 Road, London E1', practiceId: null };
    const error = refusal([...incorporation(), allot(38, privatePerson, '2019-06-01')]);
    expect(error.code).toBe('HOLDER_NOT_ELIGIBLE');
    expect(error.details).toEqual({ holder: 'Dr Private Person', eventId: expect.any(String) });
  });

  it('a member already on the register, named without a practice, is named by its id too', () => {
    const unlinked: Holder = { ...practice(5), practiceId: null };
    const error = refusal([...incorporation(), transfer(6, 'm06', unlinked, '2019-06-01')]);
    expect(error.code).toBe('HOLDER_NOT_ELIGIBLE');
    expect(error.details).toEqual({ holder: unlinked.name, memberId: 'm05', eventId: expect.any(String) });
  });
});
