import type { ParticularsChange, PracticeAdmitted, PracticeClosed, PracticeClosureReason, PracticeEvent, PracticeParticularsChanged } from '#domain';
import { z } from 'zod';
import { entryKind, LedgerFamily } from '../ledger-codec';
import { entryDate, entryInstant, id, text } from './fields';

/*
 * The borough's list of practices (version 1): admissions, changes of particulars and closures, under
 * the `practice.` prefix. And the register's change of a member's particulars (`share.particulars-change`,
 * part of the share register family, which the register of members is folded from).
 */

/** RM-2: the other joint holders' names; absent for a sole holder (and in every entry written before). */
export const jointHolders = z.array(text.min(1)).min(1).optional();

const admitted = entryKind<PracticeAdmitted>()({
  kind: 'practice.admitted',
  version: 1,
  schema: z.strictObject({ practiceId: id, odsCode: id, name: text, address: text, networkId: id.nullable() }),
  encode: (e) => ({ practiceId: e.practiceId, odsCode: e.odsCode, name: e.name, address: e.address, networkId: e.networkId }),
  decode: (p, entry) => ({ type: 'practice-admitted', effectiveOn: entryDate(entry), ...p }),
});

const particularsChanged = entryKind<PracticeParticularsChanged>()({
  kind: 'practice.particulars-changed',
  version: 1,
  schema: z.strictObject({ practiceId: id, name: text, address: text }),
  encode: (e) => ({ practiceId: e.practiceId, name: e.name, address: e.address }),
  decode: (p, entry) => ({ type: 'practice-particulars-changed', effectiveOn: entryDate(entry), recordedAt: entryInstant(entry), ...p }),
});

const closed = entryKind<PracticeClosed>()({
  kind: 'practice.closed',
  version: 1,
  schema: z.strictObject({
    practiceId: id,
    reason: z.enum(['closed', 'merged', 'contract-ended'] as const satisfies readonly PracticeClosureReason[]),
    successorPracticeId: id.nullable(),
  }),
  encode: (e) => ({ practiceId: e.practiceId, reason: e.reason, successorPracticeId: e.successorPracticeId }),
  decode: (p, entry) => ({ type: 'practice-closed', effectiveOn: entryDate(entry), eventId: String(entry.sequence), ...p }),
});

/** Practices joining the borough's list, changing their particulars, and ceasing (SH-5). */
export const practicesFamily = new LedgerFamily<PracticeEvent>('practice list', 'practice.', {
  'practice-admitted': admitted,
  'practice-particulars-changed': particularsChanged,
  'practice-closed': closed,
});

/** A member's change of particulars (RM-3): a kind of the share register family. */
export const particularsChange = entryKind<ParticularsChange>()({
  kind: 'share.particulars-change',
  version: 1,
  schema: z.strictObject({ type: z.literal('particulars-change'), memberId: id, name: text, address: text, jointHolders }),
  encode: (e) => ({
    type: 'particulars-change' as const,
    memberId: e.memberId,
    name: e.name,
    address: e.address,
    ...(e.jointHolders && e.jointHolders.length > 0 ? { jointHolders: [...e.jointHolders] } : {}),
  }),
  decode: ({ jointHolders: joint, ...p }, entry) => ({
    ...p,
    ...(joint ? { jointHolders: joint } : {}),
    eventId: String(entry.sequence),
    effectiveOn: entryDate(entry),
    recordedAt: entryInstant(entry),
  }),
});
