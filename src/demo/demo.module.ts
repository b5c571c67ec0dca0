import { Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { Settings } from '../config/settings';
import { CommissionersModule } from '../commissioners/commissioners.module';
import { InspectionsModule } from '../inspections/inspections.module';
import { SafehousesModule } from '../safehouses/safehouses.module';
import { SupportWorkersModule } from '../support-workers/support-workers.module';
import { UsersModule } from '../users/users.module';
import { UsersService } from '../users/users.service';
import { DemoService } from './demo.service';
import { DemoCases } from './demo-cases';
import { MoveOnModule } from '../move-on/move-on.module';
import { PlacementsModule } from '../placements/placements.module';
import { SupportCasesModule } from '../support-cases/support-cases.module';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { RequestContext } from '../common/request-context';
import { AdminState, NO_ADMIN_HINT, configurationReport } from './start-up-report';

/** What start does to the data: the first admin, then the demo when wanted. */
@Module({
  imports: [
    UsersModule,
    CommissionersModule,
    SafehousesModule,
    SupportWorkersModule,
    InspectionsModule,
    SupportCasesModule,
    PlacementsModule,
    MoveOnModule,
  ],
  providers: [DemoService, DemoCases],
  exports: [DemoService],
})
export class DemoModule implements OnApplicationBootstrap {
  private readonly logger = new Logger('Start');

  constructor(
    private readonly settings: Settings,
    private readonly demo: DemoService,
    private readonly users: UsersService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { HAVEN_ADMIN_EMAIL, HAVEN_ADMIN_PASSWORD } = this.settings;
    const ctx = RequestContext.system(this.dataSource, this.clock, 'first-admin');
    let created = false;
    if (HAVEN_ADMIN_EMAIL && HAVEN_ADMIN_PASSWORD) {
      created = await this.users.ensureFirstAdmin(ctx, HAVEN_ADMIN_EMAIL, HAVEN_ADMIN_PASSWORD);
    }
    const demoData = this.demo.wanted;
    if (demoData) await this.demo.seed();
    const admin: AdminState = created ? 'created' : (await this.users.hasAdmin(ctx)) ? 'present' : 'none';
    this.logger.log(configurationReport(this.settings, admin, demoData), 'Configured');
    if (admin === 'none') this.logger.warn(NO_ADMIN_HINT);
  }
}
