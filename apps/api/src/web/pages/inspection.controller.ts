import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { CalendarDate } from '#domain';
import type { Response } from 'express';
import { Roles } from '../../auth/roles';
import { AppError } from '../../common/app-error';
import { today } from '../../common/today';
import { AnswerInspectionRequestDto, NameInspectionAppointmentDto, ReceiveInspectionRequestDto } from '../../officers/dto/inspection.dto';
import { InspectionService } from '../../officers/inspection.service';
import { asAtOf, asDto, errorsByField, filled, refusalErrors, WebCompany, WebPages, type FieldError } from '../web-page';
import { FormFields } from '../form-fields';
import type { WebRequest } from '../web-session';
import { ALREADY_RECORDED, FORM_TOKEN_REFUSED, formKey, formToken, sentBefore } from '../form-token';
import { inWords } from '../view-filters';
import { QueryTakes } from '../page-query';

type Form = Record<string, string | undefined>;

const FIELD_OF: Record<string, string> = {
  receivedOn: 'receivedOn', kind: 'kind', requesterName: 'requesterName', requesterAddress: 'requesterAddress', member: 'member', purpose: 'purpose',
  onwardRecipients: 'onwardName', 'onwardRecipients.0.name': 'onwardName', 'onwardRecipients.0.purpose': 'onwardPurpose',
  answeredOn: 'answer-on', answer: 'answer-answer', note: 'answer-note', ANSWER_BEFORE_REQUEST: 'answer-on', INVALID_REQUEST_ANSWER: 'answer-answer',
  namedOn: 'appointment-namedOn', on: 'appointment-on', from: 'appointment-from', until: 'appointment-until',
  INSPECTION_NOTICE_TOO_SHORT: 'appointment-on', INSPECTION_APPOINTMENT_INVALID: 'appointment-on',
  INSPECTION_REQUEST_ALREADY_ANSWERED: 'answer-request', INSPECTION_REQUEST_NOT_FOUND: 'answer-request', INSPECTION_REQUEST_ALREADY_RECORDED: 'requesterName',
};
const PLAIN: Record<string, string> = {
  receivedOn: 'Enter the date the request was received', kind: 'Choose inspect or a copy', requesterName: "Enter the requester's name",
  'answer-on': 'Enter the date it was answered', 'appointment-request': 'Choose the request', 'appointment-namedOn': 'Enter the date the notice was received',
  'appointment-on': 'Enter the day named for the inspection', 'appointment-from': 'Enter the time it starts, as 10:00', 'appointment-until': 'Enter the time it ends, as 12:00', 'answer-answer': 'Choose the answer', 'answer-request': 'Choose the request',
};

/** The log of requests to inspect or copy the register of members (IN-1…IN-6): deadlines in working days, answers, fees, the s.120 statement. */
@Controller('inspection')
@WebPages()
export class InspectionPagesController {
  constructor(
    private readonly company: WebCompany,
    private readonly inspection: InspectionService,
  ) {}

  @Get()
  @QueryTakes('asAt')
  async page(@Query('asAt') asAtQuery: unknown, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    res.render('inspection.njk', await this.view(asAtOf(asAtQuery), { receivedOn: today(), kind: 'inspect', onward: 'none', 'answer-on': today() }, [], req));
  }

  /** The same DTO and service as POST /api/…/inspection-requests: an invalid request is recorded too, and starts no clock. */
  @Post()
  @FormFields('receivedOn', 'kind', 'requesterName', 'requesterAddress', 'member', 'purpose', 'onward', 'onwardName', 'onwardPurpose')
  @Roles('secretary')
  async receive(@Body() f: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const key = formKey(req, 'inspection');
    if (key === null) return res.status(400).render('inspection.njk', await this.view(today(), f, [FORM_TOKEN_REFUSED], req));
    try {
      const onward = f.onward === 'some' ? [{ name: filled(f.onwardName), purpose: filled(f.onwardPurpose) }] : f.onward === 'none' ? [] : undefined;
      const dto = await asDto(ReceiveInspectionRequestDto, {
        receivedOn: filled(f.receivedOn), kind: filled(f.kind), requesterName: filled(f.requesterName), requesterAddress: filled(f.requesterAddress),
        member: f.member === 'yes', purpose: filled(f.purpose), ...(onward !== undefined ? { onwardRecipients: onward } : {}),
      });
      const { record: r, replayed } = await this.inspection.receiveOnce(await this.company.companyId(), dto, req.caller!, key);
      if (replayed === 'changed' || replayed === 'answers') {
        const { status, again, error } = sentBefore(replayed, `the request from ${r.requesterName} received on ${inWords(r.receivedOn)}`, '#requests', 'a new request');
        return res.status(status).render('inspection.njk', await this.view(today(), f, [error], req, again));
      }
      req.session.flash = (replayed ? `${ALREADY_RECORDED} ` : '') + (r.valid ? `Request from ${r.requesterName} recorded: answer by ${inWords(r.deadline)}.` : `Request from ${r.requesterName} recorded. It is not a valid request: ${r.problems.join('; ')}.`);
      res.redirect(303, '/inspection');
    } catch (error) {
      const errors = refusalErrors(error, FIELD_OF, 'requesterName', PLAIN);
      res.status(422).render('inspection.njk', await this.view(today(), f, errors, req));
    }
  }

  @Post('answer')
  @FormFields('answer-request', 'answer-on', 'answer-answer', 'answer-note')
  @Roles('secretary')
  async answer(@Body() f: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    await this.answerOne(filled(f['answer-request']) ?? '', f, req, res);
  }

  @Post(':requestId/answer')
  @FormFields('answer-on', 'answer-answer', 'answer-note')
  @Roles('secretary')
  async answerOne(@Param('requestId') id: string, @Body() f: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    try {
      const dto = await asDto(AnswerInspectionRequestDto, { answeredOn: filled(f['answer-on']), answer: filled(f['answer-answer']), note: filled(f['answer-note']) });
      const r = await this.inspection.answer(await this.company.companyId(), id, dto, req.caller!);
      req.session.flash = `Answer recorded for the request from ${r.requesterName}.`;
      res.redirect(303, '/inspection');
    } catch (error) {
      const errors = refusalErrors(error, FIELD_OF, 'answer-request', PLAIN);
      res.status(422).render('inspection.njk', await this.view(today(), f, errors, req));
    }
  }

  /** IN-5: the day and hours the requester named, through the same DTO and service as POST /api/…/inspection-requests/:id/appointment. */
  @Post('appointment')
  @FormFields('appointment-request', 'appointment-namedOn', 'appointment-on', 'appointment-from', 'appointment-until')
  @Roles('secretary')
  async appointment(@Body() f: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    try {
      const requestId = filled(f['appointment-request']);
      if (requestId === undefined) throw new AppError('VALIDATION_FAILED', 'no request chosen', [{ field: 'appointment-request', problems: ['choose the request'] }]);
      const dto = await asDto(NameInspectionAppointmentDto, { namedOn: filled(f['appointment-namedOn']), on: filled(f['appointment-on']), from: filled(f['appointment-from']), until: filled(f['appointment-until']) });
      const r = await this.inspection.nameAppointment(await this.company.companyId(), requestId, dto, req.caller!);
      req.session.flash = `${r.requesterName} inspects on ${inWords(dto.on)}, ${dto.from}–${dto.until}.`;
      res.redirect(303, '/inspection');
    } catch (error) {
      const errors = refusalErrors(error, FIELD_OF, 'appointment-request', PLAIN);
      res.status(422).render('inspection.njk', await this.view(today(), f, errors, req));
    }
  }

  /** The log as the caller may see it: the requester's address only for the secretary. */
  private async view(asAt: CalendarDate, values: Form, errors: FieldError[], req: WebRequest, again = false) {
    const requests = await this.inspection.list(await this.company.companyId(), asAt, req.caller?.role ?? 'auditor');
    const open = requests.filter((r) => r.answer === null);
    return {
      title: 'Inspection of the register',
      asAt,
      requests,
      openItems: [{ value: '', text: 'Choose' }, ...open.map((r) => ({ value: r.requestId, text: `${r.requesterName}, received ${inWords(r.receivedOn)}` }))],
      inspectItems: [{ value: '', text: 'Choose' }, ...open.filter((r) => r.kind === 'inspect' && r.valid).map((r) => ({ value: r.requestId, text: `${r.requesterName}, received ${inWords(r.receivedOn)}` }))],
      onceToken: formToken(req, 'inspection', again),
      values,
      errors,
      fieldErrors: errorsByField(errors),
    };
  }
}
