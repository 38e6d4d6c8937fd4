import { readHistory } from './history-csv';

describe('a register history file: rows numbered as a spreadsheet numbers them (the header is row 1)', () => {
  it('blank rows count, a quoted cell running over two lines is one row, and a record that cannot be read moves the rows after it', async () => {
    const text = [
      'type,effectiveOn,shareNumber,name,address',
      'allotment,2024-02-01,38,Synthetic Practice,"1 Road',
      'London E1"',
      '',
      'allotment,2024-13-01,39,Synthetic Practice,2 Road',
      'allotment,2024-02-01,40,too,many,cells',
      'gift,2024-02-01,41,Synthetic Practice,3 Road',
    ].join('\n');
    const { rows, problems } = await readHistory(text);
    expect(rows.map((r) => r.row)).toEqual([2]);
    // RM-1: the register keeps an address on one line: the cell's lines are joined with commas.
    expect((rows[0]!.event as unknown as { dto: { holder: { address: string } } }).dto.holder.address).toBe('1 Road, London E1');
    expect(problems.map((p) => [p.row, p.field])).toEqual([
      [4, 'effectiveOn'],
      [5, 'row'],
      [6, 'type'],
    ]);
  });
});
