import { nameHasWordStarting, nameKey } from '#domain';
import { databaseKinds } from './support/databases';
import { holdersByShare, readRegister } from './support/register';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

/** RM-1: the register is sorted by its name key without accents, in the projection's rows as in the domain's fold; a database keyed before is re-keyed by its migration. */
describe.each(databaseKinds())('the register sorted without accents (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
    const holders = await holdersByShare(t);
    const rename = (share: number, name: string) => t.http.post(`${C}/members/${holders.get(share)}/particulars`).set(t.auth('secretary')).send({ effectiveOn: '2026-06-01', name }).expect(201);
    await rename(5, 'Nguyen Surgery (synthetic)');
    await rename(6, 'Nguyễn Practice (synthetic)');
    await rename(7, 'Łukasz Wójcik Practice (synthetic)');
  });
  afterAll(() => t?.close());

  const order = async () => (await readRegister(t, 'status=current&limit=100')).members.map((m) => m.name).filter((n) => /^(Nguy|Łuk)/.test(n));
  const keys = () => t.sql<{ name: string; key: string }>(`select distinct name, name_key as "key" from register_entry where company_id = ?`, [COMPANY]);

  it('RM-1: "Nguyễn Practice" is listed before "Nguyen Surgery", and "Łukasz" among the Ls, as the domain orders them', async () => {
    expect(await order()).toEqual(['Łukasz Wójcik Practice (synthetic)', 'Nguyễn Practice (synthetic)', 'Nguyen Surgery (synthetic)']);
    for (const row of await keys()) expect(row.key).toBe(nameKey(row.name));
    expect((await keys()).find((r) => r.name.startsWith('Nguyễn'))?.key).toBe('nguyen practice (synthetic)');
  });

  it('RM-1: `name` finds the entries a word of whose name begins with it, page after page, from the projection and from the ledger alike', async () => {
    const all = (await readRegister(t, 'limit=100000')).members.map((m) => m.name);
    const search = async (name: string, more = '') => {
      const names: string[] = [];
      let cursor: string | null = null;
      do {
        const page = (await readRegister(t, `limit=2&name=${encodeURIComponent(name)}${more}${cursor ? `&cursor=${cursor}` : ''}`)) as unknown as { members: { name: string }[]; page: { nextCursor: string | null } };
        names.push(...page.members.map((m) => m.name));
        cursor = page.page.nextCursor;
      } while (cursor !== null);
      return names;
    };
    const practices = await search('practice');
    expect(practices).toEqual(all.filter((n) => nameHasWordStarting(n, 'practice')));
    expect(practices).toEqual(expect.arrayContaining(['Łukasz Wójcik Practice (synthetic)', 'Nguyễn Practice (synthetic)']));
    expect(practices.length).toBeGreaterThan(30);
    expect(await search('surgery')).toEqual(['Nguyen Surgery (synthetic)']);
    // A word after an opening bracket: every synthetic name, as the domain finds them.
    expect(await search('synthetic')).toEqual(all.filter((n) => n.includes('(synthetic)')));
    expect(await search('wojcik')).toEqual(['Łukasz Wójcik Practice (synthetic)']);
    // As the register stood at an instant (folded from the ledger), and with each entry's history.
    expect(await search('surgery', `&knownAt=${new Date().toISOString()}`)).toEqual(['Nguyen Surgery (synthetic)']);
    const history = (await readRegister(t, 'include=history&name=surgery')).members.map((m) => m.name);
    expect(history).toEqual(['Nguyen Surgery (synthetic)']);
    // LIKE's wildcards are the characters themselves, and a word must begin with the search.
    expect(await search('%')).toEqual([]);
    expect(await search('_')).toEqual([]);
    expect(await search('urgery')).toEqual([]);
    await t.http.get(`${C}/register?name=${'x'.repeat(301)}`).set(t.auth('board')).expect(400);
  });

  it('RM-1: a database whose keys were the name in lower case is keyed again by its migration, and orders as a new one does', async () => {
    await t.sql(`update register_entry set name_key = lower(name) where company_id = ?`, [COMPANY]);
    expect((await keys()).find((r) => r.name.startsWith('Nguyễn'))?.key).toBe('nguyễn practice (synthetic)');
    await t.sql(`delete from mikro_orm_migrations where name in (?, ?)`, ['Migration20261206000000_register_name_key_folded', 'Migration20261206000100_register_name_key_spaces']);
    await t.orm.migrator.up();
    for (const row of await keys()) expect(row.key).toBe(nameKey(row.name));
    expect(await order()).toEqual(['Łukasz Wójcik Practice (synthetic)', 'Nguyễn Practice (synthetic)', 'Nguyen Surgery (synthetic)']);
  });

  it('a name sent with combining accents, as raw text or as \\u escapes, is recorded in NFC: stored, keyed and found as the accented letters', async () => {
    const holders = await holdersByShare(t);
    const decomposed = 'Tra\u0302\u0300n Va\u0306n Hu\u0300ng Clinic (synthetic)';
    const composed = 'Trần Văn Hùng Clinic (synthetic)';
    expect(decomposed).not.toBe(composed);
    const particulars = (share: number) => `${C}/members/${holders.get(share)}/particulars`;
    const send = (share: number, json: string) => t.http.post(particulars(share)).set(t.auth('secretary')).set('Content-Type', 'application/json').send(json).expect(201);
    await send(8, JSON.stringify({ effectiveOn: '2026-06-02', name: decomposed }));
    await send(9, `{"effectiveOn":"2026-06-02","name":"${[...decomposed].map((c) => (c.charCodeAt(0) > 127 ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join('')}"}`);
    const rows = (await readRegister(t, 'status=current&limit=100&name=tran')).members.map((m) => m.name);
    expect(rows).toEqual([composed, composed]);
    expect((await keys()).filter((r) => r.name.startsWith('Tr')).map((r) => r.name.normalize('NFC') === r.name)).toEqual([true]);
  });

  it('RM-1: a name typed with runs of spaces is keyed, and found, as the page shows it: "dr jones" finds "Dr  Jones   Surgery"; a key kept with its spaces is keyed again by the migration', async () => {
    const holders = await holdersByShare(t);
    await t.http.post(`${C}/members/${holders.get(10)}/particulars`).set(t.auth('secretary')).send({ effectiveOn: '2026-06-03', name: 'Dr  Jones   Surgery (synthetic)' }).expect(201);
    const found = async (name: string) => (await readRegister(t, `status=current&name=${encodeURIComponent(name)}`)).members.map((m) => m.name);
    expect(await found('dr jones surgery')).toEqual(['Dr  Jones   Surgery (synthetic)']);
    expect(await found('  dr   jones ')).toEqual(['Dr  Jones   Surgery (synthetic)']);
    await t.sql(`update register_entry set name_key = lower(name) where company_id = ? and name like 'Dr  Jones%'`, [COMPANY]);
    expect(await found('dr jones')).toEqual([]);
    await t.sql(`delete from mikro_orm_migrations where name = ?`, ['Migration20261206000100_register_name_key_spaces']);
    await t.orm.migrator.up();
    expect(await found('dr jones')).toEqual(['Dr  Jones   Surgery (synthetic)']);
  });
});

