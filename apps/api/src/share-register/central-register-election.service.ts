import { Inject, Injectable } from '@nestjs/common';
import { centralRegisterAsAt, checkCentralRegisterEvent, registerOfMembers, type CalendarDate, type CentralRegisterEvent, type CentralRegisterPosition, type ChainedLedgerRecord } from '#domain';
import type { Caller } from '../auth/roles';
import { today } from '../common/today';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Em, Orm } from '../database/orm';
import { centralRegisterFamily } from '../ledger/codecs/central-register.codec';
import { FoldCache } from '../ledger/fold-cache';
import { Ledger } from '../ledger/ledger';
import { appendOnce, type Recorded, type RequestKey } from '../ledger/request-keys';
import { ShareLedgerCache } from '../ledger/share-ledger-cache';
import type { RecordCentralRegisterElectionDto } from './dto/central-register-election.dto';

/** Where the register of members' information is kept as at a day, as the API gives it (`electedOn` only while it is at Companies House). */
export function centralRegisterResponse(p: CentralRegisterPosition) {
  return {
    asAt: p.asAt,
    keptAt: p.keptAt,
    ...(p.electedOn === null ? {} : { electedOn: p.electedOn }),
    history: p.history.map((c) => ({ effectiveOn: c.effectiveOn, change: c.change, keptAt: c.keptAt, ...(c.assentedBy ? { assentedBy: [...c.assentedBy] } : {}) })),
  };
}

/** An election or withdrawal recorded, as the API answers it: what it did, from when, and its ledger entry's sequence and hash (hex SHA-256). */
export function centralRegisterEntryResponse(entry: ChainedLedgerRecord) {
  const event = centralRegisterFamily.decode(entry);
  const made = event.type === 'central-register-election-made';
  return {
    action: made ? ('elect' as const) : ('withdraw' as const),
    effectiveOn: event.effectiveOn,
    keptAt: made ? ('companies-house' as const) : ('company' as const),
    ...(made ? { assentedBy: [...event.assentedBy] } : {}),
    ledger: { sequence: entry.sequence, hash: entry.hash },
  };
}

/**
 * The option to keep the register of members' information at Companies House (CA 2006 ss.128A–128K;
 * RM-7) and its removal by ECCTA 2023 from 18 November 2025 (EC-6), as entries of the ledger's
 * `central-register.` family folded by the domain's `centralRegisterAsAt`.
 */
@Injectable()
export class CentralRegisterElectionService {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly ledger: Ledger,
    private readonly companies: CompaniesService,
    private readonly shareLedger: ShareLedgerCache,
    private readonly folds: FoldCache,
  ) {}

  /** Where the register of members' information is kept at the end of `asAt` (today by default), with the changes by then. */
  async read(companyId: string, asAt: CalendarDate = today()) {
    const em = this.orm.em.fork();
    await this.companies.get(companyId, em);
    return centralRegisterResponse(centralRegisterAsAt(await this.events(em, companyId), asAt));
  }

  /**
   * Records an election (s.128B) or its withdrawal (s.128J) once the domain's `checkCentralRegisterEvent`
   * accepts it against the members on the register on its day and the entries already recorded (422
   * `EVENT_BEFORE_INCORPORATION`, `DATED_AFTER_RECORDING`, `CENTRAL_REGISTER_OPTION_NOT_YET_IN_FORCE`, `CENTRAL_REGISTER_OPTION_REMOVED`,
   * `CENTRAL_REGISTER_ASSENT_MISSING`, `CENTRAL_REGISTER_ASSENT_NOT_MEMBER`; 409
   * `CENTRAL_REGISTER_ELECTION_IN_FORCE`, `CENTRAL_REGISTER_NO_ELECTION`; a refusal writes nothing),
   * once per `key`: a key answered before records nothing and gives the entry it recorded.
   * `everyMemberAssented` (the page's box): an election's assents are the members on the register on
   * its day, read in the same write, whatever `dto.assentedBy` says.
   */
  record(companyId: string, dto: RecordCentralRegisterElectionDto, caller: Caller, key?: RequestKey, everyMemberAssented = false): Promise<Recorded<ChainedLedgerRecord>> {
    return appendOnce(this.ledger, companyId, caller.name, key, async (write) => {
      const elect = dto.action === 'elect';
      const members = elect
        ? registerOfMembers(write.company, await this.shareLedger.eventsInForce(write.em, companyId), { asAt: dto.effectiveOn, status: 'current' }).entries.map((e) => ({ memberId: e.memberId, name: e.name }))
        : [];
      const assentedBy = everyMemberAssented ? members.map((m) => m.memberId) : (dto.assentedBy ?? []);
      const event: CentralRegisterEvent = elect
        ? { type: 'central-register-election-made', effectiveOn: dto.effectiveOn, assentedBy }
        : { type: 'central-register-election-withdrawn', effectiveOn: dto.effectiveOn };
      checkCentralRegisterEvent({ incorporatedOn: write.company.incorporatedOn, recordedAt: write.recordedAt, recorded: await this.events(write.em, companyId), event, members });
      return write.append(centralRegisterFamily.encode(event));
    });
  }

  /** The family's entries in the order recorded, folded once per process and extended by what is appended since. */
  private events(em: Em, companyId: string): Promise<readonly CentralRegisterEvent[]> {
    return this.folds.fold<readonly CentralRegisterEvent[], CentralRegisterEvent>(em, companyId, 'central-register', [centralRegisterFamily], [], (all, e) => [...all, e]);
  }
}
