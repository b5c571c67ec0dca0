import { Global, Module } from '@nestjs/common';
import { AuditEventsService } from './audit-events.service';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

@Global()
@Module({
  providers: [AuditService, AuditEventsService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
