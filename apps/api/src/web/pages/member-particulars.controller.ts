import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../../auth/roles';
import { AppError } from '../../common/app-error';
import { today } from '../../common/today';
import { ChangeMemberParticularsDto } from '../../practices/dto/practice.dto';
import { ParticularsService } from '../../share-register/particulars.service';
import { RegisterService } from '../../share-register/register.service';
import { asDto, errorsByField, filled, refusalErrors, WebCompany, WebPages, type FieldError } from '../web-page';
import { FormFields } from '../form-fields';
import type { WebRequest } from '../web-session';
import { inWords } from '../view-filters';
import { QueryTakes } from '../page-query';

type Form = Record<string, string | undefined>;

const FIELD_OF: Record<string, string> = {
  effectiveOn: 'effectiveOn', name: 'name', address: 'address', jointHolders: 'jointHolders',
  MEMBER_NOT_CURRENT: 'effectiveOn', EVENT_PREDATES_DEPENDENCY: 'effectiveOn', INVALID_DATE: 'effectiveOn',
  MEMBER_NOT_ON_REGISTER: 'effectiveOn', NOT_FOUND: 'effectiveOn',
};

const PLAIN: Record<string, string> = {
  effectiveOn: 'Enter the date the new particulars take effect',
  name: 'Keep the name to 300 characters, or leave it blank',
  address: 'Keep the address to 500 characters, or leave it blank',
  jointHolders: 'Put each other joint holder on a line of its own, at most 20',
};

/**
 * A member's new name, address or joint holders from a date (RM-3, RM-2), secretary only, through
 * `ParticularsService` as the API's `POST …/members/:memberId/particulars` does.
 */
@Controller('register/members/:memberId/particulars')
@WebPages()
@Roles('secretary')
export class MemberParticularsPagesController {
  constructor(
    private readonly company: WebCompany,
    private readonly register: RegisterService,
    private readonly particulars: ParticularsService,
  ) {}

  @Get()
  @QueryTakes()
  async form(@Param('memberId') memberId: string, @Res() res: Response): Promise<void> {
    res.render('member-particulars.njk', await this.view(memberId, { effectiveOn: today() }, []));
  }

  @Post()
  @FormFields('name', 'address', 'jointHolders', 'soleHolder', 'effectiveOn')
  async change(@Param('memberId') memberId: string, @Body() body: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const companyId = await this.company.companyId();
    try {
      const joint = filled(body.jointHolders);
      const dto = await asDto(ChangeMemberParticularsDto, {
        effectiveOn: filled(body.effectiveOn),
        name: filled(body.name),
        address: filled(body.address),
        jointHolders: body.soleHolder === 'yes' ? [] : joint === undefined ? undefined : joint.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== ''),
      });
      await this.particulars.change(companyId, memberId, dto, req.caller!);
      req.session.flash = `New particulars recorded from ${inWords(dto.effectiveOn)}; the register shows the old ones before that day.`;
      res.redirect(303, `/register/members/${encodeURIComponent(memberId)}?asAt=${dto.effectiveOn}`);
    } catch (error) {
      res.status(422).render('member-particulars.njk', await this.view(memberId, body, refusalErrors(error, FIELD_OF, 'effectiveOn', PLAIN)));
    }
  }

  private async view(memberId: string, values: Form, errors: FieldError[]) {
    const companyId = await this.company.companyId();
    const all = await this.register.read(companyId, { asAt: today(), knownAt: null, status: 'all', limit: 100_000, offset: 0, cursor: null });
    const member = all.entries.find((e) => e.memberId === memberId);
    if (!member) throw AppError.notFound('member', { memberId });
    return { title: `Change the particulars of ${member.name}`, member, values, errors, fieldErrors: errorsByField(errors) };
  }
}
