import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { TokensService } from '../auth/tokens.service';
import { CompaniesService } from '../companies/companies.service';
import { SETTINGS, type Settings } from '../config/settings';
import { ShareEventsService } from '../shares/share-events.service';
import { AllianceSeedService } from './alliance-seed.service';
import { towerHamlets, towerHamletsPractices } from './tower-hamlets';

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
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.tokens.ensureFirstSecretaryToken();
    if (this.settings.seed && (await this.companies.list()).length === 0) await this.seedTowerHamlets();
  }

  /** The company, its 37 practices, and one share allotted to each practice on the incorporation date. */
  async seedTowerHamlets(): Promise<void> {
    await this.companies.create(towerHamlets, towerHamletsPractices);
    const seeder = { tokenId: 'seed', name: 'seed', role: 'secretary' as const };
    for (const [i, practice] of towerHamletsPractices.entries()) {
      await this.shares.allot(
        towerHamlets.id,
        { shareNumber: i + 1, effectiveOn: towerHamlets.incorporatedOn, holder: { practiceId: practice.id } },
        seeder,
      );
    }
    this.logger.log(`seeded ${towerHamlets.name}: ${towerHamletsPractices.length} practices, one share each`);
    if (this.settings.seedAlliance) await this.alliance.seedTowerHamletsAlliance(towerHamlets.id);
  }
}
