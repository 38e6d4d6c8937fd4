import type { DomainError } from '../errors';
import { exampleCompany, INCORPORATED, shareEventFactory } from '../../test/share-events.fixture';
import type { ShareEvent } from './share-event';
import { ShareRegister } from './share-register';

const anyoneManyShares = exampleCompany();
const { holder, allot, transfer } = shareEventFactory();
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("A register that keeps only each member's latest membership period", () => {
  it('RM-1: a member who leaves and joins again keeps only the latest period; shares, members and rules are as with every period kept', () => {
    const a = holder('a');
    const b = holder('b');
    const events: ShareEvent[] = [
      allot(1, a),
      allot(2, b),
      transfer(1, 'a', b, '2015-01-10'),
      transfer(2, 'b', a, '2015-02-10'),
      transfer(1, 'b', a, '2015-03-10'),
    ];
    const all = ShareRegister.fold(anyoneManyShares, events);
    const latest = events.reduce((register, event) => register.apply(event), ShareRegister.empty(anyoneManyShares, 'latest'));
    expect(all.member('a')!.periods.map((p) => [p.registeredOn, p.ceasedOn])).toEqual([[INCORPORATED, '2015-01-10'], ['2015-02-10', null]]);
    expect(latest.member('a')!.periods).toEqual([all.member('a')!.periods[1]]);
    expect(latest.member('b')!.periods).toEqual([all.member('b')!.periods[0]]);
    const withoutPeriods = (r: ShareRegister) => r.allMembers().map(({ periods: _, ...rest }) => rest);
    expect(withoutPeriods(latest)).toEqual(withoutPeriods(all));
    expect(latest.allShares()).toEqual(all.allShares());
    // The rules read the same state: the same refusal either way.
    const again = transfer(1, 'b', a, '2015-04-10');
    expect(thrown(() => latest.apply(again))).toMatchObject({ code: (thrown(() => all.apply(again)) as DomainError).code });
  });
});
