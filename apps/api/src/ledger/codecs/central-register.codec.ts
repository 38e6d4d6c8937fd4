import type { CentralRegisterElectionMade, CentralRegisterElectionWithdrawn, CentralRegisterEvent } from '#domain';
import { z } from 'zod';
import { entryKind, LedgerFamily } from '../ledger-codec';
import { entryDate, id } from './fields';

/*
 * RM-7, EC-6: the option to keep the register of members' information at Companies House (CA 2006
 * ss.128A–128K). Each entry is effective on the day the registrar registered the notice (ss.128C(1),
 * 128J(3)); an election carries the ids of the members who assented to it (s.128B(2)(a)).
 */

const electionMade = entryKind<CentralRegisterElectionMade>()({
  kind: 'central-register.election-made',
  version: 1,
  schema: z.strictObject({ assentedBy: z.array(id) }),
  encode: (e) => ({ assentedBy: [...e.assentedBy] }),
  decode: (p, entry) => ({ type: 'central-register-election-made', effectiveOn: entryDate(entry), assentedBy: p.assentedBy }),
});

const electionWithdrawn = entryKind<CentralRegisterElectionWithdrawn>()({
  kind: 'central-register.election-withdrawn',
  version: 1,
  schema: z.strictObject({}),
  encode: () => ({}),
  decode: (_p, entry) => ({ type: 'central-register-election-withdrawn', effectiveOn: entryDate(entry) }),
});

/** Elections to keep the register of members' information at Companies House, and their withdrawals (RM-7): `central-register.*`. */
export const centralRegisterFamily = new LedgerFamily<CentralRegisterEvent>('elections to keep the register of members at Companies House', 'central-register.', {
  'central-register-election-made': electionMade,
  'central-register-election-withdrawn': electionWithdrawn,
});
