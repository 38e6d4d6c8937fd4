import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { addDays, compareDates, DomainError, ECCTA_REGISTERS_END_ON, isRemovalOfDirector, type CalendarDate } from '#domain';
import type { Response } from 'express';
import { Roles } from '../../auth/roles';
import { AppError } from '../../common/app-error';
import { today } from '../../common/today';
import { DeadlinesService } from '../../governance/deadlines.service';
import { ResolutionsService } from '../../governance/resolutions.service';
import { AppointOfficerDto, ChangeOfficerParticularsDto, OfficerResignationDto, VerifyIdentityDto } from '../../officers/dto/officer.dto';
import { OfficerWarningsService } from '../../officers/officer-warnings.service';
import { OfficersService } from '../../officers/officers.service';
import { OfficersReportService } from '../../reports/officers-report.service';
import { send } from '../../reports/reports.controller';
import { DutySubjects } from '../duty-subjects';
import { asAtOf, asDto, errorsByField, filled, refusalErrors, WebCompany, WebPages, type FieldError } from '../web-page';
import { FormFields, FormFieldsBy } from '../form-fields';
import type { WebRequest } from '../web-session';
import { QueryTakes } from '../page-query';
import { inWords } from '../view-filters';
import { passedResolutionItems } from '../passed-resolution-items';
import { distinctLabels } from '../person-labels';

type Form = Record<string, string | undefined>;

/** The duties that notify Companies House of officers (EC-2). */
const OFFICER_DUTIES = new Set(['ap01', 'tm01', 'ch01', 'ap03', 'tm02', 'ch03']);

/** Form fields are prefixed by the form (`appoint-name`, `resign-resignedOn`…), so each form's errors sit beside its own fields. */
const FIELD_OF: Record<string, string> = {
  role: 'role', name: 'name', serviceAddress: 'serviceAddress', appointedOn: 'appointedOn', formerNames: 'formerNames', countryOfResidence: 'countryOfResidence',
  nationality: 'nationality', occupation: 'occupation', dateOfBirth: 'dateOfBirth', residentialAddress: 'residentialAddress', resignedOn: 'on', effectiveOn: 'on',
  verifiedOn: 'on', route: 'route', personalCode: 'personalCode',
  PERSONAL_DETAILS_MISSING: 'dateOfBirth', DIRECTOR_UNDER_MINIMUM_AGE: 'dateOfBirth', OFFICER_ALREADY_IN_OFFICE: 'officer', OFFICER_ALREADY_APPOINTED: 'name', OFFICER_NOT_IN_OFFICE: 'officer', OFFICER_NOT_FOUND: 'officer', NOT_FOUND: 'officer',
  CHANGE_BEFORE_APPOINTMENT: 'on', RESIGNATION_BEFORE_APPOINTMENT: 'on', EVENT_PREDATES_DEPENDENCY: 'on', VERIFICATION_NOT_FOR_DIRECTOR: 'officer', INVALID_DATE: 'on',
  IDENTITY_VERIFICATION_ALREADY_RECORDED: 'on', VERIFIED_BEFORE_VERIFICATION_BEGAN: 'on', removedBy: 'removedBy', REMOVAL_RESOLUTION_INVALID: 'removedBy', RESOLUTION_NOT_FOUND: 'removedBy',
};
/** For a secretary the director's fields are hidden under the Director choice: a refusal of them is shown beside the role, where it can be seen. */
const SECRETARY_FIELD_OF: Record<string, string> = { dateOfBirth: 'role', nationality: 'role', countryOfResidence: 'role', occupation: 'role' };
const PLAIN: Record<string, string> = {
  role: 'Choose director or secretary', name: 'Enter the full name', serviceAddress: 'Enter the service address', appointedOn: 'Enter the date of appointment',
  on: 'Enter a real date', route: 'Choose how the identity was verified', personalCode: 'Enter the personal code Companies House gave: 11 letters and digits', officer: 'Choose the officer',
};

const SECRETARY_PLAIN: Record<string, string> = Object.fromEntries(Object.entries(PLAIN).filter(([k]) => k !== 'role'));

/** What each form sends, and the service call it makes. */
const FORMS = ['appoint', 'resign', 'change', 'verify'] as const;

/** The fields of the forms that choose an officer (officers.njk), by the form the path names. */
const CHOSEN_FORM_FIELDS = {
  resign: ['officer', 'on', 'removedBy'],
  change: ['officer', 'on', 'name', 'serviceAddress', 'nationality', 'countryOfResidence', 'occupation', 'dateOfBirth', 'residentialAddress'],
  verify: ['officer', 'on', 'route', 'personalCode'],
} as const;
type FormName = (typeof FORMS)[number];

/**
 * Officers: directors and secretaries as at a date with their particulars (the secretary alone sees
 * residential address, full date of birth and personal code: the API's mapper decides), identity
 * verification warnings, the notification duties, the officers PDF, and the secretary's forms.
 */
@Controller('officers')
@WebPages()
export class OfficersPagesController {
  constructor(
    private readonly company: WebCompany,
    private readonly officers: OfficersService,
    private readonly warnings: OfficerWarningsService,
    private readonly deadlines: DeadlinesService,
    private readonly reports: OfficersReportService,
    private readonly subjects: DutySubjects,
    private readonly resolutions: ResolutionsService,
  ) {}

  @Get()
  @QueryTakes('asAt')
  async page(@Query('asAt') asAtQuery: unknown, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    res.render('officers.njk', await this.view(asAtOf(asAtQuery), req, {}, [], null));
  }

  @Get('officers.pdf')
  @QueryTakes('asAt')
  async pdf(@Query('asAt') asAt: unknown, @Res({ passthrough: true }) res: Response) {
    return send(res, await this.reports.officersReport(await this.company.companyId(), asAtOf(asAt)));
  }

  @Post()
  @FormFields('role', 'name', 'serviceAddress', 'appointedOn', 'dateOfBirth', 'nationality', 'countryOfResidence', 'occupation', 'residentialAddress', 'differentPerson')
  @Roles('secretary')
  appoint(@Body() f: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    return this.write('appoint', f, req, res, async (companyId) => {
      const director = f.role === 'director';
      // Every field as typed: a director's particulars given for a secretary are refused beside the field, not dropped.
      const dto = await asDto(AppointOfficerDto, {
        role: filled(f.role), name: filled(f.name), serviceAddress: filled(f.serviceAddress), appointedOn: filled(f.appointedOn),
        countryOfResidence: filled(f.countryOfResidence), nationality: filled(f.nationality), occupation: filled(f.occupation), dateOfBirth: filled(f.dateOfBirth),
        residentialAddress: filled(f.residentialAddress), differentPerson: f.differentPerson === 'yes' ? true : undefined,
      });
      const officer = await this.officers.appoint(companyId, dto, req.caller!);
      return `${officer.name} appointed ${officer.role} from ${inWords(officer.appointedOn)}. Companies House must be told (${director ? 'AP01' : 'AP03'}) within 14 days.`;
    });
  }

  @Post(':officerId/resignation')
  @FormFields(...CHOSEN_FORM_FIELDS.resign)
  @Roles('secretary')
  resign(@Param('officerId') id: string, @Body() f: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    return this.write('resign', f, req, res, async (companyId) => {
      const dto = await asDto(OfficerResignationDto, { resignedOn: filled(f.on), removedBy: filled(f.removedBy) });
      const officer = await this.officers.resign(companyId, id, dto, req.caller!);
      const removedBy = dto.removedBy === undefined ? null : (await this.resolutions.get(companyId, dto.removedBy)).reference;
      return `${officer.name} left office on ${inWords(dto.resignedOn)}${removedBy === null ? '' : `, removed by the members' resolution ${removedBy} (s.168)`}.`;
    });
  }

  @Post(':officerId/particulars')
  @FormFields(...CHOSEN_FORM_FIELDS.change)
  @Roles('secretary')
  change(@Param('officerId') id: string, @Body() f: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    return this.write('change', f, req, res, async (companyId) => {
      const dto = await asDto(ChangeOfficerParticularsDto, {
        effectiveOn: filled(f.on), name: filled(f.name), serviceAddress: filled(f.serviceAddress), countryOfResidence: filled(f.countryOfResidence),
        nationality: filled(f.nationality), occupation: filled(f.occupation), dateOfBirth: filled(f.dateOfBirth), residentialAddress: filled(f.residentialAddress),
      });
      const officer = await this.officers.changeParticulars(companyId, id, dto, req.caller!);
      return `${officer.name}'s particulars changed from ${inWords(dto.effectiveOn)}.`;
    });
  }

  @Post(':officerId/identity-verification')
  @FormFields(...CHOSEN_FORM_FIELDS.verify)
  @Roles('secretary')
  verify(@Param('officerId') id: string, @Body() f: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    return this.write('verify', f, req, res, async (companyId) => {
      const dto = await asDto(VerifyIdentityDto, { verifiedOn: filled(f.on), route: filled(f.route), personalCode: filled(f.personalCode) });
      const officer = await this.officers.verifyIdentity(companyId, id, dto, req.caller!);
      return `${officer.name}'s identity verification recorded.`;
    });
  }

  /** The resign, change and verify forms choose the officer in a select that posts to `/officers/choose/…`; the path names the form. */
  @Post('choose/:form')
  @FormFieldsBy('form', CHOSEN_FORM_FIELDS)
  @Roles('secretary')
  chosen(@Param('form') form: string, @Body() f: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const id = filled(f.officer) ?? '';
    if (form === 'resign') return this.resign(id, f, req, res);
    if (form === 'change') return this.change(id, f, req, res);
    if (form === 'verify') return this.verify(id, f, req, res);
    throw AppError.notFound('form', { form });
  }

  private async write(form: FormName, f: Form, req: WebRequest, res: Response, work: (companyId: string) => Promise<string>): Promise<void> {
    try {
      if (form !== 'appoint' && !filled(f.officer)) throw new FormRefusal();
      req.session.flash = await work(await this.company.companyId());
      res.redirect(303, '/officers');
    } catch (error) {
      const errors = (error instanceof FormRefusal ? [{ field: 'officer', text: PLAIN.officer!, href: '' }] : refusal(error, form, f)).map(
        (e) => ({ ...e, field: `${form}-${e.field}`, href: `#${form}-${e.field}` }),
      );
      res.status(422).render('officers.njk', await this.view(today(), req, f, errors, form));
    }
  }

  private async view(asAt: CalendarDate, req: WebRequest, values: Form, errors: FieldError[], form: FormName | null) {
    const companyId = await this.company.companyId();
    const officers = await this.officers.list(companyId, asAt, req.caller!.role);
    const { warnings } = await this.warnings.warnings(companyId, asAt);
    const calendar = (await this.deadlines.deadlines(companyId, { from: null, to: addDays(asAt, 365), asAt })).filter((d) => OFFICER_DUTIES.has(d.kind));
    const subjectOf = await this.subjects.of(companyId, calendar, asAt);
    const duties = calendar.map((d) => ({ ...d, subject: subjectOf(d) }));
    // Two officers of one name are told apart by the day of appointment (never the date of birth).
    const choose = (list: typeof officers) => {
      const labels = distinctLabels(list, (_, i) => list[i]!.role);
      return [{ value: '', text: 'Choose' }, ...list.map((o, i) => ({ value: o.officerId, text: labels[i]! }))];
    };
    return {
      title: 'Officers',
      asAt,
      officers: officers.map((o) => ({ ...o, verifiedThrough: o.identityVerification === null ? null : ROUTE_WORDS[o.identityVerification.route] })),
      warnings,
      duties,
      record: compareDates(asAt, ECCTA_REGISTERS_END_ON) >= 0,
      officerItems: choose(officers),
      directorItems: choose(officers.filter((o) => o.role === 'director')),
      // The forms are the secretary's alone: no one else's page reads the resolutions for them.
      removalItems: req.caller!.role === 'secretary' ? await this.removalItems(companyId) : [],
      forms: Object.fromEntries(FORMS.map((name) => [name, form === name ? values : name === 'appoint' ? { role: 'director', appointedOn: today() } : { on: today() }])),
      errors,
      fieldErrors: errorsByField(errors),
    };
  }

  /**
   * s.168: the members' resolutions passed by today that may remove a director and have removed none yet,
   * as the leaving-office form offers them; none but "resigned" when there is none.
   */
  private async removalItems(companyId: string) {
    const used = new Set((await this.officers.list(companyId, null, 'auditor')).map((o) => o.removedBy));
    const removals = (await this.resolutions.list(companyId)).filter((r) => isRemovalOfDirector(r) && !used.has(r.id));
    return passedResolutionItems(removals, 'No: they resigned, or left office otherwise');
  }
}

/**
 * EC-2: the name of an officer in office, with another date of birth: the refusal names that
 * appointment (the day in words, never the date of birth) beside the box to tick for a different person.
 */
function namesakeRefusal(error: DomainError): FieldError {
  const { officer, role, appointedOn } = (error.details ?? {}) as { officer?: string; role?: string; appointedOn?: string };
  const text = `${officer} has been a ${role} since ${inWords(appointedOn)}: if this is a different person of the same name, tick “This is a different person of the same name” and appoint again. Nothing was recorded`;
  return { field: 'differentPerson', text, href: '#differentPerson' };
}

/** The officer was not chosen: the form's own refusal, before any service is asked. */
class FormRefusal extends Error {}

/** How an identity was verified, in the words of the verification form. */
const ROUTE_WORDS: Record<string, string> = { 'companies-house': 'with Companies House', acsp: 'through an authorised agent (ACSP)' };

/**
 * A refusal's problems beside the form's fields; for a secretary's appointment, the director's hidden
 * fields are answered beside the role. A refusal naming the officer (a resignation clashing with a later
 * entry, dated before the appointment, or of someone no longer in office) is in the domain's words.
 */
function refusal(error: unknown, form: FormName, f: Form): FieldError[] {
  if (error instanceof DomainError && error.code === 'OFFICER_NAME_IN_OFFICE') return [namesakeRefusal(error)];
  if (form === 'appoint' && f.role === 'secretary') return refusalErrors(error, { ...FIELD_OF, ...SECRETARY_FIELD_OF }, 'name', SECRETARY_PLAIN);
  // An appointment dated before a written resolution of the directors it would change is refused beside its date.
  if (form === 'appoint') return refusalErrors(error, { ...FIELD_OF, EVENT_PREDATES_DEPENDENCY: 'appointedOn' }, 'name', PLAIN);
  // A removal dated before the meeting that passed its resolution: it is the day that is wrong, so the refusal is beside it.
  if (removalDatedBeforeMeeting(error)) return refusalErrors(error, { ...FIELD_OF, REMOVAL_RESOLUTION_INVALID: 'on' }, 'on', PLAIN);
  return refusalErrors(error, FIELD_OF, 'on', PLAIN);
}

function removalDatedBeforeMeeting(error: unknown): boolean {
  return error instanceof DomainError && error.code === 'REMOVAL_RESOLUTION_INVALID' && error.details?.reason === 'dated-before-meeting';
}
