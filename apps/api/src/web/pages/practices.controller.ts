import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { CalendarDate } from '#domain';
import { NetworksService } from '../../alliance/networks.service';
import { Roles } from '../../auth/roles';
import { AppError } from '../../common/app-error';
import { today } from '../../common/today';
import { AdmitPracticeDto, ChangePracticeDto, ClosePracticeDto } from '../../practices/dto/practice.dto';
import { PracticesService } from '../../practices/practices.service';
import { asAtOf, asDto, errorsByField, filled, refusalErrors, WebCompany, WebPages, type FieldError } from '../web-page';
import { FormFields } from '../form-fields';
import { ALREADY_RECORDED, FORM_TOKEN_REFUSED, formKey, giveFormToken, sentBefore } from '../form-token';
import type { WebRequest } from '../web-session';
import { inWords } from '../view-filters';
import { QueryTakes } from '../page-query';

type Form = Record<string, string | undefined>;

/** Which form field each DTO field and refusal concerns. */
const FIELD_OF: Record<string, string> = {
  odsCode: 'odsCode', name: 'name', address: 'address', networkId: 'networkId', on: 'on', practiceId: 'odsCode',
  effectiveOn: 'effectiveOn', reason: 'reason', successorPracticeId: 'successorPracticeId',
  PRACTICE_ALREADY_LISTED: 'odsCode', ALREADY_RECORDED: 'odsCode', PRACTICE_ALREADY_IN_A_NETWORK: 'networkId', NOT_FOUND: 'networkId',
  PRACTICE_SUCCESSOR_INVALID: 'successorPracticeId', PRACTICE_CLOSED: 'effectiveOn', PRACTICE_UNKNOWN: 'effectiveOn',
  EVENT_PREDATES_DEPENDENCY: 'effectiveOn', INVALID_DATE: 'on',
};

/** What to do about a field the DTO refused, in the form's words. */
const PLAIN: Record<string, string> = {
  odsCode: 'Enter the ODS code: 3 to 10 capital letters and digits, such as F84001',
  name: 'Enter the practice’s name',
  address: 'Enter the practice’s address',
  on: 'Enter the date the practice joins the list',
  effectiveOn: 'Enter the date the change takes effect',
  reason: 'Choose why the practice ceases',
  successorPracticeId: 'Choose the practice that carries it on',
};

/**
 * The borough's list of GP practices as at a date (every role), and the secretary's forms: admit a
 * practice to the list (RM-1), change its particulars (RM-3), close or merge it (SH-5). Each form goes
 * to `PracticesService`, as the API's routes do, through the API's DTOs.
 */
@Controller('practices')
@WebPages()
export class PracticesPagesController {
  constructor(
    private readonly company: WebCompany,
    private readonly practices: PracticesService,
    private readonly networks: NetworksService,
  ) {}

  @Get()
  @QueryTakes('asAt')
  async list(@Query('asAt') asAtQuery: unknown, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    giveFormToken(req, res, 'practices');
    // The date it joins the list is left for the secretary to give, as the API requires it: never today unasked.
    res.render('practices.njk', await this.listView(asAtOf(asAtQuery), {}, []));
  }

  @Post()
  @FormFields('odsCode', 'name', 'address', 'networkId', 'on')
  @Roles('secretary')
  async admit(@Body() body: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const companyId = await this.company.companyId();
    const key = formKey(req, 'practices');
    giveFormToken(req, res, 'practices');
    if (key === null) return void res.status(400).render('practices.njk', await this.listView(today(), body, [FORM_TOKEN_REFUSED]));
    try {
      const dto = await asDto(AdmitPracticeDto, { odsCode: filled(body.odsCode)?.toUpperCase(), name: filled(body.name), address: filled(body.address), networkId: filled(body.networkId), on: filled(body.on) });
      const { record: admitted, replayed } = await this.practices.admit(companyId, dto, req.caller!, key);
      if (replayed === 'changed' || replayed === 'answers') {
        const { status, again, error } = sentBefore(replayed, `${admitted.name} (${admitted.odsCode}) joining the list`, `/practices/${encodeURIComponent(admitted.practiceId)}`, 'another practice');
        giveFormToken(req, res, 'practices', again);
        return void res.status(status).render('practices.njk', await this.listView(today(), body, [error]));
      }
      req.session.flash = `${replayed ? `${ALREADY_RECORDED} ` : ''}${admitted.name} (${admitted.odsCode}) is on the list of practices from ${inWords(admitted.admittedOn ?? dto.on)}: it may now be allotted a share.`;
      res.redirect(303, `/practices?asAt=${admitted.admittedOn ?? dto.on}`);
    } catch (error) {
      res.status(422).render('practices.njk', await this.listView(today(), body, refusalErrors(error, FIELD_OF, 'odsCode', PLAIN)));
    }
  }

  @Get(':practiceId')
  @QueryTakes('asAt')
  async practice(@Param('practiceId') practiceId: string, @Query('asAt') asAtQuery: unknown, @Res() res: Response): Promise<void> {
    res.render('practice.njk', await this.practiceView(practiceId, asAtOf(asAtQuery), { effectiveOn: today() }, null, []));
  }

  @Post(':practiceId/changes')
  @FormFields('name', 'address', 'effectiveOn')
  @Roles('secretary')
  async change(@Param('practiceId') practiceId: string, @Body() body: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    // RM-3: a change of particulars changes the name, the address or both; with neither typed there is nothing to compare.
    if (filled(body.name) === undefined && filled(body.address) === undefined) {
      const errors = [{ field: 'name', text: 'Enter a new name or a new address (or both)', href: '#change-name' }];
      res.status(422).render('practice.njk', await this.practiceView(practiceId, today(), body, 'change', errors));
      return;
    }
    await this.decide(practiceId, 'change', body, req, res, async (companyId) => {
      const dto = await asDto(ChangePracticeDto, { effectiveOn: filled(body.effectiveOn), name: filled(body.name), address: filled(body.address) });
      const changed = await this.practices.change(companyId, practiceId, dto, req.caller!);
      return `Particulars of ${changed.name} changed from ${inWords(dto.effectiveOn)}${changed.memberId ? '; its entry on the register of members shows them from that day' : ''}.`;
    });
  }

  @Post(':practiceId/closure')
  @FormFields('reason', 'successorPracticeId', 'effectiveOn')
  @Roles('secretary')
  async close(@Param('practiceId') practiceId: string, @Body() body: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    await this.decide(practiceId, 'closure', body, req, res, async (companyId) => {
      const dto = await asDto(ClosePracticeDto, { effectiveOn: filled(body.effectiveOn), reason: filled(body.reason), successorPracticeId: filled(body.successorPracticeId) });
      await this.practices.close(companyId, practiceId, dto, req.caller!);
      return `The practice ceases on ${inWords(dto.effectiveOn)}. A share it holds is listed on the home page as a duty until it leaves the practice.`;
    });
  }

  private async decide(practiceId: string, form: 'change' | 'closure', body: Form, req: WebRequest, res: Response, write: (companyId: string) => Promise<string>) {
    const companyId = await this.company.companyId();
    try {
      req.session.flash = await write(companyId);
      res.redirect(303, `/practices/${encodeURIComponent(practiceId)}?asAt=${filled(body.effectiveOn) ?? today()}`);
    } catch (error) {
      const errors = refusalErrors(error, { ...FIELD_OF, on: 'effectiveOn', INVALID_DATE: 'effectiveOn' }, 'effectiveOn', PLAIN);
      // The two forms' date, name and address fields have ids of their own on the page.
      const href = (field: string) => (['name', 'address', 'effectiveOn'].includes(field) ? `#${form === 'change' ? 'change' : 'closure'}-${field}` : `#${field}`);
      res.status(422).render('practice.njk', await this.practiceView(practiceId, today(), body, form, errors.map((e) => ({ ...e, href: href(e.field) }))));
    }
  }

  private async listView(asAt: string, values: Form, errors: FieldError[]) {
    const companyId = await this.company.companyId();
    const practices = await this.practices.list(companyId, asAtOf(asAt));
    const networks = (await this.networks.asAt(companyId, today())).networks;
    return {
      title: 'GP practices',
      asAt,
      practices,
      names: Object.fromEntries(practices.map((p) => [p.practiceId, p.name])),
      counts: { eligible: practices.filter((p) => p.eligible).length, closed: practices.filter((p) => p.closedOn !== null).length },
      values,
      errors,
      fieldErrors: errorsByField(errors),
      networkItems: [{ value: '', text: 'None' }, ...networks.map((n) => ({ value: n.networkId, text: n.name }))],
    };
  }

  private async practiceView(practiceId: string, asAt: string, values: Form, form: 'change' | 'closure' | null, errors: FieldError[]) {
    const companyId = await this.company.companyId();
    const all = await this.practices.list(companyId, asAtOf(asAt));
    const latest = await this.practices.list(companyId, '9999-12-31' as CalendarDate);
    const practice = all.find((p) => p.practiceId === practiceId) ?? latest.find((p) => p.practiceId === practiceId);
    if (!practice) throw AppError.notFound('practice', { practiceId });
    const successor = practice.successorPracticeId === null ? undefined : latest.find((p) => p.practiceId === practice.successorPracticeId);
    return {
      title: practice.name,
      asAt,
      practice,
      // The forms are for a practice not yet ceased, though the page is as at a day before its closure.
      ceased: latest.find((p) => p.practiceId === practiceId)?.closedOn != null,
      // The practice it passed to, by name and ODS code as the list shows it.
      successorName: successor === undefined ? practice.successorPracticeId : `${successor.name} (${successor.odsCode})`,
      values,
      form,
      errors,
      fieldErrors: errorsByField(errors),
      // Every practice by id, for a successor chosen that the list no longer offers: the form comes back with it chosen.
      practiceNames: Object.fromEntries(latest.map((p) => [p.practiceId, `${p.name} (${p.odsCode})`])),
      successorItems: [{ value: '', text: 'None' }, ...all.filter((p) => p.practiceId !== practiceId && p.closedOn === null).map((p) => ({ value: p.practiceId, text: `${p.name} (${p.odsCode})` }))],
    };
  }
}
