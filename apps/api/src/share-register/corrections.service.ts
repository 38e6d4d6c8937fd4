import { Injectable } from '@nestjs/common';
import { checkArticlesAuthority, checkCorrection, checkCorrectionKeepsMemberRecords, governanceSettings, correctedShareEvents, dateOfInstant, replacementNeedingAuthority, type CalendarDate, type ChainedLedgerRecord, type Company, type Holder, type ShareCorrection, type ShareEvent, type ShareMovement } from '#domain';
import type { Caller } from '../auth/roles';
import { AppError } from '../common/app-error';
import { CompaniesService } from '../companies/companies.service';
import { GovernanceRecords } from '../governance/governance-records';
import { shareRegisterFamily } from '../ledger/codecs/share-register.codec';
import { shareCorrectionsFamily } from '../ledger/codecs/share-records.codec';
import { Ledger, type CompanyWrite } from '../ledger/ledger';
import { shareCorrections } from '../ledger/share-events-in-force';
import type { CorrectedShareEventDto, CreateCorrectionDto } from './dto/correction.dto';
import type { HolderDto } from './dto/holder.dto';
import { RegisterStore } from './register.store';
import { buildProjection } from './register-writer';
import { ShareEventsService } from './share-events.service';

/**
 * Correcting entries of the register of members (RM-3, RM-4, SR-4): a new ledger entry voids an
 * earlier share entry, optionally putting a corrected one in its place. The original stays in the
 * ledger; the register, as at every date, is folded with the correction; `knownAt` before it shows
 * the register as it stood. The projection is rebuilt from the corrected fold in the same write.
 */
@Injectable()
export class CorrectionsService {
  constructor(
    private readonly ledger: Ledger,
    private readonly companies: CompaniesService,
    private readonly store: RegisterStore,
    private readonly shares: ShareEventsService,
    private readonly governance: GovernanceRecords,
  ) {}

  correct(companyId: string, dto: CreateCorrectionDto, caller: Caller): Promise<ChainedLedgerRecord> {
    return this.ledger.writeForCompany(companyId, caller.name, async (write) => {
      const { em } = write;
      const company = await this.companies.get(companyId, em);
      const events: ShareEvent[] = [];
      for await (const e of this.ledger.events(em, companyId, shareRegisterFamily)) events.push(e);
      const corrections = await shareCorrections(this.ledger, em, companyId);
      const corrected = correctedShareEvents(events, corrections).find((e) => e.eventId === String(dto.correctsSequence));
      const eventId = String(write.nextSequence);
      const correction: ShareCorrection = {
        type: 'correction',
        eventId,
        effectiveOn: dateOfInstant(write.recordedAt),
        recordedAt: write.recordedAt,
        correctsEventId: String(dto.correctsSequence),
        reason: dto.reason,
        courtOrderReference: dto.courtOrderReference ?? null,
        replacement: dto.replacement ? await this.replacement(write, company, dto.replacement, eventId, corrected) : null,
      };
      checkCorrection(company, events, corrections, correction);
      const inForceAfter = correctedShareEvents(events, [...corrections, correction]);
      // SR-4 with MA-1 / WR-2: the register as corrected still shows every member whose vote, agreement,
      // presence or chair a governance record counted, on that day, as a share change must
      // (`checkNotBeforeMemberResponses`), and the written resolutions' eligible members are unchanged.
      const { resolutions, meetings, references } = await this.governance.load(em, companyId);
      const records = { resolutions: resolutions.values(), meetings: meetings.values() };
      checkCorrectionKeepsMemberRecords(company, correctedShareEvents(events, corrections), inForceAfter, records, { sequence: dto.correctsSequence, recordedOn: correction.effectiveOn }, references);
      const needing = replacementNeedingAuthority(correction);
      if (needing !== null) await this.checkAuthority(write, needing);
      const appended = await write.append(shareCorrectionsFamily.encode(correction));
      await this.store.replace(em, companyId, buildProjection(company, inForceAfter));
      return appended;
    });
  }

  /**
   * SR-1, SR-2, SR-4: the entry a correction puts in place, where it needs one
   * (`replacementNeedingAuthority`), rests on an authority as one recorded directly does. A buy-back or
   * reduction needs the members' resolution the articles require, naming the share and passed by its
   * date without the seller's votes (s.694–695); any resolution the entry names must authorise it
   * (`checkArticlesAuthority`).
   */
  private async checkAuthority(write: CompanyWrite, replacement: ShareMovement): Promise<void> {
    const resolution = replacement.authorisedBy ? (await this.governance.load(write.em, write.companyId)).resolutions.get(replacement.authorisedBy) : null;
    if (replacement.authorisedBy && !resolution) throw AppError.notFound('resolution', { authorisedBy: replacement.authorisedBy });
    checkArticlesAuthority(replacement, resolution ?? null, governanceSettings(write.governanceOverrides));
  }

  /** The corrected event from the request, its holders resolved as the share routes resolve them. */
  private async replacement(
    write: CompanyWrite,
    company: Company,
    dto: CorrectedShareEventDto,
    eventId: string,
    corrected: ShareEvent | undefined,
  ): Promise<ShareEvent> {
    const base = {
      eventId,
      effectiveOn: dto.effectiveOn,
      recordedAt: write.recordedAt,
      authorisedBy: dto.authorisedBy ?? (corrected?.type === dto.type ? (corrected.authorisedBy ?? null) : null),
      shareNumber: dto.shareNumber,
    };
    switch (dto.type) {
      case 'allotment': {
        const holder = await this.holderOf(write, company, dto.holder ?? needed('holder', 'an allotment'), dto.effectiveOn, corrected?.type === 'allotment' ? corrected.holder : undefined);
        return {
          type: 'allotment',
          ...base,
          shareClass: company.articles.shareClass,
          nominalPence: company.articles.nominalValuePence,
          paidUpPence: dto.paidUpPence ?? company.articles.nominalValuePence,
          holder,
          ...(corrected?.type === 'allotment' && corrected.subscriber ? { subscriber: true } : {}),
        };
      }
      case 'transfer': {
        const to = await this.holderOf(write, company, dto.to ?? needed('to', 'a transfer'), dto.effectiveOn, corrected?.type === 'transfer' ? corrected.to : undefined);
        const lodgedOn = dto.lodgedOn ?? (corrected?.type === 'transfer' ? corrected.lodgedOn : dto.effectiveOn);
        return { type: 'transfer', ...base, fromMemberId: dto.fromMemberId ?? needed('fromMemberId', 'a transfer'), to, lodgedOn };
      }
      case 'cancellation':
        return {
          type: 'cancellation',
          ...base,
          memberId: dto.memberId ?? needed('memberId', 'a cancellation'),
          reason: dto.reason ?? needed('reason', 'a cancellation'),
          note: dto.note ?? null,
          ...(corrected?.type === 'cancellation' && corrected.solvencyStatementOn !== undefined ? { solvencyStatementOn: corrected.solvencyStatementOn } : {}),
          ...(corrected?.type === 'cancellation' && corrected.courtOrderReference !== undefined ? { courtOrderReference: corrected.courtOrderReference } : {}),
          ...forfeitureNotice(dto.forfeitureNoticeOn ?? (corrected?.type === 'cancellation' ? corrected.forfeitureNoticeOn : undefined)),
          // SH-4: a buy-back corrected as a buy-back keeps the price recorded.
          ...(corrected?.type === 'cancellation' && corrected.reason === 'buy-back' && dto.reason === 'buy-back' && corrected.pricePence !== undefined ? { pricePence: corrected.pricePence } : {}),
        };
    }
  }

  /**
   * SR-4: the holder a corrected entry names. The holder the corrected entry named, by the same practice,
   * name and address, is that same member (its id and member row, its certificates, its page), not a new
   * one: a correction that puts a transfer's date right keeps the transferee's entry. Other names are
   * another member, entered as the share routes enter a holder.
   */
  private async holderOf(write: CompanyWrite, company: Company, dto: HolderDto, on: CalendarDate, before: Holder | undefined): Promise<Holder> {
    if (before === undefined || dto.memberId !== undefined || dto.practiceId === undefined || dto.practiceId !== before.practiceId) {
      return this.shares.resolveHolder(write, company, dto, on);
    }
    const holder = await this.shares.resolveHolder(write, company, dto, on, { enter: false });
    const same = holder.name === before.name && holder.address === before.address && JSON.stringify(holder.jointHolders ?? null) === JSON.stringify(before.jointHolders ?? null);
    if (same) return { ...holder, memberId: before.memberId };
    await this.shares.enterMember(write, company.id, holder);
    return holder;
  }
}

function needed(field: string, what: string): never {
  throw new AppError('VALIDATION_FAILED', `the corrected entry, ${what}, needs ${field}`, [{ field: `replacement.${field}`, problems: [`${field} is required for ${what}`] }]);
}

function forfeitureNotice(on: CalendarDate | undefined): { forfeitureNoticeOn?: CalendarDate } {
  return on === undefined ? {} : { forfeitureNoticeOn: on };
}
