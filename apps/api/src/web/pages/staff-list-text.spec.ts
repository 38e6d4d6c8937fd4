import { staffListText } from './alliance.controller';

describe('the text of an uploaded staff list', () => {
  it('is read as UTF-8 and put in NFC: a name with combining accents is recorded with accented letters', () => {
    const csv = 'name\nNguye\u0302\u0303n Thi\u0323 Minh\n';
    expect(staffListText(Buffer.from(csv, 'utf8'))).toBe('name\nNguyễn Thị Minh\n');
  });

  it('refuses no file, UTF-16 and an empty file in words', () => {
    expect(staffListText(undefined)).toEqual({ problem: 'Choose a CSV file of the staff list' });
    expect(staffListText(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toHaveProperty('problem');
    expect(staffListText(Buffer.from('\uFEFF  \n', 'utf8'))).toEqual({ problem: 'The file chosen is empty: choose the CSV file of the staff list' });
  });
});
