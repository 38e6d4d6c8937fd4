import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { CalendarDate } from '#domain';
import type { Response } from 'express';
import { Roles } from '../../auth/roles';
import { today } from '../../common/today';
import { ChangeParticularsDto, RecordPscStatementDto } from '../../officers/dto/particulars.dto';
import { ParticularsService as CompanyParticularsService } from '../../officers/particulars.service';
import { PscService } from '../../officers/psc.service';
import { asAtOf, asDto, errorsByField, filled, refusalErrors, wholeNumber, WebCompany, WebPages, type FieldError } from '../web-page';
import { FormFields } from '../form-fields';
import type { WebRequest } from '../web-session';
import { inWords } from '../view-filters';
import { QueryTakes } from '../page-query';

type Form = Record<string, string | undefined>;

const FIELD_OF: Record<string, string> = {
  effectiveOn: 'effectiveOn', companyNumber: 'companyNumber', registeredOffice: 'registeredOffice', registeredEmailAddress: 'registeredEmailAddress',
  accountingReferenceDate: 'referenceMonth', 'accountingReferenceDate.month': 'referenceMonth', 'accountingReferenceDate.day': 'referenceDay', sicCodes: 'sicCodes',
  INVALID_COMPANY_NUMBER: 'companyNumber', COMPANY_NUMBER_ALREADY_SET: 'companyNumber', INVALID_SIC_CODES: 'sicCodes', INVALID_REFERENCE_DAY: 'referenceDay',
  PARTICULARS_CHANGE_EMPTY: 'registeredOffice', PARTICULARS_UNCHANGED: 'registeredOffice', INVALID_DATE: 'effectiveOn',
};
const PSC_FIELD_OF: Record<string, string> = {
  madeOn: 'madeOn', DATED_AFTER_RECORDING: 'madeOn', EVENT_BEFORE_INCORPORATION: 'madeOn', INVALID_DATE: 'madeOn', PSC_NO_POSITION: 'madeOn', PSC_STATEMENT_ALREADY_RECORDED: 'madeOn',
};
const PLAIN: Record<string, string> = {
  madeOn: 'Enter the date the statement is made',
  effectiveOn: 'Enter the date the change takes effect',
  registeredEmailAddress: 'Enter an email address, like secretary@example.org',
  referenceMonth: 'Enter the month as a number from 1 to 12',
  referenceDay: 'Enter the day as a number from 1 to 31',
  sicCodes: 'Enter up to 4 SIC codes, separated by commas',
};

/** The company's particulars (FC-5) and its PSC position (EC-5) as at a date, with the secretary's form for a dated change of particulars. */
@Controller('company')
@WebPages()
export class CompanyPagesController {
  constructor(
    private readonly company: WebCompany,
    private readonly particulars: CompanyParticularsService,
    private readonly psc: PscService,
  ) {}

  @Get()
  @QueryTakes('asAt')
  async page(@Query('asAt') asAtQuery: unknown, @Res() res: Response): Promise<void> {
    res.render('company.njk', await this.view(asAtOf(asAtQuery), { effectiveOn: today() }, []));
  }

  /** The same DTO and service as POST /api/…/particulars: a new office raises AD01, a new reference date AA01. */
  @Post('particulars')
  @FormFields('effectiveOn', 'registeredOffice', 'registeredEmailAddress', 'referenceDay', 'referenceMonth', 'sicCodes', 'companyNumber')
  @Roles('secretary')
  async change(@Body() f: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    try {
      const month = wholeNumber(f.referenceMonth);
      const day = wholeNumber(f.referenceDay);
      const sic = filled(f.sicCodes);
      const dto = await asDto(ChangeParticularsDto, {
        effectiveOn: filled(f.effectiveOn), companyNumber: filled(f.companyNumber), registeredOffice: filled(f.registeredOffice),
        registeredEmailAddress: filled(f.registeredEmailAddress),
        ...(month !== undefined || day !== undefined ? { accountingReferenceDate: { month, day } } : {}),
        ...(sic !== undefined ? { sicCodes: sic.split(/[\s,]+/).filter(Boolean) } : {}),
      });
      const { pending } = await this.particulars.change(await this.company.companyId(), dto, req.caller!);
      // FC-5: a new office or reference date waits for its AD01 or AA01 (s.87(1), s.392(1)).
      const waiting = pending.map((p) => `the ${p.formCode === 'AD01' ? 'new registered office' : 'new accounting reference date'} is in force from the day its ${p.formCode} is recorded as filed`);
      req.session.flash = `Change of particulars recorded, from ${inWords(dto.effectiveOn)}${waiting.length ? `; ${waiting.join(', and ')}` : ''}.`;
      const first = pending.at(0);
      if (first !== undefined) req.session.flashLink = { href: filingHref(first), text: `Record the ${first.formCode} as filed` };
      res.redirect(303, '/company');
    } catch (error) {
      const errors = refusalErrors(error, FIELD_OF, 'registeredOffice', PLAIN);
      res.status(422).render('company.njk', await this.view(today(), f, errors));
    }
  }

  /**
   * EC-5, EC-2: the statement the company makes on `madeOn` (the same DTO and service as POST
   * /api/…/psc/statements). Recording a statement naming registrable persons says the company has their
   * confirmed particulars: the PSC01 falls due 14 days after it.
   */
  @Post('psc-statements')
  @FormFields('madeOn')
  @Roles('secretary')
  async recordPsc(@Body() f: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    try {
      const dto = await asDto(RecordPscStatementDto, { madeOn: filled(f.madeOn) });
      const made = await this.psc.record(await this.company.companyId(), dto.madeOn, req.caller!);
      req.session.flash = `PSC statement recorded, made on ${inWords(made.madeOn)}.`;
      res.redirect(303, '/company');
    } catch (error) {
      const errors = refusalErrors(error, PSC_FIELD_OF, 'madeOn', PLAIN);
      res.status(422).render('company.njk', await this.view(today(), { effectiveOn: today(), ...f }, errors));
    }
  }

  private async view(asAt: CalendarDate, values: Form, errors: FieldError[]) {
    const companyId = await this.company.companyId();
    return {
      title: 'Company particulars and PSC',
      asAt,
      p: await this.particulars.read(companyId, asAt),
      /** A waiting change's link to the Directors and filings form with its duty chosen (FC-5). */
      filingHref,
      // The number as recorded on any date: once known, the form offers no field for it, whatever the day viewed.
      knownNumber: (await this.particulars.read(companyId, '9999-12-31' as CalendarDate)).companyNumber,
      psc: await this.psc.read(companyId, asAt),
      values,
      errors,
      fieldErrors: errorsByField(errors),
    };
  }
}

/** The Directors and filings page with the AD01 or AA01 that puts a waiting change in force chosen in its filing form (FC-5). */
function filingHref(pending: { readonly formCode: string; readonly reference: string }): string {
  return `/directors?duty=${encodeURIComponent(`${pending.formCode.toLowerCase()}|${pending.reference}`)}#duty`;
}
