import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type { CalendarDate, Instant, RegisterEntry, RegisterEntryWithHistory } from '#domain';
import { neutraliseFormula, REGISTER_CSV_HEADER, registerCsvRecord, registerCsvWriter } from './register-csv';

// Bytes, not text: a decoder would drop the byte-order mark.
const csv = async (records: string[][], bom = false) => (await buffer(Readable.from(records).pipe(registerCsvWriter({ bom })))).toString('utf8');
const row = (name: string, address = '1 Example Street') => [name, address, '2024-01-01', '', '1', 'ordinary', '100', '100', '', 'Share 1: acquired 1 Jan 2024 by allotment (certificate C-1)', ''];

describe('the register CSV', () => {
  it.each(['=SUM(A1:A9)', '+44 20 7946 0000', '-2+3', '@cmd', '\tlead', '\rlead'])('neutralises %j with a single quote', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  it('leaves other text as it is', () => {
    for (const cell of ['Example Practice', '2024-01-01', "O'Brien", ' =spaced', '']) expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('writes RFC 4180 with CRLF, quoting commas, quotes, line breaks and neutralised cells', async () => {
    const out = await csv([row('=HYPERLINK("http://example.invalid")', 'Flat 1,\nHigh Street'), row('Plain')]);
    expect(out.split('\r\n')).toEqual([
      'Member name,Registered address,Date entered on register,Date ceased to be a member,Share numbers,Share class,Nominal value (pence),Amount paid up (pence),Joint holders,Shares held and how each came and went,Earlier names and addresses,Voided,Voided ledger entry,What the voided entry recorded,Date voided,Reason voided,Court order reference,Correcting ledger entry,Entered in its place',
      `"'=HYPERLINK(""http://example.invalid"")","Flat 1,\nHigh Street",2024-01-01,,1,ordinary,100,100,,Share 1: acquired 1 Jan 2024 by allotment (certificate C-1),`,
      'Plain,1 Example Street,2024-01-01,,1,ordinary,100,100,,Share 1: acquired 1 Jan 2024 by allotment (certificate C-1),',
      '',
    ]);
  });

  it('starts with a UTF-8 byte-order mark only when asked', async () => {
    expect((await csv([row('Zoë')], true)).startsWith('\ufeffMember name,')).toBe(true);
    expect((await csv([row('Zoë')])).startsWith('Member name,')).toBe(true);
  });

  it('RM-2 (s.113(5)): the joint holders column names every joint holder, the first-named holder first and marked; empty for a sole holder', () => {
    const entry: RegisterEntry = {
      memberId: 'm-1', name: 'Dr A Example', address: '1 Example Street', registeredOn: '2014-09-01' as CalendarDate, ceasedOn: null,
      jointHolders: ['Dr B Example', 'Dr C Example'],
      shares: [{ shareNumber: 1, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100 }],
    };
    const column = REGISTER_CSV_HEADER.indexOf('Joint holders');
    expect(registerCsvRecord(entry)[column]).toBe('Dr A Example (first-named holder); Dr B Example; Dr C Example');
    expect(registerCsvRecord(entry)[0]).toBe('Dr A Example');
    const { jointHolders: _, ...sole } = entry;
    expect(registerCsvRecord(sole)[column]).toBe('');
  });
  describe('RM-3: the earlier names and addresses column', () => {
    const column = REGISTER_CSV_HEADER.indexOf('Earlier names and addresses');
    const at = (t: string) => t as Instant;
    const on = (d: string) => d as CalendarDate;
    const history = (particulars: RegisterEntryWithHistory['particulars']): RegisterEntryWithHistory => {
      const last = particulars[particulars.length - 1];
      return {
        memberId: 'm-1', name: last.name, address: last.address, ...(last.jointHolders ? { jointHolders: last.jointHolders } : {}),
        registeredOn: on('2014-09-01'), ceasedOn: null,
        shares: [{ shareNumber: 1, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100 }], sharesHeld: [], particulars,
      };
    };

    it('RM-2 (s.113(5)): an earlier version held jointly names its joint holders as they were then, in the joint holders column\'s words', () => {
      const h = history([
        { from: on('2014-09-01'), name: 'Practice Two', address: '2 Old Road', recordedAt: at('2014-09-01T09:00:00.000Z') },
        { from: on('2025-03-10'), name: 'Dr Ada Example', address: '2 Old Road', jointHolders: ['Dr Ben Example', 'Dr Cy Example'], recordedAt: at('2025-03-10T09:00:00.000Z') },
        { from: on('2025-06-01'), name: 'Dr Ada Example', address: '2 Old Road', recordedAt: at('2025-06-01T09:00:00.000Z') },
      ]);
      expect(registerCsvRecord(h, h)[column]).toBe(
        'before 2025-03-10: Practice Two, 2 Old Road | before 2025-06-01: Dr Ada Example, 2 Old Road; joint holders: Dr Ada Example (first-named holder); Dr Ben Example; Dr Cy Example',
      );
    });

    it('RM-3 (s.113): particulars superseded on the day they took effect are listed "superseded on", in recorded order', () => {
      const h = history([
        { from: on('2014-09-01'), name: 'First Name', address: '1 Road', recordedAt: at('2014-09-01T09:00:00.000Z') },
        { from: on('2025-03-10'), name: 'Second Name', address: '2 Road', jointHolders: ['Dr Ben Example'], recordedAt: at('2025-03-10T09:00:00.000Z') },
        { from: on('2025-03-10'), name: 'Third Name', address: '3 Road', recordedAt: at('2025-03-11T09:00:00.000Z') },
      ]);
      expect(registerCsvRecord(h, h)[column]).toBe(
        'before 2025-03-10: First Name, 1 Road | superseded on 2025-03-10: Second Name, 2 Road; joint holders: Second Name (first-named holder); Dr Ben Example',
      );
    });
  });
});
