import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { certificateLabel } from '#domain';
import { Roles } from '../../auth/roles';
import { AppError } from '../../common/app-error';
import { today } from '../../common/today';
import { CertificateReportService } from '../../reports/certificate-report.service';
import { parseCertificateNumber } from '../../reports/certificate-report.controller';
import { send } from '../../reports/reports.controller';
import { certificateResponse } from '../../share-register/certificates.controller';
import { CertificatesService } from '../../share-register/certificates.service';
import { IssueCertificateDto, ReplaceCertificateDto } from '../../share-register/dto/certificate.dto';
import { RegisterService } from '../../share-register/register.service';
import { asDto, errorsByField, filled, refusalErrors, WebCompany, WebPages, type FieldError } from '../web-page';
import { FormFieldsBy } from '../form-fields';
import type { WebRequest } from '../web-session';
import { QueryTakes } from '../page-query';

type Form = Record<string, string | undefined>;
type Kind = 'issue' | 'replacement';

const FIELD_OF: Record<string, string> = {
  shareNumber: 'shareNumber', issuedOn: 'issuedOn', reason: 'reason', indemnityReceivedOn: 'indemnityReceivedOn',
  CERTIFICATE_ALREADY_ISSUED: 'shareNumber', CERTIFICATE_SHARE_NOT_HELD: 'shareNumber', NO_CERTIFICATE_TO_REPLACE: 'shareNumber', CERTIFICATE_NOT_IN_FORCE: 'shareNumber', SHARE_NOT_ISSUED: 'shareNumber',
  CERTIFICATE_ISSUED_BEFORE_HOLDING: 'issuedOn', INVALID_DATE: 'issuedOn',
  INDEMNITY_AFTER_REPLACEMENT: 'indemnityReceivedOn',
};

const PLAIN: Record<string, string> = {
  shareNumber: 'Choose the share whose certificate it is',
  issuedOn: 'Enter the date the certificate was issued',
  reason: 'Choose whether the certificate was lost or defaced',
  indemnityReceivedOn: 'Enter the date the holder’s indemnity was received',
};

/**
 * The certificate register (SH-2, SR-3) for every role, with each certificate's PDF as issued; the
 * secretary records a certificate issued and issues a replacement for a lost or defaced one, through
 * `CertificatesService` as the API does.
 */
@Controller('certificates')
@WebPages()
export class CertificatesPagesController {
  constructor(
    private readonly company: WebCompany,
    private readonly certificates: CertificatesService,
    private readonly pdfs: CertificateReportService,
    private readonly register: RegisterService,
  ) {}

  @Get()
  @QueryTakes()
  async list(@Res() res: Response): Promise<void> {
    res.render('certificates.njk', await this.view({ issuedOn: today() }, null, []));
  }

  @Get(':certificateNumber/certificate.pdf')
  @QueryTakes()
  async pdf(@Param('certificateNumber') number: string, @Res({ passthrough: true }) res: Response) {
    return send(res, await this.pdfs.certificate(await this.company.companyId(), parseCertificateNumber(number)));
  }

  @Post(':kind')
  @FormFieldsBy('kind', { issue: ['shareNumber', 'issuedOn'], replacement: ['replacesCertificate', 'reason', 'indemnityReceivedOn', 'issuedOn'] })
  @Roles('secretary')
  async record(@Param('kind') kindParam: string, @Body() body: Form, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    const kind = (['issue', 'replacement'] as const).find((k) => k === kindParam);
    if (!kind) throw new AppError('ROUTE_NOT_FOUND', `no certificate form ${kindParam}`);
    const companyId = await this.company.companyId();
    try {
      // A replacement names the certificate it replaces (its share follows): the same form sent twice replaces it once.
      const replaced = kind === 'replacement' ? await this.certificateChosen(companyId, filled(body.replacesCertificate)) : null;
      const text = filled(body.shareNumber);
      const shareNumber = replaced?.shareNumber ?? (text !== undefined && /^\d{1,9}$/.test(text) ? Number(text) : null);
      if (shareNumber === null || shareNumber < 1) throw new AppError('VALIDATION_FAILED', 'no share chosen', [{ field: 'shareNumber', problems: ['choose a share'] }]);
      const entry =
        kind === 'issue'
          ? await this.certificates.issue(companyId, shareNumber, (await asDto(IssueCertificateDto, { issuedOn: filled(body.issuedOn) })).issuedOn, req.caller!)
          : await this.certificates.replace(
              companyId,
              shareNumber,
              await asDto(ReplaceCertificateDto, { reason: filled(body.reason), indemnityReceivedOn: filled(body.indemnityReceivedOn), issuedOn: filled(body.issuedOn), replacesCertificate: replaced?.certificateNumber }),
              req.caller!,
            );
      const number = (entry.payload as { certificateNumber: number }).certificateNumber;
      const label = certificateLabel(number);
      req.session.flash = kind === 'issue' ? `Certificate ${label} recorded as issued for share No. ${shareNumber}.` : `Replacement certificate ${label} issued for share No. ${shareNumber}; the certificate it replaces is cancelled.`;
      res.redirect(303, '/certificates');
    } catch (error) {
      // The replacement form names a certificate, not a share: its share's errors belong beside that field.
      const errors = refusalErrors(error, FIELD_OF, 'shareNumber', PLAIN)
        .map((e) => (kind === 'replacement' && e.field === 'shareNumber' ? { ...e, field: 'replacesCertificate' } : e))
        .map((e) => ({ ...e, href: `#${kind}-${e.field}` }));
      res.status(422).render('certificates.njk', await this.view(body, kind, errors));
    }
  }

  /** The certificate a replacement form names, by number; a missing or unknown one is a field error. */
  private async certificateChosen(companyId: string, text: string | undefined) {
    const chosen = text !== undefined && /^\d{1,9}$/.test(text) ? (await this.certificates.list(companyId)).find((c) => c.certificateNumber === Number(text)) : undefined;
    if (!chosen) throw new AppError('VALIDATION_FAILED', 'no certificate chosen', [{ field: 'replacesCertificate', problems: ['choose the certificate to replace'] }]);
    return chosen;
  }

  private async view(values: Form, kind: Kind | null, errors: FieldError[]) {
    const companyId = await this.company.companyId();
    const certificates = (await this.certificates.list(companyId)).map(certificateResponse).reverse();
    const members = (await this.register.read(companyId, { asAt: today(), knownAt: null, status: 'current', limit: 100_000, offset: 0, cursor: null })).entries;
    // SH-2: a certificate is issued for a holding that has none in force; one that has is replaced (below), not issued twice.
    const certified = new Set(certificates.filter((c) => c.cancelledOn === null).map((c) => c.shareNumber));
    const shares = members
      .flatMap((m) => m.shares.map((s) => ({ shareNumber: s.shareNumber, name: m.name })))
      .filter((s) => !certified.has(s.shareNumber))
      .sort((a, b) => a.shareNumber - b.shareNumber);
    return {
      title: 'Certificate register',
      certificates,
      inForce: certificates.filter((c) => c.cancelledOn === null).length,
      kind,
      values,
      errors,
      fieldErrors: errorsByField(errors),
      shareItems: [{ value: '', text: 'Choose the share' }, ...shares.map((s) => ({ value: String(s.shareNumber), text: `No. ${s.shareNumber}: ${s.name}` }))],
      inForceItems: [{ value: '', text: 'Choose the certificate' }, ...certificates.filter((c) => c.cancelledOn === null).map((c) => ({ value: String(c.certificateNumber), text: certificateWords(c) }))],
      // Every certificate by number, for one chosen that is no longer in force: the form comes back with it chosen.
      certificateNames: Object.fromEntries(certificates.map((c) => [String(c.certificateNumber), certificateWords(c)])),
    };
  }
}

/** A certificate as the replacement form's list names it. */
function certificateWords(c: ReturnType<typeof certificateResponse>): string {
  return `${c.certificate}: share No. ${c.shareNumber}, ${c.holder.name}`;
}
