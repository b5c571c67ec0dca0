import { Global, Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { AuditEventsService } from './audit-events.service';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

@Global()
@Module({
  imports: [UsersModule],
  providers: [AuditService, AuditEventsService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
