import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CCGS_ABOLISHED_ON, type CalendarDate } from '#domain';
import { Roles } from '../../auth/roles';
import { today } from '../../common/today';
import { AppError } from '../../common/app-error';
import { commissionerHistory } from '../../alliance/alliance.mapper';
import { ChangeCommissionerDto } from '../../alliance/dto/change-commissioner.dto';
import { OrganisationsService } from '../../alliance/organisations.service';
import { ServiceContractsService } from '../../alliance/service-contracts.service';
import { FormFields } from '../form-fields';
import { inWords } from '../view-filters';
import { asDto, errorsByField, filled, refusalErrors, WebCompany, WebPages, type FieldError } from '../web-page';
import type { WebRequest } from '../web-session';
import { QueryTakes } from '../page-query';

type Form = Record<string, string | undefined>;

/** Which form field each DTO field and refusal concerns. */
const FIELD_OF: Record<string, string> = {
  commissionerId: 'commissionerId', on: 'on', reason: 'reason',
  NOT_FOUND: 'commissionerId', ALREADY_RECORDED: 'commissionerId',
  COMMISSIONER_UNCHANGED: 'commissionerId', COMMISSIONER_IS_HOLDER: 'commissionerId', COMMISSIONER_ABOLISHED: 'commissionerId',
  COMMISSIONER_CHANGE_OUTSIDE_CONTRACT: 'on', COMMISSIONER_CHANGE_OUT_OF_ORDER: 'on', DATED_TOO_FAR_AHEAD: 'on',
};

/** What to do about a field the DTO refused, in the form's words. */
const PLAIN: Record<string, string> = {
  commissionerId: 'Choose the body the contract passed to',
  on: 'Enter the first day the new commissioner commissioned the contract',
  reason: 'Say how the contract passed in plain text',
};

/**
 * A service contract's commissioners, and for the secretary the form that records its passing to another
 * commissioner (a novation, or a statutory transfer such as the CCGs' contracts passing to the integrated
 * care boards on 1 July 2022), through `ServiceContractsService.changeCommissioner`, as
 * `POST /api/…/service-contracts/:contractId/commissioner-changes` does. The same change sent twice (a
 * second click) is refused as already recorded, and nothing is written twice.
 */
@Controller('alliance/contracts/:contractId/commissioner')
@WebPages()
export class ContractCommissionerPagesController {
  constructor(
    private readonly company: WebCompany,
    private readonly contracts: ServiceContractsService,
    private readonly organisations: OrganisationsService,
  ) {}

  @Get()
  @QueryTakes()
  async show(@Param('contractId') contractId: string, @Res() res: Response): Promise<void> {
    res.render('contract-commissioner.njk', await this.view(contractId, {}, []));
  }

  @Post()
  @FormFields('commissionerId', 'on', 'reason')
  @Roles('secretary')
  async record(@Param('contractId') contractId: string, @Body() f: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const companyId = await this.company.companyId();
    const view = await this.view(contractId, f, []);
    try {
      const dto = await asDto(ChangeCommissionerDto, { commissionerId: filled(f.commissionerId), on: filled(f.on), reason: filled(f.reason) });
      await this.contracts.changeCommissioner(companyId, contractId, dto, req.caller!);
      req.session.flash = `${view.contract.name} passes to ${view.names.get(dto.commissionerId) ?? dto.commissionerId} from ${inWords(dto.on)}: recorded.`;
      // Back to this contract's page, which lists every change, one dated after today too.
      res.redirect(303, `/alliance/contracts/${encodeURIComponent(contractId)}/commissioner`);
    } catch (error) {
      const errors = refusalErrors(error, FIELD_OF, 'commissionerId', PLAIN).map((e) => ({ ...e, text: changeRefusalWords(error, f, view.names) ?? e.text.replace(/^Reason\b/, 'How the contract passed') }));
      res.status(error instanceof AppError && error.code === 'ALREADY_RECORDED' ? 409 : 422).render('contract-commissioner.njk', { ...view, errors, fieldErrors: errorsByField(errors) });
    }
  }

  /** The contract, who commissions it today and who did before, and the form's choices, answers and problems (404 for an unknown contract). */
  private async view(contractId: string, values: Form, errors: FieldError[]) {
    const companyId = await this.company.companyId();
    const contract = (await this.contracts.list(companyId, undefined)).find((c) => c.id === contractId);
    if (contract === undefined) throw AppError.notFound('service contract', { contractId });
    const organisations = await this.organisations.list(companyId);
    const names = new Map(organisations.map((o) => [o.id, o.name]));
    const day: CalendarDate = today();
    // An ended contract passes to no one: it is read as on its last day, and no change can be recorded.
    const ended = contract.endOn !== null && contract.endOn < day;
    return {
      title: `Commissioner of ${contract.name}`,
      contract,
      ended,
      today: day,
      holder: names.get(contract.holderId) ?? contract.holderId,
      ...commissionerHistory(contract, ended ? contract.endOn! : day, (id) => names.get(id) ?? id),
      // Who let the contract, then each body it passed to.
      changes: [
        ...(contract.commissionerId === null ? [] : [{ on: contract.startOn, commissionerId: contract.commissionerId, reason: 'Let the contract' }]),
        ...contract.commissionerChanges,
      ].map((ch) => ({ ...ch, commissioner: names.get(ch.commissionerId) ?? ch.commissionerId })),
      organisations: [
        { value: '', text: 'Choose the body' },
        // A CCG is offered for a change before its abolition (history), and says when that was.
        ...organisations
          .filter((o) => o.id !== contract.holderId && o.kind !== 'the-company')
          .map((o) => ({ value: o.id, text: o.kind === 'ccg' ? `${o.name} (abolished on ${inWords(CCGS_ABOLISHED_ON)})` : o.name })),
      ],
      names,
      values,
      errors,
      fieldErrors: errorsByField(errors),
    };
  }
}

/** The same change sent again, worded with the body's name and the day in words (the service's message gives the day as a date). */
function changeRefusalWords(error: unknown, f: Form, names: ReadonlyMap<string, string>): string | undefined {
  if (error instanceof AppError && error.code === 'ALREADY_RECORDED' && f.on !== undefined && f.commissionerId !== undefined) {
    return `This change is already recorded: ${names.get(f.commissionerId) ?? f.commissionerId} commissions the contract from ${inWords(f.on)}`;
  }
  return undefined;
}
