import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module';
import { SafehousesModule } from '../safehouses/safehouses.module';
import { InspectionsResolver } from './inspections.resolver';
import { InspectionsService } from './inspections.service';
import { SafehouseInspectionResolver } from './safehouse-inspection.resolver';
import { NotificationsModule } from '../notifications/notifications.module';
import { ActionDeadlines } from './action.deadlines';

@Module({
  imports: [OrganisationsModule, SafehousesModule, NotificationsModule],
  providers: [ActionDeadlines, InspectionsService, InspectionsResolver, SafehouseInspectionResolver],
  exports: [InspectionsService],
})
export class InspectionsModule {}
