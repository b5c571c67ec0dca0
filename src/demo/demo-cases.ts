import { Injectable } from '@nestjs/common';
import { londonDate } from '../common/clock';
import { RequestContext } from '../common/request-context';
import { MoveOnArea } from '../support-cases/support-case-enums';
import { MoveOnService } from '../move-on/move-on.service';
import { NrmDecisionKind } from '../move-on/nrm-decision-kind';
import { NrmJourneyService } from '../move-on/nrm-journey.service';
import { PlacementsService } from '../placements/placements.service';
import { Gender } from '../safehouses/gender';
import { SupportCasesService } from '../support-cases/support-cases.service';
import { AssignmentRole } from '../support-workers/assignment-role';
import { NrmStatus } from '../survivors/nrm-status';
import { SurvivorInput } from '../survivors/survivor.input';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the demo's support cases need to know of what was seeded before them. */
export interface DemoCaseWorld {
  providerId: string;
  /** A free bed of one of the provider's safehouses, for the resident. */
  bedId: string;
  /** The support worker with the demo SUPPORT_WORKER login. */
  supportWorkerId: string;
}

function person(preferredName: string, nrmStatus: NrmStatus, languages: string[]): SurvivorInput {
  return Object.assign(new SurvivorInput(), {
    preferredName,
    gender: Gender.WOMAN,
    adult: true,
    dependants: 0,
    languages,
    nrmStatus,
    consentToReferral: true,
  });
}

/**
 * The demo's support cases, through the services that own them, as the provider's coordinator: an
 * outreach case, a resident whose support ends this week, and an outreach case past its end with
 * an RNA pending (not overdue), all three on the demo support worker's caseload. Dates are
 * relative to the day the demo is seeded.
 */
@Injectable()
export class DemoCases {
  constructor(
    private readonly cases: SupportCasesService,
    private readonly placements: PlacementsService,
    private readonly journey: NrmJourneyService,
    private readonly moveOn: MoveOnService,
  ) {}

  async seed(coordinator: RequestContext, world: DemoCaseWorld): Promise<void> {
    const day = (offset: number) => londonDate(new Date(coordinator.clock.now().getTime() + offset * DAY_MS));
    const assign = (supportCaseId: string) =>
      this.placements.assign(coordinator, {
        supportCaseId,
        supportWorkerId: world.supportWorkerId,
        role: AssignmentRole.LEAD,
      });

    // An outreach case: supported where she lives, referred, with a positive reasonable-grounds decision.
    const outreach = await this.cases.open(coordinator, {
      providerId: world.providerId,
      area: 'Manchester City Council',
      survivor: person('Mirela (demo)', NrmStatus.REFERRED, ['ro']),
    });
    await assign(outreach.id);
    await this.journey.recordDecision(coordinator, {
      survivorId: outreach.survivorId,
      decision: NrmDecisionKind.POSITIVE_REASONABLE_GROUNDS,
      decidedOn: day(-3),
    });

    // A resident whose 45 days after a positive conclusive decision end this week.
    const resident = await this.placements.placeDirectly(coordinator, {
      bedId: world.bedId,
      nights: 60,
      arrived: true,
      survivor: person('Ana (demo)', NrmStatus.POSITIVE_REASONABLE_GROUNDS, ['sq']),
    });
    await assign(resident.supportCaseId!);
    await this.journey.recordDecision(coordinator, {
      survivorId: resident.survivorId!,
      decision: NrmDecisionKind.POSITIVE_CONCLUSIVE_GROUNDS,
      decidedOn: day(-40),
    });
    const [plan] = (await this.moveOn.list(coordinator, { providerId: world.providerId }, 100)).edges
      .map((edge) => edge.node)
      .filter((node) => node.supportCaseId === resident.supportCaseId);
    await this.moveOn.addGoal(coordinator, plan.id, {
      area: MoveOnArea.ACCOMMODATION,
      description: 'Housing application with the council',
      ownerSupportWorkerId: world.supportWorkerId,
      dueOn: day(3),
    });

    // Past the end of support with an RNA pending: the end is suspended, so not overdue.
    const pending = await this.cases.open(coordinator, {
      providerId: world.providerId,
      area: 'Salford City Council',
      survivor: person('Hana (demo)', NrmStatus.POSITIVE_REASONABLE_GROUNDS, ['en']),
    });
    await assign(pending.id);
    await this.journey.recordDecision(coordinator, {
      survivorId: pending.survivorId,
      decision: NrmDecisionKind.POSITIVE_CONCLUSIVE_GROUNDS,
      decidedOn: day(-50),
    });
    await this.cases.submitAssessment(coordinator, {
      supportCaseId: pending.id,
      submittedOn: day(-10),
      needs: [MoveOnArea.HEALTH, MoveOnArea.FINANCE_AND_BENEFITS],
    });
  }
}
