/**
 * The share events in force, and the share movements in force (without the changes of particulars), are
 * kept folded per process (ShareLedgerCache over the FoldCache) and read by the certificate register and
 * the compliance calendar. These tests hold the cached events
 * to the share ledger read afresh from the database: after writes, a correction, a write rolled back
 * and entries removed by SQL; and the calendar to itself computed with nothing cached.
 */
import { calendarDate, pscStatementsOf, shareOf } from '#domain';
import { CompaniesService } from '../apps/api/src/companies/companies.service';
import { DeadlinesService } from '../apps/api/src/governance/deadlines.service';
import { GovernanceRecords } from '../apps/api/src/governance/governance-records';
import { AccountingPeriods } from '../apps/api/src/governance/accounting-periods';
import { OfficersRecords } from '../apps/api/src/officers/officers-records';
import { PracticeRecords } from '../apps/api/src/practices/practice-records';
import { encodeGovernanceEvent } from '../apps/api/src/ledger/codecs/governance.codec';
import { shareRegisterFamily } from '../apps/api/src/ledger/codecs/share-register.codec';
import { Ledger } from '../apps/api/src/ledger/ledger';
import { AppendOnly, ShareLedgerCache } from '../apps/api/src/ledger/share-ledger-cache';
import { shareEventsInForce } from '../apps/api/src/ledger/share-events-in-force';
import { FoldCache } from '../apps/api/src/ledger/fold-cache';
import { passBoardResolution } from './support/authority';
import { databaseKinds } from './support/databases';
import { todayAndTomorrow } from './support/dates';
import { holdersByShare } from './support/register';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

describe('AppendOnly: the list the cached share ledger is kept in', () => {
  it('extends the newest state in place and an older one by a copy, so no state sees another change', () => {
    const a = AppendOnly.empty<number>().with(1).with(2);
    const b = a.with(3);
    const c = a.with(4);
    expect([a.toArray(), b.toArray(), c.toArray()]).toEqual([[1, 2], [1, 2, 3], [1, 2, 4]]);
    expect(b.with(5).toArray()).toEqual([1, 2, 3, 5]);
    expect(b.toArray()).toEqual([1, 2, 3]);
  });
});

describe.each(databaseKinds())('the cached share ledger (%s)', (kind) => {
  let t: TestApp;
  let today: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    ({ today } = await todayAndTomorrow());
  });
  afterAll(() => t.close());

  const cache = () => t.app.get(ShareLedgerCache);
  const cached = () => cache().eventsInForce(t.orm.em.fork(), COMPANY);
  const afresh = () => shareEventsInForce(t.app.get(Ledger), t.orm.em.fork(), COMPANY);
  const post = (path: string, body: object) => t.http.post(`${C}/${path}`).set(t.auth('secretary')).send(body);
  /** The calendar computed by a service whose caches are empty. */
  const uncachedCalendar = async () => {
    const ledger = t.app.get(Ledger);
    const service = new DeadlinesService(
      t.orm, ledger, t.app.get(GovernanceRecords), t.app.get(CompaniesService), t.app.get(PracticeRecords), t.app.get(OfficersRecords),
      new ShareLedgerCache(new FoldCache(ledger), ledger), t.app.get(AccountingPeriods),
    );
    return service.deadlines(COMPANY, { from: null, to: null, asAt: calendarDate(today) });
  };
  const calendar = () => t.app.get(DeadlinesService).deadlines(COMPANY, { from: null, to: null, asAt: calendarDate(today) });
  const movements = () => cache().movementsInForce(t.orm.em.fork(), COMPANY);
  /** The share movements as kept (read without the changes of particulars) against the ledger read afresh. */
  const expectMovementsAsAfresh = async () => expect(await movements()).toEqual((await afresh()).filter((e) => shareOf(e) !== null));
  /** EC-5: the PSC statements as kept (taken further with each write) against those of the ledger read afresh. */
  const expectPscAsAfresh = async () => {
    const em = t.orm.em.fork();
    const company = await t.app.get(CompaniesService).get(COMPANY, em);
    expect(await t.app.get(OfficersRecords).pscStatements(em, company)).toEqual(pscStatementsOf(company, await afresh()));
  };

  it('RM-1: equals the share ledger read afresh, and is the same array while nothing is appended', async () => {
    const first = await cached();
    expect(first).toEqual(await afresh());
    expect(await cached()).toBe(first);
    // A governance entry appends to the ledger but not to the share ledger: the events stay the same array.
    await t.app.get(Ledger).writeForCompany(COMPANY, 'test', (write) => write.append(encodeGovernanceEvent({ type: 'filing', effectiveOn: calendarDate(today), kind: 'confirmation-statement', reference: 'cache-test' })));
    expect(await cached()).toEqual(first);
  });

  it('SR-4, RM-4: after a transfer and its correction, equals the ledger afresh, and the calendar equals one computed with nothing cached', async () => {
    const transferor = (await holdersByShare(t)).get(11)!;
    const resolution = await passBoardResolution(t, COMPANY, today, [{ action: 'transfer', shareNumber: 11 }]);
    const transfer = await post('share-transfers', { shareNumber: 11, fromMemberId: transferor, to: { practiceId: 'practice-z00011', name: 'Wrong partners of Demo Practice 11' }, lodgedOn: today, effectiveOn: today, authorisedBy: resolution });
    expect(transfer.status).toBe(201);
    const afterTransfer = await cached();
    expect(afterTransfer).toEqual(await afresh());
    expect(afterTransfer.some((e) => e.eventId === String(transfer.body.sequence))).toBe(true);
    expect(await calendar()).toEqual(await uncachedCalendar());
    await expectPscAsAfresh();
    await expectMovementsAsAfresh();

    const correction = await post('ledger/corrections', {
      correctsSequence: transfer.body.sequence, reason: 'Entered in the wrong names',
      replacement: { type: 'transfer', effectiveOn: today, shareNumber: 11, fromMemberId: transferor, to: { practiceId: 'practice-z00011', name: 'Right partners of Demo Practice 11' } },
    });
    expect(correction.status).toBe(201);
    const corrected = await cached();
    expect(corrected).toEqual(await afresh());
    expect(corrected.some((e) => e.eventId === String(transfer.body.sequence))).toBe(false);
    expect(corrected.find((e) => e.eventId === String(correction.body.sequence))).toMatchObject({ type: 'transfer', to: { name: 'Right partners of Demo Practice 11' } });
    expect(await calendar()).toEqual(await uncachedCalendar());
    await expectPscAsAfresh();
    await expectMovementsAsAfresh();
  });

  it('RM-3: reads and writes at once leave every read equal to the ledger as it stood, and the cache equal to it afterwards', async () => {
    const holders = await holdersByShare(t);
    const writes = [1, 2, 3, 4, 5].map((n) =>
      post(`members/${holders.get(n)}/particulars`, { effectiveOn: today, address: `${n} Concurrent Road, London E1 (synthetic)` }),
    );
    const movedBefore = await movements();
    const reads = Array.from({ length: 10 }, () => cached());
    const [written, seen] = await Promise.all([Promise.all(writes), Promise.all(reads)]);
    expect(written.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    // Each read saw some prefix of the ledger as it grew, never anything else.
    const final = await afresh();
    for (const events of seen) expect(final.slice(0, events.length)).toEqual(events);
    expect(await cached()).toEqual(final);
    expect(final.filter((e) => e.type === 'particulars-change' && e.address.includes('Concurrent Road'))).toHaveLength(5);
    await expectPscAsAfresh();
    // The movements are read without the changes of particulars: the same array after five of them.
    expect(await movements()).toBe(movedBefore);
    await expectMovementsAsAfresh();
  });

  it('RM-3, RM-4: a correction of a change of particulars leaves the movements as they were, and the calendar as one computed with nothing cached', async () => {
    const change = (await afresh()).filter((e) => e.type === 'particulars-change').pop()!;
    const movedBefore = await movements();
    const correction = await post('ledger/corrections', { correctsSequence: Number(change.eventId), reason: 'The wrong road was entered' });
    expect(correction.status).toBe(201);
    expect((await afresh()).some((e) => e.eventId === change.eventId)).toBe(false);
    expect(await movements()).toEqual(movedBefore);
    await expectMovementsAsAfresh();
    expect(await calendar()).toEqual(await uncachedCalendar());
  });

  it('a fold inside a write that was rolled back is not reused', async () => {
    const before = await afresh();
    const [last] = before.filter((e) => e.type === 'allotment').slice(-1);
    await expect(
      t.app.get(Ledger).writeForCompany(COMPANY, 'test', async (write) => {
        await write.append(shareRegisterFamily.encode({ type: 'particulars-change', eventId: '0', effectiveOn: calendarDate(today), recordedAt: write.recordedAt, memberId: (last as { holder: { memberId: string } }).holder.memberId, name: 'Rolled Back Name', address: '1 Nowhere' }));
        expect((await cache().eventsInForce(write.em, COMPANY)).some((e) => e.type === 'particulars-change' && e.name === 'Rolled Back Name')).toBe(true);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await cached()).toEqual(before);
  });

  it('entries removed behind the service (triggers off) make it fold again from the start', async () => {
    const before = await cached();
    await t.orm.em.fork().transactional(async (em) => {
      await em.execute('set local session_replication_role = replica');
      await em.execute(`delete from ledger_entry where company_id = ? and kind like 'share%' and sequence = (select max(sequence) from ledger_entry where company_id = ? and kind like 'share%')`, [COMPANY, COMPANY]);
    });
    const after = await cached();
    expect(after).toEqual(await afresh());
    expect(after).not.toEqual(before);
    await expectPscAsAfresh();
    await expectMovementsAsAfresh();
  });
});
