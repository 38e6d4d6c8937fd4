import { renderAllianceReport, type AllianceReportView } from '#reports';
import { bytesOf, flat, pageTexts } from '../test/read-pdf';

const view: AllianceReportView = {
  company: { name: 'Tower Hamlets GP Care Group CIC', number: '09876543', registeredOffice: 'Unit 4, 1 Example Yard, London E1 1AA' },
  asAt: '2026-03-31',
  documentDate: '2026-03-31T17:00:00Z',
  ledgerHead: { sequence: 4821, hash: 'd4'.repeat(32) },
  partners: [
    { name: 'Tower Hamlets GP Care Group CIC', role: 'Lead provider', joinedOn: '2016-04-01', leftOn: null },
    { name: 'East London NHS Foundation Trust', role: 'Community health services partner', joinedOn: '2016-04-01', leftOn: null },
    { name: 'Tower Hamlets Council for Voluntary Service', role: 'Voluntary sector partner', joinedOn: '2016-04-01', leftOn: '2022-03-31' },
  ],
  serviceLines: [{ name: 'Extended access hubs', managedBy: 'Tower Hamlets GP Care Group CIC', from: '2016-04-01', until: null }],
  contracts: [
    { reference: 'APMS-2016-01', title: 'Extended access to general practice', commissioner: 'NHS North East London', since: null, earlierCommissioners: [], startsOn: '2016-04-01', endsOn: '2026-03-31', annualValuePence: 412_500_000 },
  ],
  transfers: [
    {
      reference: 'TUPE-2016-01',
      kind: 'Service provision change (re-tender)',
      transferor: 'Previous provider',
      transferee: 'Tower Hamlets GP Care Group CIC',
      transferOn: '2016-04-01',
      inScopeHeadcount: 42,
      transferredHeadcount: 39,
      objectorCount: 3,
      fteByBand: [
        { band: 'Band 5', headcount: 25, fte: 21.8 },
        { band: 'Band 8a', headcount: 14, fte: 13.2 },
      ],
    },
  ],
  findings: [
    { transferReference: 'TUPE-2016-01', check: 'TU-4 ELI on time', status: 'met', detail: 'Received 35 days before the transfer.' },
    { transferReference: 'TUPE-2016-01', check: 'TU-9 NHS pension continuity', status: 'open', detail: 'NHSBSA Direction reference not yet recorded.' },
  ],
};

describe('alliance report', () => {
  let text: string;
  let pages: string[];

  beforeAll(async () => {
    pages = await pageTexts(await bytesOf(renderAllianceReport(view)));
    text = flat(pages.join('\n'));
  });

  it('lists partners with roles and dates, service lines, and contracts', () => {
    expect(text).toContain('Alliance partners 2 current, 1 former');
    expect(text).toContain('East London NHS Foundation Trust Community health services partner 1 April 2016 —');
    expect(text).toContain('Tower Hamlets Council for Voluntary Service Voluntary sector partner 1 April 2016 31 March 2022');
    expect(text).toContain('Extended access hubs Tower Hamlets GP Care Group CIC 1 April 2016 —');
    expect(text).toContain('£4,125,000.00');
  });

  it('gives a contract\'s commissioner on the day, from when and how, and each earlier one from its first day by a change to its last', async () => {
    const passed = {
      ...view,
      contracts: [
        {
          reference: 'CHS-2017', title: 'Community health services', commissioner: 'London Borough of Tower Hamlets',
          since: { on: '2025-04-01', reason: 'Novation agreement' },
          earlierCommissioners: [{ name: 'NHS Tower Hamlets CCG', from: null, until: '2022-06-30' }, { name: 'NHS North East London ICB', from: '2022-07-01', until: '2025-03-31' }],
          startsOn: '2017-04-01', endsOn: null, annualValuePence: null,
        },
      ],
    };
    const passedText = flat((await pageTexts(await bytesOf(renderAllianceReport(passed)))).join('\n'));
    expect(passedText).toMatch(/London Borough of Tower Hamlets.*from 1 April 2025: Novation agreement.*NHS Tower Hamlets CCG until 30 June 2022.*NHS North East London ICB from 1 July 2022 until 31 March 2025/);
  });

  it('gives TUPE headcounts, FTE by band with totals, objections and findings', () => {
    expect(text).toContain('Employees in scope 42');
    expect(text).toContain('Employees transferred 39');
    expect(text).toContain('Employees who objected 3');
    expect(text).toContain('FTE transferred 35.00');
    expect(text).toContain('TUPE-2016-01 Band 5 25 21.80');
    expect(text).toContain('TUPE-2016-01 All bands 39 35.00');
    expect(text).toContain('TUPE-2016-01 TU-9 NHS pension continuity open NHSBSA Direction reference not yet recorded.');
    expect(text).toContain('Compliance findings 1 met, 0 not met, 1 open');
  });

  it('prints only totals and findings for TUPE, whatever else the caller passes in', async () => {
    // An over-eager mapper might hand over the whole tracker row; none of it has a place to go.
    const leaky = {
      ...view,
      transfers: view.transfers.map((t) => ({ ...t, employees: [{ name: 'Jane Example', dateOfBirth: '1980-05-17', payBand: 'Band 5' }] })),
    };
    const leakyText = flat((await pageTexts(await bytesOf(renderAllianceReport(leaky)))).join('\n'));
    expect(leakyText).toContain('Employees transferred 39');
    for (const personal of ['Jane Example', '17 May 1980', '1980-05-17', 'date of birth']) {
      expect(leakyText.toLowerCase()).not.toContain(personal.toLowerCase());
    }
  });

  it('has the footer on every page', () => {
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`));
  });

  it('says so when a section is empty', async () => {
    const empty = { ...view, transfers: [], findings: [] };
    const emptyText = flat((await pageTexts(await bytesOf(renderAllianceReport(empty)))).join('\n'));
    expect(emptyText).toContain('No TUPE transfers recorded.');
    expect(emptyText).toContain('No compliance findings recorded.');
  });
});
