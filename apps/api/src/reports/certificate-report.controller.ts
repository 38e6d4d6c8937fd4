import { certificateNumberOfLabel } from '#domain';
import { BadRequestException, Controller, Get, Param, Query, Res } from '@nestjs/common';
import { NoQuery } from '../common/no-query';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../openapi/api-route';
import type { Response } from 'express';
import { CertificateReportService } from './certificate-report.service';
import { send } from './reports.controller';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/companies/:companyId/certificates')
export class CertificateReportController {
  constructor(private readonly certificates: CertificateReportService) {}

  /** A certificate of the certificate register as issued (`1` or `C-0001`), byte-identical on every download. */
  @ApiRoute({ summary: 'Download a certificate by its number (PDF)', description: 'A certificate of the certificate register as issued (`1` or `C-0001`), byte-identical on every download.' })
  @Get(':certificateNumber/certificate.pdf')
  @ApiProduces('application/pdf')
  async certificate(@Param('companyId') companyId: string, @Param('certificateNumber') number: string, @Query() _query: NoQuery, @Res({ passthrough: true }) res: Response) {
    return send(res, await this.certificates.certificate(companyId, parseCertificateNumber(number)));
  }
}

/** `12`, `0012` or `C-0012` → 12; anything else is a 400. */
export function parseCertificateNumber(text: string): number {
  const n = certificateNumberOfLabel(text);
  if (n === undefined) throw new BadRequestException('certificateNumber must be a certificate number such as 1 or C-0001');
  return n;
}
