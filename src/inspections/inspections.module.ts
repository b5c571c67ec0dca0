import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module';
import { SafehousesModule } from '../safehouses/safehouses.module';
import { InspectionsResolver } from './inspections.resolver';
import { InspectionsService } from './inspections.service';
import { SafehouseInspectionResolver } from './safehouse-inspection.resolver';

@Module({
  imports: [OrganisationsModule, SafehousesModule],
  providers: [InspectionsService, InspectionsResolver, SafehouseInspectionResolver],
  exports: [InspectionsService],
})
export class InspectionsModule {}
