import type { CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import type { ShareMovement } from '../share-register/share-event';
import type { ShareRegister } from '../share-register/share-register';
import {
  DEFAULT_GOVERNANCE_SETTINGS,
  type GovernanceSettings,
  type ShareAction,
  type ShareEventAuthority,
} from './governance-settings';
import { authorityOf, resolutionOutcome, type Resolution } from './resolution-outcome';
import type { ShareAuthorisation } from './resolution';

const DESCRIBED: { readonly [A in ShareEventAuthority]: string } = {
  board: 'a board resolution',
  'members-ordinary': "a members' ordinary (or special) resolution",
  'members-special': "a members' special resolution",
  none: 'no resolution',
};

const END_OF_TIME = '9999-12-31' as CalendarDate;

/** The resolution the articles require for a kind of share event. */
export function requiredAuthority(
  action: ShareAction,
  settings: GovernanceSettings = DEFAULT_GOVERNANCE_SETTINGS,
): ShareEventAuthority {
  return settings.shareEventAuthority[action];
}

/** True when a resolution giving `given` meets a requirement of `required`; a special resolution does what an ordinary one does. */
export function authoritySatisfies(given: ShareEventAuthority, required: ShareEventAuthority): boolean {
  return required === 'none' || given === required || (required === 'members-ordinary' && given === 'members-special');
}

/**
 * Checks that a share event has the authority the articles require: a resolution of the required
 * kind that names the event's action and share number and had passed by the end of the event's
 * effective date. Returns the resolution relied on (the earliest passed; null when none is
 * required). Throws `SHARE_EVENT_NOT_AUTHORISED` naming what is missing and why each resolution that
 * names the event does not do, e.g. passed too late or of the wrong kind (details: a cancellation's
 * `reason` too; a surrender's message says it is a reduction of capital, SR-1).
 */
export function checkShareEventAuthority(
  event: ShareMovement,
  resolutions: readonly Resolution[],
  settings: GovernanceSettings = DEFAULT_GOVERNANCE_SETTINGS,
): Resolution | null {
  const required = requiredAuthority(event.type, settings);
  if (required === 'none') return null;
  const naming = resolutions.filter((r) =>
    r.authorises.some((a) => a.action === event.type && a.shareNumber === event.shareNumber),
  );
  const reasons: { resolutionId: string; reason: string; authority?: ShareEventAuthority; passedOn?: CalendarDate }[] = [];
  let relied: { resolution: Resolution; passedOn: CalendarDate } | null = null;
  for (const resolution of naming) {
    const given = authorityOf(resolution);
    if (!authoritySatisfies(given, required)) {
      reasons.push({ resolutionId: resolution.id, reason: `it is ${DESCRIBED[given]}`, authority: given });
      continue;
    }
    const then = resolutionOutcome(resolution, event.effectiveOn);
    if (then.status === 'passed' && then.passedOn !== null) {
      if (relied === null || then.passedOn < relied.passedOn) relied = { resolution, passedOn: then.passedOn };
      continue;
    }
    const ever = resolutionOutcome(resolution, END_OF_TIME);
    reasons.push({
      resolutionId: resolution.id,
      reason:
        ever.status === 'passed' ? `it was passed only on ${ever.passedOn}` : `it is ${then.status} as at ${event.effectiveOn}`,
      ...(ever.status === 'passed' && ever.passedOn !== null ? { passedOn: ever.passedOn } : {}),
    });
  }
  if (relied) return relied.resolution;
  // The resolutions named that authorise other changes: what each authorises instead, so the refusal can say.
  const otherChanges = resolutions
    .filter((r) => !naming.includes(r))
    .map((r) => ({ resolutionId: r.id, authority: authorityOf(r), authorises: r.authorises.map((a) => ({ action: a.action, shareNumber: a.shareNumber, ...(a.reason ? { reason: a.reason } : {}) })) }));
  const surrender = event.type === 'cancellation' && event.reason === 'surrender';
  // SR-1: a surrender is a reduction of capital, and the refusal says so.
  const what = surrender
    ? `the surrender of share ${event.shareNumber} taking effect on ${event.effectiveOn}, a reduction of capital (SR-1, s.641),`
    : `the ${event.type} of share ${event.shareNumber} taking effect on ${event.effectiveOn}`;
  const why =
    naming.length === 0
      ? `no resolution authorises it${otherChanges.map((o) => ` (resolution ${o.resolutionId} authorises ${changesInRuns(o.authorises) || 'no share change'})`).join('')}`
      : reasons.map((r) => `resolution ${r.resolutionId} does not do: ${r.reason}`).join('; ');
  throw new DomainError(
    'SHARE_EVENT_NOT_AUTHORISED',
    `${what} needs ${DESCRIBED[required]} authorising it, passed on or before ${event.effectiveOn}; ${why}`,
    { eventId: event.eventId, action: event.type, ...(event.type === 'cancellation' ? { reason: event.reason } : {}), shareNumber: event.shareNumber, effectiveOn: event.effectiveOn, required, reasons, otherChanges },
  );
}

/** Share numbers as runs: `[1, 2, 3, 5]` → "1 to 3 and 5". */
function runs(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j - i >= 2 ? `${sorted[i]} to ${sorted[j]}` : sorted.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** The changes a resolution authorises in words, each action's shares in runs: "the allotment of shares 1 to 37; the transfer of share 3". */
export function changesInRuns(authorises: readonly ShareAuthorisation[]): string {
  const byChange = new Map<string, number[]>();
  for (const a of authorises) {
    const change = a.reason === 'buy-back' ? 'buy-back' : a.action;
    byChange.set(change, [...(byChange.get(change) ?? []), a.shareNumber]);
  }
  return [...byChange].map(([change, shares]) => `the ${change} of ${new Set(shares).size === 1 ? 'share' : 'shares'} ${runs(shares)}`).join('; ');
}
