import { errorCode } from '../../test/error-code';
import { calendarDate as d } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { proposeAtBoardMeeting, proposeBoardWrittenResolution } from '../governance/board-resolution';
import { appointDirector, type RegisterOfDirectors } from '../governance/directors';
import { NO_REFERENCES, referenceFor } from '../governance/references';
import { checkAppointmentNotBeforeWrittenBoardResolutions } from './appointment-order';

let board: RegisterOfDirectors = [];
for (const id of ['a', 'b']) board = appointDirector(board, { directorId: id, name: `Dr ${id}`, serviceAddress: '1 Example Street, London E1 1AA', appointedOn: d('2014-09-01') });
const written = (id: string, on: string) => proposeBoardWrittenResolution({ id, text: 'Approve', circulatedOn: d(on), directors: board });
const meeting = proposeAtBoardMeeting({ id: 'bm', text: 'Approve', meetingOn: d('2026-06-01'), directors: board });
const latest = written('bw-2', '2026-05-01');
const resolutions = [written('bw-1', '2026-03-01'), latest, meeting];
const references = referenceFor(NO_REFERENCES, 'bw-2', { resolution: latest }, d('2026-05-01'));
const check = (on: string) => () => checkAppointmentNotBeforeWrittenBoardResolutions('Dr New', d(on), resolutions, references);

describe('EC-2, model articles art. 8: a director appointed with effect before a written resolution of the directors was circulated', () => {
  it('EC-2, art. 8: an appointment on or before the day the latest written resolution was circulated is refused, naming it (EVENT_PREDATES_DEPENDENCY)', () => {
    for (const on of ['2020-01-01', '2026-03-02', '2026-05-01']) expect(errorCode(check(on))).toBe('EVENT_PREDATES_DEPENDENCY');
    let thrown: unknown;
    try {
      check('2026-02-01')();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    const error = thrown as DomainError;
    expect(error.details).toEqual({ officer: 'Dr New', appointedOn: '2026-02-01', entry: 'circulation', lastChangedOn: '2026-05-01', resolutionId: 'bw-2', reference: references.byId.get('bw-2') });
    expect(error.message).toContain(`the written resolution of the directors ${references.byId.get('bw-2')} was circulated on 2026-05-01`);
    expect(error.message).toContain('date the appointment after 2026-05-01');
  });

  it('EC-2, art. 8: an appointment after every circulation is taken, a board meeting after it notwithstanding (a director not present is not counted)', () => {
    expect(check('2026-05-02')).not.toThrow();
    expect(() => checkAppointmentNotBeforeWrittenBoardResolutions('Dr New', d('2026-05-02'), [meeting, written('bw-3', '2026-05-01')])).not.toThrow();
  });
});
