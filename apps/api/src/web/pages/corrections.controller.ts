import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { changesInRuns, DomainError } from '#domain';
import { Roles } from '../../auth/roles';
import { today } from '../../common/today';
import { resolutionResponse } from '../../governance/resolution.mapper';
import { ResolutionsService } from '../../governance/resolutions.service';
import { CorrectionsService } from '../../share-register/corrections.service';
import { CreateCorrectionDto } from '../../share-register/dto/correction.dto';
import { RegisterService } from '../../share-register/register.service';
import { ShareRecipients } from '../../share-register/share-recipients';
import { asDto, errorsByField, filled, formDay, refusalErrors, wholeNumber, WebCompany, WebPages, type FieldError } from '../web-page';
import { FormFields } from '../form-fields';
import type { WebRequest } from '../web-session';
import { inWords } from '../view-filters';
import { QueryTakes } from '../page-query';

type Form = Record<string, string | undefined>;

const FIELD_OF: Record<string, string> = {
  correctsSequence: 'correctsSequence', reason: 'reason', courtOrderReference: 'courtOrderReference',
  'replacement.type': 'replacementType', 'replacement.effectiveOn': 'effectiveOn', 'replacement.shareNumber': 'shareNumber',
  'replacement.holder.practiceId': 'practiceId', 'replacement.to.practiceId': 'practiceId', 'replacement.fromMemberId': 'memberId', 'replacement.memberId': 'memberId',
  'replacement.reason': 'cancellationReason', 'replacement.authorisedBy': 'authorisedBy',
  CORRECTION_TARGET_UNKNOWN: 'correctsSequence', CORRECTION_BREAKS_LATER_ENTRY: 'correctsSequence', CORRECTION_BREAKS_LATER_RECORD: 'correctsSequence', CORRECTION_REASON_MISSING: 'reason', ALREADY_RECORDED: 'correctsSequence', NOT_FOUND: 'correctsSequence',
  SHARE_NOT_ISSUED: 'shareNumber', SHARE_ALREADY_CANCELLED: 'shareNumber', SHARE_NUMBER_ALREADY_USED: 'shareNumber', INVALID_SHARE_NUMBER: 'shareNumber',
  SHARE_NOT_HELD_BY_MEMBER: 'memberId', MEMBER_ALREADY_HOLDS_A_SHARE: 'practiceId', PRACTICE_ALREADY_A_MEMBER: 'practiceId', HOLDER_NOT_ELIGIBLE: 'practiceId',
  PRACTICE_NOT_ELIGIBLE: 'practiceId', TRANSFER_TO_SAME_MEMBER: 'practiceId', SHARE_EVENT_NOT_AUTHORISED: 'authorisedBy', RESOLUTION_NOT_FOUND: 'authorisedBy',
  EVENT_PREDATES_DEPENDENCY: 'effectiveOn', INVALID_DATE: 'effectiveOn',
};

const PLAIN: Record<string, string> = {
  correctsSequence: 'Enter the ledger number of the share entry to correct, a whole number from 1',
  reason: 'Give the reason for the correction',
  courtOrderReference: 'Keep the court order reference to 200 characters, or leave it blank',
  replacementType: 'Choose what is put in the entry’s place, or nothing',
  effectiveOn: 'Enter the date of the corrected entry',
  shareNumber: 'Enter the share number of the corrected entry',
  practiceId: 'Choose the practice the corrected entry gives the share to',
  memberId: 'Choose the member who holds the share',
  cancellationReason: 'Choose why the share is cancelled',
};

/**
 * Correcting the register (RM-4, SR-4; s.125), secretary only: a new ledger entry voids a share entry
 * and may put a corrected one in its place, through `CorrectionsService` as the API does. The entry
 * corrected stays in the ledger, shown there as corrected.
 */
@Controller('ledger/corrections')
@WebPages()
@Roles('secretary')
export class CorrectionsPagesController {
  constructor(
    private readonly company: WebCompany,
    private readonly register: RegisterService,
    private readonly recipients: ShareRecipients,
    private readonly resolutions: ResolutionsService,
    private readonly corrections: CorrectionsService,
  ) {}

  @Get()
  @QueryTakes('entry')
  async form(@Query('entry') entry: unknown, @Res() res: Response): Promise<void> {
    res.render('correction.njk', await this.view({ correctsSequence: typeof entry === 'string' ? entry : undefined, replacementType: '', effectiveOn: today() }, []));
  }

  @Post()
  @FormFields('correctsSequence', 'reason', 'courtOrderReference', 'replacementType', 'shareNumber', 'effectiveOn', 'practiceId', 'memberId', 'cancellationReason', 'authorisedBy')
  async correct(@Body() body: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const companyId = await this.company.companyId();
    try {
      const dto = await asDto(CreateCorrectionDto, {
        correctsSequence: wholeNumber(body.correctsSequence),
        reason: filled(body.reason),
        courtOrderReference: filled(body.courtOrderReference),
        replacement: replacementOf(body),
      });
      const entry = await this.corrections.correct(companyId, dto, req.caller!);
      req.session.flash = `Ledger entry ${dto.correctsSequence} corrected by entry ${entry.sequence}. The original stays in the ledger, marked as corrected.`;
      res.redirect(303, `/ledger?after=${Math.max(0, dto.correctsSequence - 1)}`);
    } catch (error) {
      const later = laterEntryOf(error);
      const errors = later ? [{ field: 'correctsSequence', text: later.text, href: '#correctsSequence' }] : refusalErrors(error, FIELD_OF, 'correctsSequence', PLAIN);
      res.status(422).render('correction.njk', { ...(await this.view(body, errors)), laterEntry: later ?? null });
    }
  }

  /**
   * The form with the members, the practices that may receive a share on the corrected entry's day once
   * typed (`formDay`: their names that day, closed practices left out), else today, and the passed
   * resolutions that authorise share changes, by reference.
   */
  private async view(values: Form, errors: FieldError[]) {
    const companyId = await this.company.companyId();
    const asAt = formDay(values.effectiveOn);
    const members = (await this.register.read(companyId, { asAt: today(), knownAt: null, status: 'all', limit: 100_000, offset: 0, cursor: null })).entries;
    const practices = await this.recipients.eligibleOn(companyId, asAt);
    const resolutions = (await this.resolutions.list(companyId)).map((r) => resolutionResponse(r, today())).filter((r) => r.outcome.status === 'passed' && r.authorises.length > 0);
    return {
      title: 'Correct a share entry',
      values,
      errors,
      fieldErrors: errorsByField(errors),
      memberItems: [{ value: '', text: 'Choose the member' }, ...members.map((m) => ({ value: m.memberId, text: m.name }))],
      practiceItems: [{ value: '', text: 'Choose the practice' }, ...practices.map((p) => ({ value: p.practiceId, text: `${p.name} (${p.odsCode})` }))],
      resolutionItems: [
        { value: '', text: "None: keep the corrected entry's" },
        ...resolutions.map((r) => ({ value: r.resolutionId, text: `${r.reference ?? r.resolutionId} (${r.kind === 'board' ? 'board' : `members' ${r.type}`} resolution) — ${changesInRuns(r.authorises)}` })),
      ],
    };
  }
}

/** The corrected entry the form describes, in the API's request shape; none when "nothing" is chosen. */
function replacementOf(f: Form): object | undefined {
  const type = filled(f.replacementType);
  if (type === undefined) return undefined;
  const common = { type, effectiveOn: filled(f.effectiveOn), shareNumber: wholeNumber(f.shareNumber), authorisedBy: filled(f.authorisedBy) };
  if (type === 'allotment') return { ...common, holder: { practiceId: filled(f.practiceId) } };
  if (type === 'transfer') return { ...common, fromMemberId: filled(f.memberId), to: { practiceId: filled(f.practiceId) } };
  return { ...common, memberId: filled(f.memberId), reason: filled(f.cancellationReason) };
}

/** A share event's type, as the refusal's `entryType` gives it, in words. */
const ENTRY_TYPE_WORDS: Readonly<Record<string, string>> = {
  allotment: 'the allotment', transfer: 'the transfer', cancellation: 'the cancellation', 'particulars-change': "the change of a member's name or address",
};

/**
 * RM-4, SR-4: a correction refused because a later entry relies on the entry as it stands
 * (`CORRECTION_BREAKS_LATER_ENTRY`) names that entry — its ledger number, kind and date, from the
 * refusal's details — and links to it in the ledger; undefined for any other refusal.
 */
function laterEntryOf(error: unknown): { sequence: number; text: string; href: string } | undefined {
  if (!(error instanceof DomainError) || error.code !== 'CORRECTION_BREAKS_LATER_ENTRY') return undefined;
  const d = (error.details ?? {}) as { eventId?: unknown; entryType?: unknown; effectiveOn?: unknown; shareNumber?: unknown };
  const sequence = Number(d.eventId);
  if (!Number.isSafeInteger(sequence) || sequence < 1) return undefined;
  const kind = typeof d.entryType === 'string' ? ENTRY_TYPE_WORDS[d.entryType] : undefined;
  const what = kind === undefined ? '' : `, ${kind}${typeof d.shareNumber === 'number' ? ` of share ${d.shareNumber}` : ''}${typeof d.effectiveOn === 'string' ? ` dated ${inWords(d.effectiveOn)}` : ''}`;
  return {
    sequence,
    text: `Ledger entry ${sequence}${what}, relies on the entry as it stands: correct entry ${sequence} first`,
    href: `/ledger?after=${sequence - 1}`,
  };
}
