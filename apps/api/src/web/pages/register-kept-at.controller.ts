import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { addDays, CENTRAL_REGISTER_OPTION_FROM, CENTRAL_REGISTER_OPTION_REMOVED_ON, type CalendarDate } from '#domain';
import { Roles } from '../../auth/roles';
import { today } from '../../common/today';
import { CentralRegisterElectionService } from '../../share-register/central-register-election.service';
import { RecordCentralRegisterElectionDto } from '../../share-register/dto/central-register-election.dto';
import { FormFields } from '../form-fields';
import { ALREADY_RECORDED, FORM_TOKEN_REFUSED, formKey, giveFormToken, sentBefore } from '../form-token';
import { inWords } from '../view-filters';
import { asDto, errorsByField, filled, refusalErrors, WebCompany, WebPages, type FieldError } from '../web-page';
import type { WebRequest } from '../web-session';
import { QueryTakes } from '../page-query';

type Form = Record<string, string | undefined>;

/** Which form field each DTO field and refusal concerns. */
const FIELD_OF: Record<string, string> = {
  effectiveOn: 'effectiveOn', action: 'action', assentedBy: 'everyMemberAssented',
  CENTRAL_REGISTER_ASSENT_MISSING: 'everyMemberAssented', CENTRAL_REGISTER_ASSENT_NOT_MEMBER: 'everyMemberAssented',
  CENTRAL_REGISTER_ELECTION_IN_FORCE: 'action', CENTRAL_REGISTER_NO_ELECTION: 'action',
};

/** What to do about a field the DTO refused, in the form's words. */
const PLAIN: Record<string, string> = {
  effectiveOn: 'Enter the date Companies House registered the notice',
  action: 'Choose an election or its withdrawal',
};

/** An election made without every member's assent, refused before it is sent (s.128B(2)(a)). */
const ASSENT_NEEDED: FieldError = {
  field: 'everyMemberAssented',
  href: '#everyMemberAssented',
  text: 'An election needs the assent of every member on the register on its day (s.128B(2)(a)): it cannot be recorded without it',
};

/** Each change of where the register is kept, in words. */
const CHANGE_WORDS: Record<string, string> = {
  'election-made': 'Election to keep the members’ information at Companies House (s.128B)',
  'election-withdrawn': 'Election withdrawn: the company keeps its own register again (s.128J)',
  'election-ended-by-law': 'Election ended when the Economic Crime and Corporate Transparency Act 2023 removed the option: the company keeps its own register again',
};

/**
 * RM-7, EC-6: where the register of members' information has been kept (the company's own register,
 * or Companies House under an s.128B election), for every role, and, for the secretary, the form that
 * records an election or its withdrawal (history: no election can be made from 18 November 2025),
 * through `CentralRegisterElectionService`, as `POST /api/…/central-register-election` does. The form
 * asks whether every member on the register that day assented and, if so, sends them all as assenting.
 */
@Controller('register/kept-at')
@WebPages()
export class RegisterKeptAtPagesController {
  constructor(
    private readonly company: WebCompany,
    private readonly elections: CentralRegisterElectionService,
  ) {}

  @Get()
  @QueryTakes()
  async show(@Req() req: WebRequest, @Res() res: Response): Promise<void> {
    giveFormToken(req, res, 'central-register');
    res.render('register-kept-at.njk', await this.view({}, []));
  }

  /** Records once per page (its one-time token): a double click records one election. */
  @Post()
  @FormFields('effectiveOn', 'action', 'everyMemberAssented')
  @Roles('secretary')
  async record(@Body() f: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const key = formKey(req, 'central-register');
    giveFormToken(req, res, 'central-register');
    const shown = async (status: number, errors: FieldError[]) => res.status(status).render('register-kept-at.njk', await this.view(f, errors));
    if (key === null) return shown(400, [FORM_TOKEN_REFUSED]);
    const companyId = await this.company.companyId();
    try {
      const elect = f.action === 'elect';
      // The date and the choice checked as the API checks them; an election's assents are then the
      // members on the register that day, which the service reads in its write (the list stands in for them).
      const dto = await asDto(RecordCentralRegisterElectionDto, { effectiveOn: filled(f.effectiveOn), action: filled(f.action), ...(elect ? { assentedBy: ['every member'] } : {}) });
      if (elect && f.everyMemberAssented !== 'yes') return shown(422, [ASSENT_NEEDED]);
      const { record, replayed } = await this.elections.record(companyId, dto, req.caller!, key, elect);
      const what = `${elect ? 'the election' : 'the withdrawal of the election'} of ${inWords(record.effectiveOn as CalendarDate)}`;
      if (replayed === 'changed' || replayed === 'answers') {
        const { status, again, error } = sentBefore(replayed, what, '/register/kept-at', elect ? 'another election' : 'another withdrawal');
        giveFormToken(req, res, 'central-register', again);
        return shown(status, [error]);
      }
      req.session.flash = `${replayed ? `${ALREADY_RECORDED} ` : ''}${what[0]!.toUpperCase()}${what.slice(1)} is recorded.`;
      res.redirect(303, '/register/kept-at');
    } catch (error) {
      await shown(422, refusalErrors(error, FIELD_OF, 'effectiveOn', PLAIN));
    }
  }

  /** Where the register is kept today, every change, and the form's answers and problems. */
  private async view(values: Form, errors: FieldError[]) {
    const position = await this.elections.read(await this.company.companyId(), today());
    return {
      title: 'Where the register of members is kept',
      position,
      changes: position.history.map((c) => ({ ...c, words: CHANGE_WORDS[c.change] ?? c.change })),
      from: CENTRAL_REGISTER_OPTION_FROM,
      removedOn: CENTRAL_REGISTER_OPTION_REMOVED_ON,
      lastDay: addDays(CENTRAL_REGISTER_OPTION_REMOVED_ON, -1),
      values,
      errors,
      fieldErrors: errorsByField(errors),
    };
  }
}
