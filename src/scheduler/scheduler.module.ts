import { Global, Module } from '@nestjs/common';
import { SchedulerService } from './scheduler.service';

/** Background work on a schedule, one instance of a cluster at a time; modules register their jobs. */
@Global()
@Module({
  providers: [SchedulerService],
  exports: [SchedulerService],
})
export class SchedulerModule {}
