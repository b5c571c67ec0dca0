import { Module } from '@nestjs/common';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { SupportWorkersModule } from '../support-workers/support-workers.module';
import { SurvivorsModule } from '../survivors/survivors.module';
import {
  AssignmentCaseResolver,
  SupportCasesResolver,
  SupportEndChangeResolver,
  SurvivorCasesResolver,
} from './support-cases.resolver';
import { UsersModule } from '../users/users.module';
import { SupportCasesService } from './support-cases.service';
import { NotificationsModule } from '../notifications/notifications.module';
import { SupportEndDeadlines } from './support-end.deadlines';

/** Support cases: a survivor's support by one provider, in a bed or in the community. */
@Module({
  imports: [IdempotencyModule, SurvivorsModule, SupportWorkersModule, UsersModule, NotificationsModule],
  providers: [
    SupportEndDeadlines,
    SupportCasesService,
    SupportCasesResolver,
    AssignmentCaseResolver,
    SurvivorCasesResolver,
    SupportEndChangeResolver,
  ],
  exports: [SupportCasesService],
})
export class SupportCasesModule {}
