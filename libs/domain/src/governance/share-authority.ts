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
 * names the event does not do, e.g. passed too late or of the wrong kind.
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
  const reasons: { resolutionId: string; reason: string }[] = [];
  let relied: { resolution: Resolution; passedOn: CalendarDate } | null = null;
  for (const resolution of naming) {
    const given = authorityOf(resolution);
    if (!authoritySatisfies(given, required)) {
      reasons.push({ resolutionId: resolution.id, reason: `it is ${DESCRIBED[given]}` });
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
    });
  }
  if (relied) return relied.resolution;
  const what = `the ${event.type} of share ${event.shareNumber} taking effect on ${event.effectiveOn}`;
  const why =
    naming.length === 0
      ? 'no resolution authorises it'
      : reasons.map((r) => `resolution ${r.resolutionId} does not do: ${r.reason}`).join('; ');
  throw new DomainError(
    'SHARE_EVENT_NOT_AUTHORISED',
    `${what} needs ${DESCRIBED[required]} authorising it, passed on or before ${event.effectiveOn}; ${why}`,
    { eventId: event.eventId, action: event.type, shareNumber: event.shareNumber, required, reasons },
  );
}
