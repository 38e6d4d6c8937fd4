import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { TokensService } from '../auth/tokens.service';
import { CompaniesService } from '../companies/companies.service';
import { SETTINGS, type Settings } from '../config/settings';
import { DirectorsService } from '../governance/directors.service';
import { ResolutionsService } from '../governance/resolutions.service';
import { ShareEventsService } from '../share-register/share-events.service';
import { AllianceSeedService } from './alliance-seed.service';
import { towerHamlets, towerHamletsFirstDirectors, towerHamletsPractices } from './tower-hamlets';

/** On the first start of an empty database: the first secretary token and the Tower Hamlets company. */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');

  constructor(
    @Inject(SETTINGS) private readonly settings: Settings,
    private readonly tokens: TokensService,
    private readonly companies: CompaniesService,
    private readonly shares: ShareEventsService,
    private readonly alliance: AllianceSeedService,
    private readonly directors: DirectorsService,
    private readonly resolutions: ResolutionsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.tokens.ensureFirstSecretaryToken();
    if (this.settings.seed && (await this.companies.list()).length === 0) await this.seedTowerHamlets();
  }

  /**
   * The company, its 37 practices, its first directors, the board resolution allotting one share to
   * each practice, and the allotments, all on the incorporation date.
   */
  async seedTowerHamlets(): Promise<void> {
    await this.companies.create(towerHamlets, towerHamletsPractices);
    const seeder = { tokenId: 'seed', name: 'seed', role: 'secretary' as const };
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
        { shareNumber: i + 1, effectiveOn: towerHamlets.incorporatedOn, holder: { practiceId: practice.id }, authorisedBy: allotment.id },
        seeder,
      );
    }
    this.logger.log(`seeded ${towerHamlets.name}: ${towerHamletsPractices.length} practices, one share each`);
    if (this.settings.seedAlliance) await this.alliance.seedTowerHamletsAlliance(towerHamlets.id);
  }
}
