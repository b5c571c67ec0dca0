import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher';
import { AuditService } from '../audit/audit.service';
import { Clock, londonDate } from '../common/clock';
import { RequestContext } from '../common/request-context';
import { OrganisationKind, Role } from '../common/roles';
import { CommissionersService } from '../commissioners/commissioners.service';
import { Settings } from '../config/settings';
import { DATABASE } from '../database/database.module';
import { InspectionKind, KeyQuestion } from '../inspections/inspection-enums';
import { RecordInspectionInput } from '../inspections/inspection.inputs';
import { InspectionsService } from '../inspections/inspections.service';
import { Rating } from '../inspections/overall-rating';
import { Database } from '../database/data-source';
import { OrganisationsService } from '../organisations/organisations.service';
import { BedsService } from '../safehouses/beds.service';
import { Gender } from '../safehouses/gender';
import { SafehouseKind } from '../safehouses/safehouse-kind';
import { SafehousesService } from '../safehouses/safehouses.service';
import { SupportWorkersService } from '../support-workers/support-workers.service';
import { User } from '../users/user.model';
import { UsersService } from '../users/users.service';
import { DemoCases } from './demo-cases';
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

/** The provider whose coordinator and support worker have cases in the demo. */
const DEMO_CASES_PROVIDER = 'northern';
const DAY_MS = 24 * 60 * 60 * 1000;
/** The demo login that records and publishes the demo's inspections. */
const DEMO_INSPECTOR_LOGIN = 'commissioner@mscc.demo';

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
    private readonly organisations: OrganisationsService,
    private readonly commissioners: CommissionersService,
    private readonly users: UsersService,
    private readonly safehouses: SafehousesService,
    private readonly beds: BedsService,
    private readonly supportWorkers: SupportWorkersService,
    private readonly inspections: InspectionsService,
    private readonly demoCases: DemoCases,
  ) {}

  /** On by default for a new embedded database; HAVEN_DEMO_DATA decides otherwise. */
  get wanted(): boolean {
    if (this.settings.isProduction) return false;
    return this.settings.HAVEN_DEMO_DATA ?? this.database.embedded?.isNew === true;
  }

  /**
   * Seeds once: a database that already has the demo admin is left as it is. Everything goes
   * through the services that own it, as the system and then, for what only a provider's manager
   * may do, as the demo admin, in one transaction.
   */
  async seed(): Promise<boolean> {
    const ctx = RequestContext.system(this.dataSource, this.clock, 'demo-seed');
    if ((await this.users.findByEmails(ctx, [DEMO_LOGINS[0].email])).length > 0) return false;
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD); // one password for every demo login
    const { inspector, houses, cases } = await ctx.transaction(async (tx) => {
      const ids = new Map<string, string>();
      for (const p of DEMO_PROVIDERS) {
        const fields = { name: p.name, kind: OrganisationKind.PROVIDER, outOfHoursPhone: p.outOfHoursPhone };
        ids.set(p.key, (await this.organisations.create(tx, fields)).id);
      }
      for (const c of DEMO_COMMISSIONERS) {
        const fields = { name: c.name, kind: OrganisationKind.COMMISSIONER, region: c.region };
        ids.set(c.key, (await this.organisations.create(tx, fields)).id);
      }
      for (const r of DEMO_RESPONDERS) {
        ids.set(r.key, (await this.organisations.create(tx, { name: r.name, kind: OrganisationKind.RESPONDER })).id);
      }
      for (const c of DEMO_COMMISSIONERS) {
        for (const provider of c.commissions) {
          await this.commissioners.commission(tx, {
            commissionerId: ids.get(c.key)!,
            providerId: ids.get(provider)!,
            startsOn: '2025-04-01',
          });
        }
      }
      const users = new Map<string, User>();
      for (const login of DEMO_LOGINS) {
        const user = await this.users.createHashed(
          tx,
          {
            email: login.email,
            displayName: login.displayName,
            role: login.role,
            organisationId: login.organisation ? ids.get(login.organisation)! : undefined,
          },
          passwordHash,
        );
        users.set(user.email, user);
      }
      const admin = [...users.values()].find((user) => user.role === Role.ADMIN)!;
      const asAdmin = tx.signedInAs({ userId: admin.id, role: admin.role, organisationId: admin.organisationId });
      const houses = new Map<string, string>();
      let residentBedId: string | undefined;
      for (const h of DEMO_SAFEHOUSES) {
        const house = await this.safehouses.create(asAdmin, {
          providerId: ids.get(h.provider)!,
          name: h.name,
          kind: h.kind as SafehouseKind,
          area: h.area,
          address: h.address,
          postcode: h.postcode,
          latitude: h.latitude,
          longitude: h.longitude,
          acceptsGenders: [...h.acceptsGenders] as Gender[],
          acceptsDependants: h.acceptsDependants,
          stepFreeAccess: h.stepFreeAccess,
          languages: [...h.languages],
          intakeHours: h.hours === null ? { open24Hours: true } : { open24Hours: false, ...h.hours },
          instantBooking: false,
        });
        houses.set(h.name, house.id);
        for (const bed of h.beds) {
          const added = await this.beds.add(asAdmin, { safehouseId: house.id, ...bed });
          if (
            !residentBedId &&
            h.provider === DEMO_CASES_PROVIDER &&
            (h.acceptsGenders as readonly string[]).includes('WOMAN')
          ) {
            residentBedId = added.id;
          }
        }
      }
      let supportWorkerId: string | undefined;
      for (const w of DEMO_SUPPORT_WORKERS) {
        const worker = await this.supportWorkers.create(asAdmin, {
          providerId: ids.get(w.provider)!,
          name: w.name,
          gender: w.gender as Gender,
          languages: [...w.languages],
          maxCaseload: w.maxCaseload,
          userId: w.login ? users.get(w.login)!.id : undefined,
        });
        if (w.login) supportWorkerId ??= worker.id;
      }
      const coordinator = [...users.values()].find(
        (user) => user.role === Role.PROVIDER_COORDINATOR && user.organisationId === ids.get(DEMO_CASES_PROVIDER),
      )!;
      await this.audit.record(tx, { action: 'demo.seed', entityType: 'Demo' });
      return {
        inspector: users.get(DEMO_INSPECTOR_LOGIN)!,
        houses,
        cases: {
          coordinator,
          world: {
            providerId: ids.get(DEMO_CASES_PROVIDER)!,
            bedId: residentBedId!,
            supportWorkerId: supportWorkerId!,
          },
        },
      };
    });
    await this.seedInspections(inspector, houses);
    await this.demoCases.seed(this.as(cases.coordinator), cases.world);
    this.logger.log('Seeded the demo data');
    return true;
  }

  /** A request context signed in as a demo user. */
  private as(user: User): RequestContext {
    return new RequestContext(
      this.dataSource,
      this.clock,
      { userId: user.id, role: user.role, organisationId: user.organisationId },
      'demo-seed',
      'local',
    );
  }

  /** Through the inspections service, as the demo commissioner: each recorded, then published. */
  private async seedInspections(commissioner: User, houses: Map<string, string>): Promise<void> {
    const ctx = this.as(commissioner);
    const day = (offset: number) => londonDate(new Date(this.clock.now().getTime() + offset * DAY_MS));
    for (const demo of DEMO_INSPECTIONS) {
      const inspection = await this.inspections.record(
        ctx,
        Object.assign(new RecordInspectionInput(), {
          safehouseId: houses.get(demo.house)!,
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
    const ctx = RequestContext.system(this.dataSource, this.clock, 'demo-logins');
    const rows = await this.users.findByEmails(
      ctx,
      DEMO_LOGINS.map((login) => login.email),
    );
    const present = new Set(rows.map((row) => row.email));
    return DEMO_LOGINS.filter((login) => present.has(login.email));
  }
}
