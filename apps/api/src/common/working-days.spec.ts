import type { CalendarDate } from '#domain';
import { EnglandAndWalesWorkingDays } from './working-days';

const day = (d: string) => d as CalendarDate;

describe('EnglandAndWalesWorkingDays (IN-3, IN-5)', () => {
  const days = new EnglandAndWalesWorkingDays();

  it("counts England and Wales bank holidays, substitute days included, and not Scotland's", () => {
    expect(days.isWorkingDay(day('2026-04-06'))).toBe(false); // Easter Monday
    expect(days.isWorkingDay(day('2026-12-28'))).toBe(false); // Boxing Day falls on a Saturday: substitute day
    expect(days.isWorkingDay(day('2027-01-04'))).toBe(true); // 2 January (Scotland) is a Saturday; no English substitute
    expect(days.isWorkingDay(day('2026-03-17'))).toBe(true); // St Patrick's Day is Northern Ireland's
  });

  it('is Monday to Friday otherwise', () => {
    expect(days.isWorkingDay(day('2026-11-28'))).toBe(false); // Saturday
    expect(days.isWorkingDay(day('2026-11-29'))).toBe(false); // Sunday
    expect(days.isWorkingDay(day('2026-11-30'))).toBe(true);
  });

  it('lists a year of bank holidays as calendar dates, observances left out', () => {
    expect([...days.bankHolidays(2026)]).toEqual(expect.arrayContaining(['2026-01-01', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25']));
    expect(days.bankHolidays(2026).has('2026-03-15')).toBe(false); // Mothering Sunday
  });
});
