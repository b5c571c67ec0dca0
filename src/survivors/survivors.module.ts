import { Module } from '@nestjs/common';
import { SurvivorsResolver } from './survivors.resolver';
import { SurvivorsService } from './survivors.service';

/** The people supported: the survivor table and its reads; others reach it through SurvivorsService. */
@Module({
  providers: [SurvivorsService, SurvivorsResolver],
  exports: [SurvivorsService],
})
export class SurvivorsModule {}
