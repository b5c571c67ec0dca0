import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { AssignmentsResolver } from './assignments.resolver';
import { ProviderSupportWorkersResolver } from './provider-support-workers.resolver';
import { SupportWorkersResolver } from './support-workers.resolver';
import { SupportWorkersService } from './support-workers.service';

@Module({
  imports: [UsersModule],
  providers: [SupportWorkersService, SupportWorkersResolver, AssignmentsResolver, ProviderSupportWorkersResolver],
  exports: [SupportWorkersService],
})
export class SupportWorkersModule {}
