import { addDays, LAWFUL_PURPOSE_STATEMENT_REQUIRED_FROM, type Duty } from '#domain';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { TokensService } from '../auth/tokens.service';
import { CompaniesService } from '../companies/companies.service';
import { SETTINGS, type Settings } from '../config/settings';
import { DeadlinesService } from '../governance/deadlines.service';
import { ORM } from '../database/database.module';
import { CompanyEntity } from '../database/entities';
import type { Orm } from '../database/orm';
import { withStartupLock } from '../database/startup-lock';
import { DirectorsService } from '../governance/directors.service';
import { today } from '../common/today';
import type { Caller } from '../auth/roles';
import { ResolutionsService } from '../governance/resolutions.service';
import { ShareEventsService } from '../share-register/share-events.service';
import { CertificatesService } from '../share-register/certificates.service';
import { AllianceSeedService } from './alliance-seed.service';
import { towerHamlets, towerHamletsDirectorsVerifiedOn, towerHamletsFirstDirectors, towerHamletsPractices, towerHamletsRegisteredEmail } from './tower-hamlets';
import { OfficersService } from '../officers/officers.service';
import { ParticularsService } from '../officers/particulars.service';

/** Test-only: lets a test stop the seed part-way, as a crash would. */
export interface SeedHooks {
  /** Called after each founding share is allotted, with how many have been. */
  readonly afterShareAllotted?: (allotted: number) => void;
}

/**
 * On the first start of an empty database: the first secretary token and the Tower Hamlets company.
 * Both under the start-up lock (PostgreSQL: instances started together seed one at a time, the later
 * ones find the company there), and the company in one transaction: every use case the seed runs
 * joins it, so a failure or a crash part-way leaves the database as empty as it was, and the next
 * start seeds the whole company.
 */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');

  constructor(
    @Inject(SETTINGS) private readonly settings: Settings,
    @Inject(ORM) private readonly orm: Orm,
    private readonly tokens: TokensService,
    private readonly companies: CompaniesService,
    private readonly shares: ShareEventsService,
    private readonly alliance: AllianceSeedService,
    private readonly directors: DirectorsService,
    private readonly resolutions: ResolutionsService,
    private readonly deadlines: DeadlinesService,
    private readonly officers: OfficersService,
    private readonly particulars: ParticularsService,
    private readonly certificates: CertificatesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.firstStart(this.settings.seed);
  }

  /** The first token and, with `seed`, the company on an empty database. */
  async firstStart(seed: boolean, hooks: SeedHooks = {}): Promise<void> {
    await withStartupLock(this.orm, async () => {
      await this.tokens.ensureFirstSecretaryToken();
      if (!seed) return;
      const seeded = await this.orm.em.transactional(async (em) => {
        if ((await em.count(CompanyEntity, {})) > 0) return false;
        await this.seedTowerHamlets(hooks);
        return true;
      });
      if (seeded) this.logger.log(`seeded ${towerHamlets.name}: ${towerHamletsPractices.length} practices, one share each${this.settings.seedAlliance ? ', and its alliance' : ''}`);
    });
  }

  /**
   * The company, its 37 practices, its first directors, the board resolution allotting one share to
   * each practice, and the allotments, all on the incorporation date; then the alliance if asked.
   */
  private async seedTowerHamlets(hooks: SeedHooks): Promise<void> {
    await this.companies.create(towerHamlets, towerHamletsPractices);
    const seeder: Caller = { tokenId: 'seed', name: 'seed', role: 'secretary' };
    const directors = [];
    for (const director of towerHamletsFirstDirectors) directors.push(await this.directors.appoint(towerHamlets.id, director, seeder));
    const allotment = await this.resolutions.propose(
      towerHamlets.id,
      {
        kind: 'board',
        procedure: 'meeting',
        meetingOn: towerHamlets.incorporatedOn,
        text: `THAT one ordinary share of £1 be allotted, fully paid, to each of the ${towerHamletsPractices.length} founding practices, numbered 1 to ${towerHamletsPractices.length}.`,
        authorises: towerHamletsPractices.map((_, i) => ({ action: 'allotment' as const, shareNumber: i + 1 })),
      },
      seeder,
    );
    for (const director of directors) {
      await this.resolutions.vote(towerHamlets.id, allotment.id, { directorId: director.directorId, vote: 'for' }, seeder);
    }
    for (const [i, practice] of towerHamletsPractices.entries()) {
      await this.shares.allot(
        towerHamlets.id,
        { shareNumber: i + 1, effectiveOn: towerHamlets.incorporatedOn, holder: { practiceId: practice.id }, authorisedBy: allotment.id, subscriber: true },
        seeder,
      );
      hooks.afterShareAllotted?.(i + 1);
    }
    if (this.settings.seedAlliance) await this.alliance.seedTowerHamletsAlliance(towerHamlets.id);
    if (this.settings.seedFilings) await this.seedRegisteredEmail(seeder);
    // EC-3: the directors' verification first, which the confirmation statement filed after it confirms.
    if (this.settings.seedFilings) await this.seedIdentityVerification(directors.map((d) => d.directorId), seeder);
    if (this.settings.seedFilings) await this.seedPastFilings(seeder);
  }

  /** Part of the synthetic history: the placeholder registered email address the confirmation statements from 2024 give. */
  private async seedRegisteredEmail(seeder: Caller): Promise<void> {
    if (towerHamletsRegisteredEmail.effectiveOn > today()) return;
    await this.particulars.change(towerHamlets.id, towerHamletsRegisteredEmail, seeder);
  }

  /**
   * EC-3, part of the synthetic history: the first directors' identity verified before the first
   * confirmation statement after 18 November 2025 fell due, so a fresh install warns of nobody.
   */
  private async seedIdentityVerification(directorIds: readonly string[], seeder: Caller): Promise<void> {
    const verifiedOn = towerHamletsDirectorsVerifiedOn;
    if (verifiedOn > today()) return;
    for (const [i, directorId] of directorIds.entries()) {
      await this.officers.verifyIdentity(towerHamlets.id, directorId, { verifiedOn, route: 'companies-house', personalCode: `SYNTHETIC${String(i + 1).padStart(2, '0')}` }, seeder);
    }
  }

  /**
   * The company's synthetic filing history: the founding shares' certificates, and every duty that fell
   * due before today done on its due day (the real filing dates are not in the sources). A fresh install
   * then lists only what is due.
   */
  private async seedPastFilings(seeder: Caller): Promise<void> {
    const asAt = today();
    // SH-2: the founding shares' certificates, issued on the day of allotment and numbered in share order,
    // so the certificate register holds the certificates the calendar counts done.
    for (const [i] of towerHamletsPractices.entries()) await this.certificates.issue(towerHamlets.id, i + 1, towerHamlets.incorporatedOn, seeder);
    const duties = await this.deadlines.deadlines(towerHamlets.id, { from: towerHamlets.incorporatedOn, to: addDays(asAt, -1), asAt });
    // A confirmation statement made up to a date from 5 March 2024 was delivered with the statement of lawful purpose (CA 2006 s.853A).
    const rows = duties
      .filter((d) => d.status !== 'done')
      .map((d, i) => ({ row: i + 2, kind: d.kind, reference: d.reference, filedOn: d.dueOn, ...(lawfulPurposeDue(d) ? { lawfulPurposeStatement: true as const } : {}) }));
    if (rows.length > 0) await this.deadlines.recordPastFilings(towerHamlets.id, rows, seeder);
    this.logger.log(`seeded ${rows.length} past filings`);
  }
}

/** Whether a seeded filing of `duty` states the company's lawful purpose: a confirmation statement made up to a date from 5 March 2024. */
function lawfulPurposeDue(duty: Duty): boolean {
  return duty.kind === 'confirmation-statement' && duty.reference >= LAWFUL_PURPOSE_STATEMENT_REQUIRED_FROM;
}
