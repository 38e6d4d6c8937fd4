import { DomainError } from '../errors';
import { requireText } from './dated-period';

/**
 * What kind of body an organisation is. `nhs-trust` covers NHS trusts and NHS foundation trusts;
 * `ccg` is a clinical commissioning group (abolished on 1 July 2022) and `icb` the integrated care board that
 * took over its work (Health and Care Act 2022); `voluntary-sector` covers one body or, as in Tower Hamlets Together, the sector taking part as a whole.
 */
export type OrganisationKind = 'the-company' | 'nhs-trust' | 'local-authority' | 'ccg' | 'icb' | 'voluntary-sector' | 'other';

/** A body that takes part in partnerships, commissions or holds contracts, or employs staff who transfer. */
export interface Organisation {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganisationKind;
  /** Where the record comes from, or that it is synthetic; null when there is nothing to say. */
  readonly note: string | null;
}

/** Checks and returns an organisation; throws `INVALID_ALLIANCE_RECORD` for an empty id or name. */
export function organisation(input: Organisation): Organisation {
  requireText(input.id, 'id', 'organisation');
  requireText(input.name, 'name', 'organisation');
  return { id: input.id, name: input.name.trim(), kind: input.kind, note: input.note };
}

/** Adds an organisation; throws `ORGANISATION_ALREADY_RECORDED` if its id is taken. */
export function addOrganisation(organisations: readonly Organisation[], input: Organisation): Organisation[] {
  const added = organisation(input);
  if (organisations.some((o) => o.id === added.id)) {
    throw new DomainError('ORGANISATION_ALREADY_RECORDED', `Organisation ${added.id} is already recorded`, { organisationId: added.id });
  }
  return [...organisations, added];
}

/** The organisation with this id; throws `ORGANISATION_UNKNOWN` when there is none. */
export function requireOrganisation(organisations: readonly Organisation[], id: string): Organisation {
  const found = organisations.find((o) => o.id === id);
  if (!found) throw new DomainError('ORGANISATION_UNKNOWN', `No organisation ${id} is recorded`, { organisationId: id });
  return found;
}
