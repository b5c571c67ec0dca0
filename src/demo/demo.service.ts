import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher';
import { AuditService } from '../audit/audit.service';
import { Clock, londonDate } from '../common/clock';
import { RequestContext } from '../common/request-context';
import { OrganisationKind } from '../common/roles';
import { CommissioningEntity } from '../commissioners/commissioning.entity';
import { Settings } from '../config/settings';
import { DATABASE } from '../database/database.module';
import { InspectionKind, KeyQuestion } from '../inspections/inspection-enums';
import { RecordInspectionInput } from '../inspections/inspection.inputs';
import { InspectionsService } from '../inspections/inspections.service';
import { Rating } from '../inspections/overall-rating';
import { Database } from '../database/data-source';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { SupportWorkerEntity } from '../support-workers/support-worker.entity';
import { UserEntity } from '../users/user.entity';
import { BedEntity } from '../safehouses/bed.entity';
import { Gender } from '../safehouses/gender';
import { SafehouseKind } from '../safehouses/safehouse-kind';
import { SafehouseEntity, publicPoint } from '../safehouses/safehouse.entity';
import {
  DEMO_COMMISSIONERS,
  DEMO_INSPECTIONS,
  DEMO_LOGINS,
  DEMO_PASSWORD,
  DEMO_PROVIDERS,
  DEMO_RESPONDERS,
  DEMO_SAFEHOUSES,
  DEMO_SUPPORT_WORKERS,
} from './demo-data';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Seeds a small, believable demo: fictional organisations in real places, one login per role. */
@Injectable()
export class DemoService {
  private readonly logger = new Logger(DemoService.name);

  constructor(
    private readonly settings: Settings,
    @Inject(DATABASE) private readonly database: Database,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly inspections: InspectionsService,
  ) {}

  /** On by default for a new embedded database; HAVEN_DEMO_DATA decides otherwise. */
  get wanted(): boolean {
    if (this.settings.isProduction) return false;
    return this.settings.HAVEN_DEMO_DATA ?? this.database.embedded?.isNew === true;
  }

  /** Seeds once: a database that already has the demo admin is left as it is. */
  async seed(): Promise<boolean> {
    const ctx = RequestContext.system(this.dataSource, this.clock, 'demo-seed');
    if (await ctx.manager.existsBy(UserEntity, { email: DEMO_LOGINS[0].email })) return false;
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    await ctx.transaction(async (tx) => {
      const ids = new Map<string, string>();
      const add = async (key: string, fields: Partial<OrganisationEntity>) => {
        const organisation = await tx.manager.save(tx.manager.create(OrganisationEntity, fields));
        ids.set(key, organisation.id);
      };
      for (const p of DEMO_PROVIDERS)
        await add(p.key, { name: p.name, kind: OrganisationKind.PROVIDER, outOfHoursPhone: p.outOfHoursPhone });
      for (const c of DEMO_COMMISSIONERS)
        await add(c.key, { name: c.name, kind: OrganisationKind.COMMISSIONER, region: c.region });
      for (const r of DEMO_RESPONDERS) await add(r.key, { name: r.name, kind: OrganisationKind.RESPONDER });
      for (const c of DEMO_COMMISSIONERS) {
        for (const provider of c.commissions) {
          await tx.manager.insert(CommissioningEntity, {
            commissionerId: ids.get(c.key)!,
            providerId: ids.get(provider)!,
            startsOn: '2025-04-01',
            endsOn: null,
          });
        }
      }
      for (const login of DEMO_LOGINS) {
        await tx.manager.insert(UserEntity, {
          email: login.email,
          passwordHash,
          displayName: login.displayName,
          role: login.role,
          organisationId: login.organisation ? ids.get(login.organisation)! : null,
        });
      }
      for (const h of DEMO_SAFEHOUSES) {
        const point = publicPoint(h.latitude, h.longitude);
        const house = await tx.manager.save(
          tx.manager.create(SafehouseEntity, {
            providerId: ids.get(h.provider)!,
            name: h.name,
            kind: h.kind as SafehouseKind,
            area: h.area,
            address: h.address,
            postcode: h.postcode,
            latitude: h.latitude,
            longitude: h.longitude,
            publicLatitude: point.latitude,
            publicLongitude: point.longitude,
            acceptsGenders: [...h.acceptsGenders] as Gender[],
            acceptsDependants: h.acceptsDependants,
            stepFreeAccess: h.stepFreeAccess,
            languages: [...h.languages],
            open24Hours: h.hours === null,
            opensAt: h.hours?.opensAt ?? null,
            closesAt: h.hours?.closesAt ?? null,
            instantBooking: false,
            referralsSuspended: false,
            suspensionReason: null,
            capacityConfirmedAt: tx.clock.now(),
          }),
        );
        for (const bed of h.beds)
          await tx.manager.insert(BedEntity, { safehouseId: house.id, ...bed, removedAt: null });
      }
      for (const w of DEMO_SUPPORT_WORKERS) {
        const login = w.login ? await tx.manager.findOneBy(UserEntity, { email: w.login }) : null;
        await tx.manager.insert(SupportWorkerEntity, {
          providerId: ids.get(w.provider)!,
          name: w.name,
          gender: w.gender as Gender,
          languages: [...w.languages],
          maxCaseload: w.maxCaseload,
          userId: login?.id ?? null,
        });
      }
      await this.audit.record(tx, { action: 'demo.seed', entityType: 'Demo' });
    });
    await this.seedInspections();
    this.logger.log('Seeded the demo data');
    return true;
  }

  /** Through the inspections service, as the demo commissioner: each recorded, then published. */
  private async seedInspections(): Promise<void> {
    const commissioner = await this.dataSource.manager.findOneByOrFail(UserEntity, { email: 'commissioner@mscc.demo' });
    const ctx = new RequestContext(
      this.dataSource,
      this.clock,
      { userId: commissioner.id, role: commissioner.role, organisationId: commissioner.organisationId },
      'demo-seed',
      'local',
    );
    const day = (offset: number) => londonDate(new Date(this.clock.now().getTime() + offset * DAY_MS));
    for (const demo of DEMO_INSPECTIONS) {
      const house = await this.dataSource.manager.findOneByOrFail(SafehouseEntity, { name: demo.house });
      const inspection = await this.inspections.record(
        ctx,
        Object.assign(new RecordInspectionInput(), {
          safehouseId: house.id,
          inspectedOn: day(-demo.inspectedDaysAgo),
          kind: InspectionKind.ANNOUNCED,
          inspectorName: 'Demo Inspector',
          ratings: Object.entries(demo.ratings).map(([keyQuestion, rating]) => ({
            keyQuestion: keyQuestion as KeyQuestion,
            rating: rating as Rating,
            summary: `${keyQuestion.toLowerCase().replace('_', '-')} as seen on the visit`,
          })),
          findings: [],
          actions: demo.actions.map((action) => ({
            description: action.description,
            keyQuestion: action.keyQuestion as KeyQuestion,
            dueOn: day(action.dueInDays),
          })),
        }),
      );
      await this.inspections.publish(ctx, inspection.id);
    }
  }

  /** The demo logins present in this database, to print on start. */
  async presentLogins(): Promise<typeof DEMO_LOGINS> {
    if (this.settings.isProduction) return [];
    const rows = await this.dataSource.manager.find(UserEntity, { select: { email: true } });
    const present = new Set(rows.map((row) => row.email));
    return DEMO_LOGINS.filter((login) => present.has(login.email));
  }
}
