import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { NoQuery } from '../common/no-query';
import { PositiveIntegerParam } from '../common/validation';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../openapi/api-route';
import { certificateLabel, type ShareCertificate } from '#domain';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles, type Caller } from '../auth/roles';
import { ledgerEntryResponse } from '../ledger/ledger-entry.mapper';
import { CertificatesService } from './certificates.service';
import { IssueCertificateDto, ReplaceCertificateDto } from './dto/certificate.dto';

@ApiTags('share register')
@ApiBearerAuth()
@Controller('api/companies/:companyId')
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  /** The certificate register: every certificate issued, with the date and reason of its cancellation. */
  @ApiRoute({ summary: 'Read the certificate register', description: 'The certificate register: every certificate issued, with the date and reason of its cancellation.' })
  @Get('certificates')
  async list(@Param('companyId') companyId: string, @Query() _query: NoQuery) {
    return { certificates: (await this.certificates.list(companyId)).map(certificateResponse) };
  }

  /** Records the certificate issued for the share's holding (s.769, s.776): it does the SH-2 duty. */
  @ApiRoute({ summary: 'Record a share certificate issued', description: 'Records the certificate issued for the share\'s holding (s.769, s.776): it does the SH-2 duty.' })
  @Post('shares/:shareNumber/certificates')
  @HttpCode(201)
  @Roles('secretary')
  async issue(
    @Param('companyId') companyId: string,
    @Param('shareNumber', PositiveIntegerParam) shareNumber: number,
    @Body() body: IssueCertificateDto,
    @CurrentCaller() caller: Caller,
  ) {
    return issuedResponse(await this.certificates.issue(companyId, shareNumber, body.issuedOn, caller));
  }

  /** Issues a replacement for a lost or defaced certificate (SR-3), marked as such; the old one is cancelled. */
  @ApiRoute({ summary: 'Issue a replacement certificate', description: 'Issues a replacement for a lost or defaced certificate (SR-3), marked as such; the old one is cancelled.' })
  @Post('shares/:shareNumber/certificates/replacement')
  @HttpCode(201)
  @Roles('secretary')
  async replace(
    @Param('companyId') companyId: string,
    @Param('shareNumber', PositiveIntegerParam) shareNumber: number,
    @Body() body: ReplaceCertificateDto,
    @CurrentCaller() caller: Caller,
  ) {
    return issuedResponse(await this.certificates.replace(companyId, shareNumber, body, caller));
  }
}

function issuedResponse(entry: Parameters<typeof ledgerEntryResponse>[0]) {
  const certificateNumber = (entry.payload as { certificateNumber: number }).certificateNumber;
  return { certificateNumber, certificate: certificateLabel(certificateNumber), ...ledgerEntryResponse(entry) };
}

export function certificateResponse(c: ShareCertificate) {
  return {
    certificateNumber: c.certificateNumber,
    certificate: certificateLabel(c.certificateNumber),
    shareNumber: c.shareNumber,
    holder: { memberId: c.holder.memberId, name: c.holder.name, address: c.holder.address },
    issuedOn: c.issuedOn,
    replacement: c.replacement && {
      replacesCertificate: c.replacement.replacesCertificate,
      replaces: certificateLabel(c.replacement.replacesCertificate),
      reason: c.replacement.reason,
      indemnityReceivedOn: c.replacement.indemnityReceivedOn,
    },
    cancelledOn: c.cancelledOn,
    cancellationReason: c.cancellationReason,
    ledgerSequence: Number(c.eventId),
  };
}
