import { renderOfficersReport, type OfficersReportView } from '#reports';
import { bytesOf, flat, pageTexts } from '../test/read-pdf';

const director = {
  name: 'Dr Nadia Example (synthetic)',
  formerNames: 'Nadia Sample',
  serviceAddress: '1 Demo Yard, London E1 0XX',
  countryOfResidence: 'United Kingdom',
  nationality: 'British',
  occupation: 'General practitioner',
  monthAndYearOfBirth: 'May 1975',
  appointedOn: '2014-09-01',
  resignedOn: null,
  removedBy: null,
  verification: 'Verified on 2 March 2026 with Companies House',
  notifications: [{ change: 'Appointed', on: '2014-09-01', formCode: 'AP01', dueOn: '2014-09-15', filedOn: '2014-09-10' }],
};
const view = (asAt: string, statutory: boolean): OfficersReportView => ({
  company: { name: 'Tower Hamlets GP Care Group CIC', number: '09191234', registeredOffice: '1 Demo Yard, London E1 0XX' },
  asAt,
  documentDate: '2026-11-30T09:00:00Z',
  ledgerHead: { sequence: 120, hash: 'ab'.repeat(32) },
  statutory,
  directors: [director],
  secretaries: [{ ...director, name: 'Ms Sam Secretary (synthetic)', countryOfResidence: null, nationality: null, occupation: null, monthAndYearOfBirth: null, verification: 'Not verified', notifications: [] }],
});

describe('register of directors and record of officers (EC-1)', () => {
  it('EC-1: before 18 November 2025 it is the register of directors and of secretaries; the same bytes twice', async () => {
    const first = await bytesOf(renderOfficersReport(view('2024-06-30', true)));
    expect((await bytesOf(renderOfficersReport(view('2024-06-30', true)))).equals(first)).toBe(true);
    const text = flat((await pageTexts(first)).join(' '));
    expect(text).toContain('Register of directors and register of secretaries');
    expect(text).toContain('Company number 09191234');
    expect(text).toContain('May 1975');
    expect(text).toContain('Ms Sam Secretary (synthetic)');
    expect(text).not.toContain('Notifications to Companies House');
    expect(text).not.toContain('Identity verification');
  });

  it('EC-1, EC-2: from 18 November 2025 it is the record of officers, not a statutory register, with each notification and its filing', async () => {
    const text = flat((await pageTexts(await bytesOf(renderOfficersReport(view('2026-11-30', false))))).join(' '));
    expect(text).toContain('Record of officers');
    expect(text).toContain('This is not a statutory register');
    expect(text).toContain('Notifications to Companies House');
    expect(text).toContain('Verified on 2 March 2026 with Companies House');
    expect(text).toMatch(/AP01 15 September 2014 10 September 2014/);
  });

  it("s.168: a director removed by the members is printed with the day and the resolution's reference; a resignation with the day alone", async () => {
    const removed = { ...director, name: 'Dr Removed (synthetic)', resignedOn: '2026-03-20', removedBy: 'OR-2026-01' };
    const resigned = { ...director, name: 'Dr Resigned (synthetic)', resignedOn: '2026-04-01' };
    const text = flat((await pageTexts(await bytesOf(renderOfficersReport({ ...view('2026-11-30', false), directors: [director, removed, resigned] })))).join(' '));
    expect(text).toContain("Ceased 20 March 2026, removed by the members' resolution OR-2026-01 (s.168)");
    expect(text).toMatch(/Ceased 1 April 2026(?!, removed)/);
    expect(text.match(/removed by/g)).toHaveLength(1);
  });
});

describe('the officers report laid out on pages', () => {
  it('a section heading is never left at the foot of a page: "Secretaries" is on the page of the first secretary, however long the directors run', async () => {
    const stranded: string[] = [];
    for (let count = 1; count <= 8; count += 1) {
      for (let short = 0; short <= count; short += 1) {
        // Directors of two heights: some with no nationality or occupation recorded.
        const directors = Array.from({ length: count }, (_, i) => (i < short ? { ...director, name: `Dr ${i} (synthetic)`, nationality: null, occupation: null } : { ...director, name: `Dr ${i} (synthetic)` }));
        const pages = await pageTexts(await bytesOf(renderOfficersReport({ ...view('2026-11-30', false), directors })));
        const headingPage = pages.findIndex((text) => /\bSecretaries\b/.test(text));
        const secretaryPage = pages.findIndex((text) => text.includes('Ms Sam Secretary (synthetic)'));
        if (headingPage !== secretaryPage) stranded.push(`${count} directors, ${short} short: heading on page ${headingPage + 1}, secretary on ${secretaryPage + 1}`);
      }
    }
    expect(stranded).toEqual([]);
  }, 120_000);
});
