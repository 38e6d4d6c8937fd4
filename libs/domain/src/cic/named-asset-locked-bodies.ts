import { checkDatedInCompanyLife, compareDates, isCalendarDate, type CalendarDate, type Instant } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { authorityOf, resolutionOutcome, type Resolution } from '../governance/resolution-outcome';
import { REGISTRATION_NUMBER_FORMS, registrationNumberOf } from './registration-numbers';

/*
 * The asset-locked bodies the company's articles name (CIC Regulations 2005 Sch 2 para 1; BRIEF CI-2,
 * CI-6): a transfer below full value to one of them needs neither the Regulator's consent nor a benefit
 * to the community. The articles name them, so naming one or changing those named is a change of the
 * articles: a members' special resolution (CA 2006 s.21) and, for a community interest company, the
 * CIC Regulator's approval (CIC Regs 2005 reg 11; the Regulator's guidance ch. 5). Each change is dated
 * and gives the whole list named from that day, so the bodies named are known as at any date.
 */

/** An asset-locked body (a community interest company or a charity) the articles name as a recipient of the company's assets. */
export interface NamedAssetLockedBody {
  /** Its name, as the articles give it. */
  readonly name: string;
  /** Its company or charity number in its register's form (`registrationNumberOf`: trimmed, upper case). */
  readonly registrationNumber: string;
}

/** The CIC Regulator's approval of a change of the articles (CI-6): its reference and the day it was given. */
export interface RegulatorApproval {
  readonly reference: string;
  readonly givenOn: CalendarDate;
}

/** The event of a change of the articles' asset-locked bodies: from `effectiveOn` they name exactly `bodies` (none: they name none). */
export interface AssetLockedBodiesNamed {
  readonly type: 'asset-locked-bodies-named';
  readonly effectiveOn: CalendarDate;
  /** The change's id: the sequence number of its ledger entry, as text. */
  readonly changeId: string;
  readonly bodies: readonly NamedAssetLockedBody[];
  /** The members' special resolution that made the change. */
  readonly resolutionId: string;
  readonly regulatorApproval: RegulatorApproval;
}

/** A change of the named bodies as the secretary gives it, before it is checked. */
export interface AssetLockedBodiesChangeInput {
  readonly effectiveOn: CalendarDate;
  readonly bodies: readonly NamedAssetLockedBody[];
  readonly resolutionId: string | null;
  readonly regulatorApprovalReference: string | null;
  readonly regulatorApprovalOn: CalendarDate | null;
}

/** A transfer as the check of a back-dated change reads it (the register of asset transfers' `AssetTransferRecorded`). */
export interface RecordedTransferToBody {
  readonly transferId: string;
  readonly transfer: { readonly transferredOn: CalendarDate; readonly recipientKind: string; readonly recipientName: string; readonly recipientRegistrationNumber: string | null };
}

/** What a change is checked against: the company, the day it is recorded, the resolution it names, and what is already recorded. */
export interface AssetLockedBodiesChangeContext {
  readonly incorporatedOn: CalendarDate;
  readonly recordedAt: Instant;
  /** The resolution `resolutionId` names; undefined when the company has none with that id. */
  readonly resolution: Resolution | undefined;
  /** Its human reference (`SR-2025-01`), for the refusal's words. */
  readonly resolutionReference?: string;
  /** Every change recorded before, in ledger order. */
  readonly changes: readonly AssetLockedBodiesNamed[];
  /** Every transfer recorded, for a back-dated change. */
  readonly transfers: readonly RecordedTransferToBody[];
}

const NAMED_KIND = 'asset-locked-body-named-in-articles';
const END_OF_TIME = '9999-12-31' as CalendarDate;

/** The changes in the order they apply: by the day they take effect, then in the order recorded. */
export function assetLockedBodiesChangesInOrder<C extends Pick<AssetLockedBodiesNamed, 'effectiveOn'>>(changes: readonly C[]): C[] {
  return changes.map((c, i) => [c, i] as const).sort(([a, i], [b, j]) => compareDates(a.effectiveOn, b.effectiveOn) || i - j).map(([c]) => c);
}

/** CI-2: the asset-locked bodies the articles name at the end of `on`: those of the last change in force by then; none before any. */
export function namedAssetLockedBodiesOn(changes: readonly Pick<AssetLockedBodiesNamed, 'effectiveOn' | 'bodies'>[], on: CalendarDate): readonly NamedAssetLockedBody[] {
  return assetLockedBodiesChangesInOrder(changes).filter((c) => compareDates(c.effectiveOn, on) <= 0).at(-1)?.bodies ?? [];
}

/** Bodies in words: "Example Community Trust (No. 1234567) and Example Health CIC (No. 09999999)". */
export function namedBodiesInWords(bodies: readonly NamedAssetLockedBody[]): string {
  const each = bodies.map((b) => `${b.name} (No. ${b.registrationNumber})`);
  return each.length <= 1 ? (each[0] ?? 'none') : `${each.slice(0, -1).join(', ')} and ${each.at(-1)}`;
}

/**
 * CI-2: the body the articles name on `transferredOn` whose number is `registrationNumber` (already in
 * its register's form), for a transfer said to be to an asset-locked body named in the articles.
 * @throws DomainError `ASSET_LOCKED_BODY_NOT_NAMED` (field `recipientRegistrationNumber`; details
 * `reason`, `transferredOn`, `namedBodies` in words and `bodies`) when the articles name none on that
 * day, no number is given, or none of those named has it.
 */
export function namedRecipientOf(changes: readonly AssetLockedBodiesNamed[], transferredOn: CalendarDate, registrationNumber: string | null): NamedAssetLockedBody {
  const bodies = namedAssetLockedBodiesOn(changes, transferredOn);
  const found = bodies.find((b) => b.registrationNumber === registrationNumber);
  if (found !== undefined) return found;
  const details = { field: 'recipientRegistrationNumber', transferredOn, namedBodies: namedBodiesInWords(bodies), bodies: bodies.map((b) => ({ name: b.name, registrationNumber: b.registrationNumber })) };
  const instead = 'a transfer below full value to another asset-locked body (a CIC or a charity) needs the CIC Regulator\u2019s consent instead';
  if (bodies.length === 0) {
    throw new DomainError('ASSET_LOCKED_BODY_NOT_NAMED', { text: `on {transferredOn} the articles name no asset-locked body: ${instead}`, rule: 'CI-2, CI-6' }, { ...details, reason: 'none-named' });
  }
  if (registrationNumber === null) {
    throw new DomainError('ASSET_LOCKED_BODY_NOT_NAMED', { text: 'give the company or charity number of the body the articles name: on {transferredOn} they name {namedBodies}', rule: 'CI-2' }, { ...details, reason: 'no-registration-number' });
  }
  throw new DomainError(
    'ASSET_LOCKED_BODY_NOT_NAMED',
    { text: `No. {recipientRegistrationNumber} is not a body the articles name on {transferredOn}: they name {namedBodies}; ${instead}`, rule: 'CI-2, CI-6' },
    { ...details, reason: 'not-named', recipientRegistrationNumber: registrationNumber },
  );
}

/**
 * CI-6: checks a change of the asset-locked bodies the articles name and returns it (names trimmed,
 * numbers in their register's form), in this order:
 * - `INVALID_ASSET_LOCKED_BODIES` (field `bodies.N.name` / `bodies.N.registrationNumber`) for a blank
 *   name, a number that is no company or charity number, or one named twice; `INVALID_DATE`;
 * - `EVENT_BEFORE_INCORPORATION` / `DATED_AFTER_RECORDING` (field `effectiveOn`);
 * - `ASSET_LOCKED_BODIES_UNCHANGED` when those bodies are already the ones named on that day;
 * - `SPECIAL_RESOLUTION_REQUIRED` (field `resolutionId`) without a resolution, or for one that is the
 *   board's, an ordinary resolution, or not passed by the day the change takes effect;
 *   `RESOLUTION_NOT_FOUND` for an id the company has none of;
 * - `REGULATOR_APPROVAL_REQUIRED` (field `regulatorApprovalReference` or `regulatorApprovalOn`) without
 *   the Regulator's approval, its reference and its date; `APPROVAL_AFTER_CHANGE` for one dated after
 *   the day the change takes effect;
 * - `ASSET_LOCKED_BODY_HAS_TRANSFERS` (409) when a back-dated change would leave a transfer recorded as
 *   to a named body to one the articles do not name on its day.
 */
export function checkAssetLockedBodiesChange(input: AssetLockedBodiesChangeInput, context: AssetLockedBodiesChangeContext): Omit<AssetLockedBodiesNamed, 'changeId'> {
  const bodies = checkBodies(input.bodies);
  for (const [field, date] of [['effectiveOn', input.effectiveOn], ['regulatorApprovalOn', input.regulatorApprovalOn ?? undefined]] as const) {
    if (date !== undefined && !isCalendarDate(date)) throw new DomainError('INVALID_DATE', `${field} must be a calendar date YYYY-MM-DD`, { field });
  }
  const { effectiveOn } = input;
  checkDatedInCompanyLife('the change of the articles', effectiveOn, context.recordedAt, context.incorporatedOn, 'effectiveOn');
  const inForce = namedAssetLockedBodiesOn(context.changes, effectiveOn);
  if (sameBodies(inForce, bodies)) {
    throw new DomainError('ASSET_LOCKED_BODIES_UNCHANGED', { text: 'on {effectiveOn} the articles already name {namedBodies}: there is nothing to change' }, { field: 'bodies', effectiveOn, namedBodies: namedBodiesInWords(inForce) });
  }
  const resolutionId = checkSpecialResolution(input, context);
  const regulatorApproval = checkApproval(input);
  const change = { type: 'asset-locked-bodies-named' as const, effectiveOn, bodies, resolutionId, regulatorApproval };
  checkRecordedTransfers(change, context);
  return change;
}

function checkBodies(given: readonly NamedAssetLockedBody[]): NamedAssetLockedBody[] {
  const bodies: NamedAssetLockedBody[] = [];
  given.forEach((body, i) => {
    const name = body.name.trim();
    if (name === '') throw invalid(`bodies.${i}.name`, 'the name of the asset-locked body must not be blank');
    const registrationNumber = registrationNumberOf(body.registrationNumber);
    if (registrationNumber === null) throw invalid(`bodies.${i}.registrationNumber`, `${body.registrationNumber.trim()} is not a company or charity number: give ${REGISTRATION_NUMBER_FORMS}`, { reason: 'not-a-registration-number' });
    if (bodies.some((b) => b.registrationNumber === registrationNumber)) throw invalid(`bodies.${i}.registrationNumber`, `No. ${registrationNumber} is named twice`, { reason: 'named-twice' });
    bodies.push({ name, registrationNumber });
  });
  return bodies;
}

function sameBodies(a: readonly NamedAssetLockedBody[], b: readonly NamedAssetLockedBody[]): boolean {
  const key = (list: readonly NamedAssetLockedBody[]) => list.map((x) => `${x.registrationNumber}\n${x.name}`).sort().join('\n\n');
  return key(a) === key(b);
}

function checkSpecialResolution(input: AssetLockedBodiesChangeInput, context: AssetLockedBodiesChangeContext): string {
  const { effectiveOn } = input;
  const needed = 'naming or changing the asset-locked bodies in the articles needs a special resolution of the members (CA 2006 s.21) passed on or before the day the change takes effect, {effectiveOn}';
  const refuse = (why: string, more: Record<string, unknown>) =>
    new DomainError('SPECIAL_RESOLUTION_REQUIRED', { text: `${needed}${why}`, rule: 'CI-6' }, { field: 'resolutionId', effectiveOn, ...more });
  const resolutionId = input.resolutionId?.trim() ?? '';
  if (resolutionId === '') throw refuse(': name it', { reason: 'none' });
  const resolution = context.resolution;
  if (resolution === undefined) throw new DomainError('RESOLUTION_NOT_FOUND', `resolution ${resolutionId} was not found`, { field: 'resolutionId', resolutionId });
  const reference = context.resolutionReference ?? resolution.id;
  const named = { resolutionId: resolution.id, reference };
  const authority = authorityOf(resolution);
  if (authority === 'board') throw refuse('; resolution {reference} is a decision of the board, not of the members', { ...named, reason: 'board' });
  if (authority !== 'members-special') throw refuse('; resolution {reference} is an ordinary resolution', { ...named, reason: 'ordinary' });
  const then = resolutionOutcome(resolution, effectiveOn);
  if (then.status === 'passed' && then.passedOn !== null && compareDates(then.passedOn, effectiveOn) <= 0) return resolution.id;
  const ever = resolutionOutcome(resolution, END_OF_TIME);
  if (ever.status === 'passed' && ever.passedOn !== null) throw refuse('; resolution {reference} was passed only on {passedOn}', { ...named, reason: 'passed-later', passedOn: ever.passedOn });
  throw refuse(`; resolution {reference} is ${then.status} as at {effectiveOn}`, { ...named, reason: then.status });
}

function checkApproval(input: AssetLockedBodiesChangeInput): RegulatorApproval {
  const reference = input.regulatorApprovalReference?.trim() ?? '';
  const givenOn = input.regulatorApprovalOn;
  const needed = 'naming or changing the asset-locked bodies in the articles needs the approval of the Regulator of Community Interest Companies';
  if (reference === '') throw new DomainError('REGULATOR_APPROVAL_REQUIRED', { text: `${needed}: give the reference of its approval`, rule: 'CI-6' }, { field: 'regulatorApprovalReference' });
  if (givenOn === null) throw new DomainError('REGULATOR_APPROVAL_REQUIRED', { text: `${needed}: give the date it was given`, rule: 'CI-6' }, { field: 'regulatorApprovalOn' });
  if (compareDates(givenOn, input.effectiveOn) > 0) {
    throw new DomainError(
      'APPROVAL_AFTER_CHANGE',
      { text: 'the Regulator\u2019s approval is dated {givenOn}, after the change of the articles takes effect on {effectiveOn}: the change takes effect once approved', rule: 'CI-6' },
      { field: 'regulatorApprovalOn', givenOn, effectiveOn: input.effectiveOn },
    );
  }
  return { reference, givenOn };
}

/** A back-dated change must not leave a transfer recorded as to a named body to one the articles no longer name on its day. */
function checkRecordedTransfers(change: Omit<AssetLockedBodiesNamed, 'changeId'>, context: AssetLockedBodiesChangeContext): void {
  const after = [...context.changes, { ...change, changeId: '' }];
  const namedOn = (changes: readonly AssetLockedBodiesNamed[], t: RecordedTransferToBody['transfer']) =>
    namedAssetLockedBodiesOn(changes, t.transferredOn).some((b) => b.registrationNumber === t.recipientRegistrationNumber);
  for (const { transferId, transfer: t } of context.transfers) {
    if (t.recipientKind !== NAMED_KIND || compareDates(t.transferredOn, change.effectiveOn) < 0) continue;
    if (!namedOn(context.changes, t) || namedOn(after, t)) continue;
    throw new DomainError(
      'ASSET_LOCKED_BODY_HAS_TRANSFERS',
      { text: 'the transfer of {transferredOn} to {recipientName} is recorded as to a body the articles name; a change taking effect on {effectiveOn} would leave the articles not naming it on that day: date the change after the transfer' },
      { field: 'effectiveOn', effectiveOn: change.effectiveOn, transferId, transferredOn: t.transferredOn, recipientName: t.recipientName },
    );
  }
}

function invalid(field: string, problem: string, more: Record<string, unknown> = {}): DomainError {
  return new DomainError('INVALID_ASSET_LOCKED_BODIES', `${field}: ${problem}`, { field, ...more });
}
