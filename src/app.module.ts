import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CommissionersModule } from './commissioners/commissioners.module';
import { AccessGuard } from './common/access/access.guard';
import { CommonModule } from './common/common.module';
import { GraphQLExceptionFilter } from './common/errors/graphql-exception.filter';
import { graphqlOptions } from './common/graphql/graphql-options';
import { OperationRules } from './common/graphql/operation-rules';
import { SubscriptionServer } from './common/graphql/subscription-server';
import { RequestContextFactory } from './common/request-context.factory';
import { InputValidationPipe } from './common/validation/input-validation.pipe';
import { Clock } from './common/clock';
import { Settings } from './config/settings';
import { DatabaseModule } from './database/database.module';
import { DemoModule } from './demo/demo.module';
import { HealthModule } from './health/health.module';
import { loggerOptions } from './logging/logger-options';
import { MetricsModule } from './metrics/metrics.module';
import { InspectionsModule } from './inspections/inspections.module';
import { QualityModule } from './quality/quality.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { ProvidersModule } from './providers/providers.module';
import { RespondersModule } from './responders/responders.module';
import { SafehousesModule } from './safehouses/safehouses.module';
import { AvailabilityModule } from './availability/availability.module';
import { MoveOnModule } from './move-on/move-on.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PlacementsModule } from './placements/placements.module';
import { RetentionModule } from './retention/retention.module';
import { SupportCasesModule } from './support-cases/support-cases.module';
import { SurvivorsModule } from './survivors/survivors.module';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { SchedulerModule } from './scheduler/scheduler.module';
import { SupportWorkersModule } from './support-workers/support-workers.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  /** `clock` replaces the real one (tests move time by hand); `logDestination` replaces stdout. */
  static forRoot(
    settings: Settings,
    { clock, logDestination }: { clock?: Clock; logDestination?: DestinationStream } = {},
  ): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot(loggerOptions(settings, logDestination)),
        DatabaseModule,
        MetricsModule,
        CommonModule.forRoot(clock),
        SchedulerModule,
        AuditModule,
        AuthModule,
        UsersModule,
        OrganisationsModule,
        ProvidersModule,
        CommissionersModule,
        RespondersModule,
        SafehousesModule,
        AvailabilityModule,
        InspectionsModule,
        QualityModule,
        IdempotencyModule,
        SurvivorsModule,
        SupportWorkersModule,
        SupportCasesModule,
        NotificationsModule,
        PlacementsModule,
        MoveOnModule,
        RetentionModule,
        HealthModule,
        DemoModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [Settings, RequestContextFactory, OperationRules],
          useFactory: graphqlOptions,
        }),
      ],
      providers: [
        { provide: Settings, useValue: settings },
        OperationRules,
        SubscriptionServer,
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: GraphQLExceptionFilter },
      ],
      exports: [Settings, OperationRules],
    };
  }
}
