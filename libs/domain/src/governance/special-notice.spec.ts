import { calendarDate as d } from '../calendar/calendar-date';
import { errorCode as codeOf } from '../../test/error-code';
import { checkSpecialNotice, needsSpecialNotice } from './special-notice';

const MEETING = { noticeGivenOn: d('2026-03-02'), meetingOn: d('2026-03-20') };

describe('s.168(2), s.511(1), s.312: special notice of a resolution to remove a director or an auditor', () => {
  it('only removals need it (s.168(2), s.511(1)); WR-1 keeps them off written resolutions', () => {
    expect(needsSpecialNotice('removal-of-director')).toBe(true);
    expect(needsSpecialNotice('removal-of-auditor')).toBe(true);
    expect(needsSpecialNotice('general')).toBe(false);
    expect(needsSpecialNotice(undefined)).toBe(false);
  });

  it('s.312(1): a removal without the day special notice was received is refused (SPECIAL_NOTICE_REQUIRED)', () => {
    expect(codeOf(() => checkSpecialNotice({ matter: 'removal-of-director', ...MEETING }))).toBe('SPECIAL_NOTICE_REQUIRED');
    expect(codeOf(() => checkSpecialNotice({ matter: 'removal-of-auditor', ...MEETING }))).toBe('SPECIAL_NOTICE_REQUIRED');
  });

  it('s.312(1), s.360: 28 clear days before the meeting is enough, 27 is not when the meeting was called before it', () => {
    // Meeting 20 March 2026, called 10 February, before either day: received 19 February leaves 28 days between, 20 February 27.
    const meeting = { noticeGivenOn: d('2026-02-10'), meetingOn: d('2026-03-20') };
    expect(codeOf(() => checkSpecialNotice({ matter: 'removal-of-director', specialNoticeReceivedOn: d('2026-02-20'), ...meeting }))).toBe('SPECIAL_NOTICE_TOO_LATE');
    expect(codeOf(() => checkSpecialNotice({ matter: 'removal-of-director', specialNoticeReceivedOn: d('2026-02-19'), ...meeting }))).toBe('ACCEPTED');
  });

  it('s.312(4): a meeting called after special notice was received, for a day within 28 days of it, makes the notice properly given', () => {
    expect(codeOf(() => checkSpecialNotice({ matter: 'removal-of-director', specialNoticeReceivedOn: d('2026-03-01'), ...MEETING }))).toBe('ACCEPTED');
    expect(codeOf(() => checkSpecialNotice({ matter: 'removal-of-director', specialNoticeReceivedOn: d('2026-03-02'), ...MEETING }))).toBe('ACCEPTED');
    // Received the day after the meeting was called, 17 clear days before it: too late.
    expect(codeOf(() => checkSpecialNotice({ matter: 'removal-of-director', specialNoticeReceivedOn: d('2026-03-03'), ...MEETING }))).toBe('SPECIAL_NOTICE_TOO_LATE');
  });

  it('special notice received on or after the day of the meeting is too late, however the meeting was called, and says so', () => {
    const calledLate = { noticeGivenOn: d('2026-03-19'), meetingOn: d('2026-03-20') };
    expect(codeOf(() => checkSpecialNotice({ matter: 'removal-of-director', specialNoticeReceivedOn: d('2026-03-20'), ...calledLate }))).toBe('SPECIAL_NOTICE_TOO_LATE');
    try {
      checkSpecialNotice({ matter: 'removal-of-director', specialNoticeReceivedOn: d('2026-03-25'), ...MEETING });
      throw new Error('accepted');
    } catch (error) {
      expect((error as Error).message).toContain('is not before the meeting on 2026-03-20');
      expect(error).toMatchObject({ details: { clearDays: 0 } });
    }
  });

  it('names the days and the clear days in its details', () => {
    try {
      checkSpecialNotice({ matter: 'removal-of-auditor', specialNoticeReceivedOn: d('2026-03-10'), ...MEETING });
      throw new Error('accepted');
    } catch (error) {
      expect(error).toMatchObject({ code: 'SPECIAL_NOTICE_TOO_LATE', details: { specialNoticeReceivedOn: '2026-03-10', noticeGivenOn: '2026-03-02', meetingOn: '2026-03-20', clearDays: 9 } });
      expect((error as Error).message).toContain('s.312');
    }
  });

  it('a day given for a resolution on another matter is refused, not kept (SPECIAL_NOTICE_NOT_NEEDED); none given is fine', () => {
    expect(codeOf(() => checkSpecialNotice({ matter: 'general', specialNoticeReceivedOn: d('2026-01-01'), ...MEETING }))).toBe('SPECIAL_NOTICE_NOT_NEEDED');
    expect(codeOf(() => checkSpecialNotice({ matter: 'general', ...MEETING }))).toBe('ACCEPTED');
    expect(codeOf(() => checkSpecialNotice({ ...MEETING }))).toBe('ACCEPTED');
  });
});
