import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { DatabaseHealth } from './database.health';
import { DataDirectoryHealth } from './data-directory.health';
import { HealthController } from './health.controller';

/** `GET /health` (a summary), `/health/live` and `/health/ready`; no token needed. */
@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'json' })],
  controllers: [HealthController],
  providers: [DatabaseHealth, DataDirectoryHealth],
})
export class HealthModule {}
