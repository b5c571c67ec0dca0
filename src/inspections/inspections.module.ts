import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module';
import { SafehousesModule } from '../safehouses/safehouses.module';
import { InspectionsResolver } from './inspections.resolver';
import { InspectionsService } from './inspections.service';
import { SafehouseInspectionResolver } from './safehouse-inspection.resolver';
import { NotificationsModule } from '../notifications/notifications.module';
import { ActionDueJob } from './action-due.job';

@Module({
  imports: [OrganisationsModule, SafehousesModule, NotificationsModule],
  providers: [ActionDueJob, InspectionsService, InspectionsResolver, SafehouseInspectionResolver],
  exports: [InspectionsService],
})
export class InspectionsModule {}
