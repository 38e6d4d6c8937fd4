import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import type { CalendarDate } from '#domain';
import { AssetLockedBodiesService } from '../../asset-lock/asset-locked-bodies.service';
import { AssetTransfersService } from '../../asset-lock/asset-transfers.service';
import { MOST_NAMED_BODIES } from '../../asset-lock/dto/change-asset-locked-bodies.dto';
import { today } from '../../common/today';
import { ResolutionsService } from '../../governance/resolutions.service';
import { formToken, giveFormToken } from '../form-token';
import { passedResolutionItems } from '../passed-resolution-items';
import { errorsByField, WebCompany, type FieldError } from '../web-page';
import type { WebRequest } from '../web-session';

type Form = Record<string, string | undefined>;

/** The ground a transfer was allowed on, in words. */
export const BASIS_WORDS: Record<string, string> = {
  'full-consideration': 'Full consideration',
  'to-named-asset-locked-body': 'To an asset-locked body named in the articles',
  'to-asset-locked-body-with-consent': 'To another asset-locked body, with the Regulator’s consent',
  'for-community-benefit': 'For the benefit of the community',
};

/** What the recipient is, in words (the form's radios and the list). */
const RECIPIENT_WORDS: Record<string, string> = {
  'asset-locked-body-named-in-articles': 'An asset-locked body named in the articles',
  'other-asset-locked-body': 'Another asset-locked body (a CIC or a charity)',
  'not-asset-locked': 'Not asset-locked (for example a GP practice, a company or a person)',
};

/** Whom a community benefit goes to, in words (CI-1: the form's radios and the list). */
const BENEFIT_TO_WORDS: Record<string, string> = {
  'the-community': 'The community, or a section of it (such as patients or residents of Tower Hamlets)',
  'only-members-of-a-body': 'Only the members of a particular body (such as the company’s member practices)',
  'only-employees-of-an-employer': 'Only the employees of a particular employer',
};

/** What a rendering of the page keeps: each form's answers (to put right) and the problems to show. */
export interface AssetTransfersPageState {
  /** The transfer form's answers. */
  readonly values?: Form;
  /** The answers of the form for a change of the named bodies; without them, the bodies named today. */
  readonly bodiesValues?: Form;
  readonly errors?: readonly FieldError[];
}

/**
 * New one-time tokens for the page's two forms: a transfer (`onceToken`) and a change of the named
 * bodies (`namedBodiesToken`); `again`: the form whose new token records the same answers again.
 */
export function giveAssetTransfersTokens(req: WebRequest, res: Response, again: 'transfer' | 'bodies' | null = null): void {
  giveFormToken(req, res, 'asset-transfers', again === 'transfer');
  res.locals.namedBodiesToken = formToken(req, 'asset-locked-bodies', again === 'bodies');
}

/**
 * The view of the register of asset transfers (CIC Regs 2005 Sch 2 para 1): the transfers, the
 * asset-locked bodies the articles name as at the page's day with every change of them, and what the
 * secretary's two forms offer (the bodies named, the members' special resolutions passed).
 */
@Injectable()
export class AssetTransfersPageView {
  constructor(
    private readonly company: WebCompany,
    private readonly transfers: AssetTransfersService,
    private readonly bodies: AssetLockedBodiesService,
    private readonly resolutions: ResolutionsService,
  ) {}

  async view(asAt: CalendarDate, financialYearEnd: CalendarDate | undefined, state: AssetTransfersPageState = {}) {
    const companyId = await this.company.companyId();
    const listed = await this.transfers.list(companyId, { asAt, financialYearEnd });
    const named = await this.bodies.list(companyId, asAt);
    const namedToday = await this.bodies.list(companyId, today());
    const errors = state.errors ?? [];
    return {
      title: 'Register of asset transfers',
      asAt,
      financialYearEnd: financialYearEnd ?? '',
      financialYear: listed.financialYear,
      transfers: listed.transfers.map((t) => ({ ...t, basisWords: BASIS_WORDS[t.basis], recipientWords: RECIPIENT_WORDS[t.recipientKind] })),
      namedBodies: named.bodies,
      namedChanges: named.changes,
      values: state.values ?? {},
      errors,
      fieldErrors: errorsByField(errors),
      recipientItems: Object.entries(RECIPIENT_WORDS).map(([value, text]) => ({ value, text })),
      benefitToItems: Object.entries(BENEFIT_TO_WORDS).map(([value, text]) => ({ value, text })),
      namedBodyItems: namedBodyItems(named.changes, namedToday.bodies),
      bodyRows: bodyRows(state.bodiesValues, namedToday.bodies),
      mostNamedBodies: MOST_NAMED_BODIES,
      bodiesValues: state.bodiesValues ?? {},
      specialResolutionItems: await this.specialResolutionItems(companyId),
    };
  }

  /** The members' special resolutions passed by today, for the change of the named bodies (CA 2006 s.21). */
  private async specialResolutionItems(companyId: string) {
    const special = (await this.resolutions.list(companyId)).filter((r) => (r.procedure === 'members-written' || r.procedure === 'general-meeting') && r.kind === 'special');
    return passedResolutionItems(special, "Choose the members' special resolution");
  }
}

/**
 * The transfer form's choice of body: every body the articles have named (its latest name), those they
 * name today first; one no longer named says so (a transfer dated while it was named is still allowed).
 */
function namedBodyItems(changes: readonly { bodies: readonly { name: string; registrationNumber: string }[] }[], namedToday: readonly { registrationNumber: string }[]) {
  const ever = new Map<string, string>();
  for (const c of changes) for (const b of c.bodies) ever.set(b.registrationNumber, b.name);
  const isToday = (n: string) => namedToday.some((b) => b.registrationNumber === n);
  const bodies = [...ever].sort(([a], [b]) => Number(isToday(b)) - Number(isToday(a)));
  if (bodies.length === 0) return [];
  return [
    { value: '', text: 'Choose the body' },
    ...bodies.map(([number, name]) => ({ value: number, text: `${name} (No. ${number})${isToday(number) ? '' : ' – not named in the articles today'}` })),
  ];
}

/**
 * The rows of the form for a change of the named bodies: as sent back, else the bodies named today; one
 * empty row more, at least 3, at most the {@link MOST_NAMED_BODIES} one change may name (the API's limit).
 */
function bodyRows(values: Form | undefined, namedToday: readonly { name: string; registrationNumber: string }[]) {
  const given = Array.from({ length: MOST_NAMED_BODIES }, (_, i) => i + 1);
  const filledRows = values === undefined ? namedToday.length : Math.max(0, ...given.filter((n) => (values[`bodyName${n}`] ?? '') !== '' || (values[`bodyNumber${n}`] ?? '') !== ''));
  const count = Math.min(MOST_NAMED_BODIES, Math.max(3, filledRows + 1));
  return given.slice(0, count).map((n) => ({
    n,
    name: values === undefined ? (namedToday[n - 1]?.name ?? '') : (values[`bodyName${n}`] ?? ''),
    number: values === undefined ? (namedToday[n - 1]?.registrationNumber ?? '') : (values[`bodyNumber${n}`] ?? ''),
  }));
}
