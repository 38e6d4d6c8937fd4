import { renderRegisterOfMembers, type RegisterOfMembersView } from '#reports';
import { bytesOf, flat, pageTexts } from '../test/read-pdf';

const view = (asAt: string): RegisterOfMembersView => ({
  company: { name: 'Tower Hamlets GP Care Group CIC', number: '09876543', registeredOffice: 'Unit 4, 1 Example Yard, London E1 1AA' },
  asAt,
  documentDate: '2026-03-31T17:00:00Z',
  ledgerHead: { sequence: 4821, hash: 'a1'.repeat(32) },
  recordedOn: '2026-03-31',
  entries: function* () {
    yield { name: 'Practice 001', address: '1 Whitechapel Road, London E1 1BU', registeredOn: '2016-04-01', ceasedOn: null, shares: [{ shareNumber: 1, shareClass: 'Ordinary', nominalPence: 100, paidUpPence: 100 }] };
  },
});

const textOf = async (asAt: string) => flat((await pageTexts(await bytesOf(renderRegisterOfMembers(view(asAt))))).join('\n'));

describe('the title block of a document', () => {
  it('an as-at date after the day the last entry was recorded is printed with a note that the document shows what was recorded up to then', async () => {
    expect(await textOf('2099-01-01')).toContain(
      '1 January 2099 is after the last entry was recorded (31 March 2026): this shows what was recorded up to then, as it would stand on 1 January 2099 if nothing else were recorded.',
    );
  });

  it('an as-at date on or before that day has no such note', async () => {
    for (const asAt of ['2026-03-31', '2025-01-01']) expect(await textOf(asAt)).not.toContain('after the last entry was recorded');
  });
});
