import { Module } from '@nestjs/common';
import { DeadlinesService } from './deadlines.service';
import { DirectorsService } from './directors.service';
import { DeadlinesController, DirectorsController, ResolutionsController } from './resolutions.controller';
import { ResolutionsService } from './resolutions.service';

/** Directors, resolutions and the compliance calendar. */
@Module({
  controllers: [ResolutionsController, DirectorsController, DeadlinesController],
  providers: [ResolutionsService, DirectorsService, DeadlinesService],
  exports: [ResolutionsService, DirectorsService],
})
export class ResolutionsModule {}
