import type { CalendarDate, RegisterEntry } from '#domain';
import type { Em } from '../database/orm';
import { registerReadOncePerDay, type ResponseRegister } from './resolution-responses';

const em = {} as Em;
const day = (d: string) => d as CalendarDate;

/** A register that counts its reads and answers with one made-up entry per read, so that a read again is seen. */
function countingRegister() {
  const reads: string[] = [];
  const register: ResponseRegister = {
    membersAsAt: async (_em, companyId, on) => {
      reads.push(`${companyId} ${on}`);
      return [{ memberId: `read-${reads.length}` } as unknown as RegisterEntry];
    },
    memberNames: async () => () => undefined,
  };
  return { reads, register };
}

describe('registerReadOncePerDay (consents to short notice, MT-1: the register on the meeting day read once a write)', () => {
  it('reads the members on the register on each day once, and answers later asks for that day with the first read', async () => {
    const { reads, register } = countingRegister();
    const once = registerReadOncePerDay(register);
    const first = await once.membersAsAt(em, 'c', day('2026-05-01'));
    const again = await once.membersAsAt(em, 'c', day('2026-05-01'));
    const other = await once.membersAsAt(em, 'c', day('2026-04-20'));
    expect(reads).toEqual(['c 2026-05-01', 'c 2026-04-20']);
    expect(again).toBe(first);
    expect(other[0]!.memberId).toBe('read-2');
  });

  it('keeps two companies apart on the same day', async () => {
    const { reads, register } = countingRegister();
    const once = registerReadOncePerDay(register);
    await once.membersAsAt(em, 'a', day('2026-05-01'));
    const b = await once.membersAsAt(em, 'b', day('2026-05-01'));
    expect(reads).toEqual(['a 2026-05-01', 'b 2026-05-01']);
    expect(b[0]!.memberId).toBe('read-2');
  });
});
