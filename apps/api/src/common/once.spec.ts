import { once, oncePer } from './once';

describe('once and oncePer', () => {
  it('once loads on first use and gives every later call the same promise', async () => {
    let loads = 0;
    const value = once(async () => (loads += 1));
    expect(loads).toBe(0);
    const first = value();
    expect(value()).toBe(first);
    expect(await first).toBe(1);
    expect(loads).toBe(1);
  });

  it('oncePer loads once for each key object, and separately for another', async () => {
    const loaded: string[] = [];
    const of = oncePer(async (key: { name: string }) => {
      loaded.push(key.name);
      return key.name.length;
    });
    const a = { name: 'alpha' };
    const b = { name: 'be' };
    const first = of(a);
    expect(of(a)).toBe(first);
    expect(await of(b)).toBe(2);
    expect(await first).toBe(5);
    // An equal object is another key: what is kept follows the object, as a write's own state does.
    await of({ name: 'alpha' });
    expect(loaded).toEqual(['alpha', 'be', 'alpha']);
  });
});
