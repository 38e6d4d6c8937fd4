import { isBrowserDate, keptAsTyped, keptChoice } from './kept-values';

describe('a form sent back keeps what was typed or chosen', () => {
  it('a date field keeps a real date; a date that is none (which a browser would blank) is shown as text', () => {
    for (const date of ['2024-02-29', '2026-12-31', '0001-01-01']) expect([date, isBrowserDate(date)]).toEqual([date, true]);
    for (const date of ['2026-02-30', '2025-02-29', '1900-02-29', '2026-13-01', '2026-04-31', '0000-01-01', '26-01-01', '30/02/2026', ' 2026-02-03', '2026-2-3']) {
      expect([date, isBrowserDate(date)]).toEqual([date, false]);
    }
    expect(keptAsTyped({ type: 'date', value: '2026-02-30', id: 'x' })).toEqual({ type: 'text', value: '2026-02-30', id: 'x' });
    expect(keptAsTyped({ type: 'date', value: '2026-02-28' }).type).toBe('date');
    expect(keptAsTyped({ type: 'date', value: '' }).type).toBe('date');
    expect(keptAsTyped({ type: 'date' }).type).toBe('date');
    expect(keptAsTyped({ value: 'not a date' })).toEqual({ value: 'not a date' });
  });

  it('a choice the list does not offer is added, chosen, named by the page or as sent; one it offers is left to the list', () => {
    const items = [{ value: '', text: 'None' }, { value: 'a', text: 'A' }];
    expect(keptChoice({ items, value: 'a' }).items).toBe(items);
    expect(keptChoice({ items, value: '' }).items).toBe(items);
    expect(keptChoice({ items }).items).toBe(items);
    expect(keptChoice({ items, value: 'z', names: { z: 'Zed' } }).items).toEqual([...items, { value: 'z', text: 'Zed', selected: true }]);
    expect(keptChoice({ items, value: 'z' }).items).toEqual([...items, { value: 'z', text: 'z', selected: true }]);
    expect(keptChoice({ items, value: 'toString', names: {} }).items).toEqual([...items, { value: 'toString', text: 'toString', selected: true }]);
    expect(keptChoice({ items: [{ text: 'Plain' }], value: 'Plain' }).items).toEqual([{ text: 'Plain' }]);
  });
});
