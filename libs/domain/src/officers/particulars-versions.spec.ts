import { calendarDate } from '../calendar/calendar-date';
import { boardAsAt } from '../governance/directors';
import { EMPTY_GOVERNANCE, type GovernanceState } from '../governance/governance-events';
import { evolveGovernanceWithOfficers, foldOfficers, officerParticularsOn, type OfficerEvent } from './officers';

const d = calendarDate;
const events: OfficerEvent[] = [
  {
    type: 'director-appointed', effectiveOn: d('2026-01-05'), directorId: 'a', name: 'Dr Ann Old (synthetic)', serviceAddress: '1 Demo Yard',
    particulars: { name: 'Dr Ann Old (synthetic)', formerNames: [], serviceAddress: '1 Demo Yard', countryOfResidence: 'United Kingdom', nationality: 'British', occupation: 'GP', birthMonth: '1970-05' },
  },
  { type: 'officer-particulars-changed', effectiveOn: d('2026-06-01'), officerId: 'a', changes: { name: 'Dr Ann New (synthetic)', formerNames: ['Dr Ann Old (synthetic)'] }, personalCommitment: null, protectedFields: [] },
  // Entered later but dated earlier: the service address changed first.
  { type: 'officer-particulars-changed', effectiveOn: d('2026-03-01'), officerId: 'a', changes: { serviceAddress: '2 Demo Yard' }, personalCommitment: null, protectedFields: [] },
];

describe("EC-4: an officer's particulars are kept in versions, each with the day it took effect", () => {
  it('EC-4: the particulars as at a day are those in force that day; a back-dated change takes its place in date order', () => {
    const [officer] = foldOfficers(events);
    expect(officer!.versions.map((v) => [v.from, v.particulars.name, v.particulars.serviceAddress])).toEqual([
      ['2026-01-05', 'Dr Ann Old (synthetic)', '1 Demo Yard'],
      ['2026-03-01', 'Dr Ann Old (synthetic)', '2 Demo Yard'],
      ['2026-06-01', 'Dr Ann New (synthetic)', '2 Demo Yard'],
    ]);
    expect(officerParticularsOn(officer!, d('2026-02-28'))).toMatchObject({ name: 'Dr Ann Old (synthetic)', serviceAddress: '1 Demo Yard', formerNames: [] });
    expect(officerParticularsOn(officer!, d('2026-05-31'))).toMatchObject({ name: 'Dr Ann Old (synthetic)', serviceAddress: '2 Demo Yard' });
    expect(officerParticularsOn(officer!, d('2026-06-01'))).toMatchObject({ name: 'Dr Ann New (synthetic)', formerNames: ['Dr Ann Old (synthetic)'] });
    expect(officer!.particulars).toEqual(officerParticularsOn(officer!, d('2026-12-31')));
  });

  it('EC-4: a back-dated change of a particular never carries its value over a later change of the same particular', () => {
    const [officer] = foldOfficers([...events, { type: 'officer-particulars-changed', effectiveOn: d('2026-04-01'), officerId: 'a', changes: { name: 'Dr Ann Between (synthetic)' }, personalCommitment: null, protectedFields: [] }]);
    expect(officerParticularsOn(officer!, d('2026-04-30')).name).toBe('Dr Ann Between (synthetic)');
    expect(officer!.particulars.name).toBe('Dr Ann New (synthetic)');
  });

  it('s.162, EC-4: the board as at a day names each director as named that day, and the register keeps the name now', () => {
    const state = events.reduce<GovernanceState>(evolveGovernanceWithOfficers, EMPTY_GOVERNANCE);
    expect(boardAsAt(state.directors, d('2026-05-31'))).toEqual([{ directorId: 'a', name: 'Dr Ann Old (synthetic)' }]);
    expect(boardAsAt(state.directors, d('2026-06-01'))).toEqual([{ directorId: 'a', name: 'Dr Ann New (synthetic)' }]);
    expect(state.directors[0]).toMatchObject({ name: 'Dr Ann New (synthetic)', serviceAddress: '2 Demo Yard' });
  });

  it("s.162: a secretary's change or identity verification leaves the register of directors as it is", () => {
    const state = events.slice(0, 1).reduce<GovernanceState>(evolveGovernanceWithOfficers, EMPTY_GOVERNANCE);
    const after = evolveGovernanceWithOfficers(state, { type: 'officer-particulars-changed', effectiveOn: d('2026-02-01'), officerId: 'secretary', changes: { name: 'Ms S' }, personalCommitment: null, protectedFields: [] });
    expect(after.directors).toEqual(state.directors);
  });
});
