import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';
import { ErrorReason } from '../common/errors/error-reason';
import { RequestContext } from '../common/request-context';
import { Settings } from '../config/settings';
import { NrmStatus } from '../survivors/nrm-status';
import { SupportEndBasis } from '../support-cases/support-case-enums';
import { SupportCasesService } from '../support-cases/support-cases.service';
import { Survivor } from '../survivors/survivor.model';
import { SurvivorsService, toSurvivor } from '../survivors/survivors.service';

/** A person as this service reads them: who, and where their NRM history starts. */
interface Person {
  id: string;
  intakeNrmStatus: NrmStatus;
}
import { MoveOnService } from './move-on.service';
import { NrmDecisionEntity } from './nrm-decision.entity';
import { NrmState, NrmStep, OutOfOrder, follow, intakeState } from './nrm-journey';
import { NrmStepEntity, NrmStepKind } from './nrm-step.entity';
import { RecordNrmDecisionInput } from './record-nrm-decision.input';
import { SupportEnd, SupportPolicy, supportEndAfterDecision, supportEndAfterWithdrawal } from './support-end';

/**
 * A person's NRM history as it is recorded (CONTRACT.md, The NRM journey and the end of support):
 * the referral, decisions, reconsiderations and a withdrawal, each checked against what came before
 * (nrm-journey.ts) with the person's row locked, so two coordinators recording at once are taken one
 * after the other. The status follows the history; each step sets the end of support of the
 * person's OPEN cases where it moves it.
 */
@Injectable()
export class NrmJourneyService {
  constructor(
    private readonly settings: Settings,
    private readonly audit: AuditService,
    private readonly survivors: SurvivorsService,
    private readonly cases: SupportCasesService,
    private readonly moveOn: MoveOnService,
  ) {}

  /** recordNrmReferral: a person who was not referred (a pre-NRM guest, say) now is. */
  async recordReferral(ctx: RequestContext, survivorId: string, referredOn: string): Promise<Survivor> {
    this.notInFuture(ctx, referredOn, 'referredOn');
    return this.record(ctx, survivorId, { kind: 'REFERRAL', on: referredOn }, async (tx, person, _before, at) => {
      await this.addStep(tx, person.id, NrmStepKind.REFERRAL, referredOn, at);
      await this.survivors.setReferredOn(tx, person.id, referredOn);
      return 'nrm.referral';
    });
  }

  async recordDecision(ctx: RequestContext, input: RecordNrmDecisionInput): Promise<Survivor> {
    this.notInFuture(ctx, input.decidedOn, 'input.decidedOn');
    if (input.notifiedOn) {
      this.notInFuture(ctx, input.notifiedOn, 'input.notifiedOn');
      if (input.notifiedOn < input.decidedOn)
        throw DomainError.badInput('input.notifiedOn', 'input.notifiedOn must not be before input.decidedOn.');
    }
    const reconsideration = input.reconsideration ?? false;
    const step: NrmStep = { kind: 'DECISION', decision: input.decision, on: input.decidedOn, reconsideration };
    return this.record(ctx, input.survivorId, step, async (tx, person, _before, at) => {
      const decision = await tx.manager.save(
        tx.manager.create(NrmDecisionEntity, {
          survivorId: person.id,
          decision: input.decision,
          decidedOn: input.decidedOn,
          notifiedOn: input.notifiedOn ?? null,
          reconsideration,
          recordedAt: at,
          recordedBy: tx.user.userId,
        }),
      );
      const end = supportEndAfterDecision(
        input.decision,
        input.decidedOn,
        input.notifiedOn ?? null,
        reconsideration,
        this.policy(),
      );
      await this.endSupportOfOpenCases(tx, person.id, end, SupportEndBasis.NRM_DECISION, decision.id);
      return 'nrm_decision.record';
    });
  }

  /** requestNrmReconsideration: the latest decision was negative; support does not end while it is reconsidered. */
  async requestReconsideration(ctx: RequestContext, survivorId: string, requestedOn: string): Promise<Survivor> {
    this.notInFuture(ctx, requestedOn, 'requestedOn');
    return this.record(
      ctx,
      survivorId,
      { kind: 'RECONSIDERATION_REQUEST', on: requestedOn },
      async (tx, person, _b, at) => {
        await this.addStep(tx, person.id, NrmStepKind.RECONSIDERATION_REQUEST, requestedOn, at);
        return 'nrm.reconsideration_request';
      },
    );
  }

  /**
   * withdrawFromNrm: the adult leaves the NRM. Support ends after the negative period of the stage
   * they were at, counted from the withdrawal; closing the case is a coordinator's separate step.
   */
  async withdraw(ctx: RequestContext, survivorId: string, on: string): Promise<Survivor> {
    this.notInFuture(ctx, on, 'on');
    return this.record(ctx, survivorId, { kind: 'WITHDRAWAL', on }, async (tx, person, before, at) => {
      await this.addStep(tx, person.id, NrmStepKind.WITHDRAWAL, on, at);
      const stage = before.conclusive ? 'CONCLUSIVE_GROUNDS' : 'REASONABLE_GROUNDS';
      const end = supportEndAfterWithdrawal(on, stage, this.policy());
      await this.endSupportOfOpenCases(tx, person.id, end, SupportEndBasis.WITHDRAWAL);
      return 'nrm.withdrawal';
    });
  }

  // ------------------------------------------------------------------ the machinery

  /**
   * One step: the person locked (NOT_FOUND unless the caller may see them), the history followed
   * from intake to now, the step checked against it (NRM_DECISION_OUT_OF_ORDER, changing nothing),
   * then written, and the status set from the history.
   */
  private async record(
    ctx: RequestContext,
    survivorId: string,
    step: NrmStep,
    write: (tx: RequestContext, person: Person, before: NrmState, recordedAt: Date) => Promise<string>,
  ): Promise<Survivor> {
    return ctx.transaction(async (tx) => {
      const visible = await this.survivors.visibleEntity(tx, survivorId);
      if (!visible) throw DomainError.notFound('survivor');
      const person = (await this.survivors.lock(tx, visible.id))!;
      const before = (await this.history(tx, person)).reduce(follow, intakeState(person.intakeNrmStatus));
      let after: NrmState;
      try {
        after = follow(before, step);
      } catch (error) {
        if (error instanceof OutOfOrder) throw DomainError.rule(ErrorReason.NRM_DECISION_OUT_OF_ORDER, error.message);
        throw error;
      }
      const action = await write(tx, person, before, await this.nextRecordedAt(tx, person.id));
      const updated = await this.survivors.setNrmStatus(tx, person.id, after.status);
      await this.audit.record(tx, { action, entityType: 'Survivor', entityId: person.id });
      return toSurvivor(updated);
    });
  }

  /** The recorded steps of a person, in the order they happened (then the order they were recorded). */
  private async history(tx: RequestContext, person: Person): Promise<NrmStep[]> {
    const decisions = await tx.manager.findBy(NrmDecisionEntity, { survivorId: person.id });
    const steps = await tx.manager.findBy(NrmStepEntity, { survivorId: person.id });
    const all: { at: Date; step: NrmStep }[] = [
      ...decisions.map((d) => ({
        at: d.recordedAt,
        step: {
          kind: 'DECISION',
          decision: d.decision,
          on: d.decidedOn,
          reconsideration: d.reconsideration,
        } as NrmStep,
      })),
      ...steps.map((s) => ({ at: s.recordedAt, step: { kind: s.kind, on: s.stepOn } as NrmStep })),
    ];
    return all
      .sort((a, b) => a.step.on.localeCompare(b.step.on) || a.at.getTime() - b.at.getTime())
      .map((entry) => entry.step);
  }

  /**
   * When this step is recorded: now, or strictly after the person's latest recorded step, so the
   * history's order among steps of one day is the order of recording even within a millisecond.
   */
  private async nextRecordedAt(tx: RequestContext, survivorId: string): Promise<Date> {
    const [row] = (await tx.manager.query(
      `SELECT max(at) AS latest FROM (
         SELECT recorded_at AS at FROM nrm_decision WHERE survivor_id = $1
         UNION ALL SELECT recorded_at FROM nrm_step WHERE survivor_id = $1) recorded`,
      [survivorId],
    )) as { latest: Date | null }[];
    const now = tx.clock.now();
    const latest = row?.latest ? new Date(row.latest) : null;
    return latest && latest >= now ? new Date(latest.getTime() + 1) : now;
  }

  private async addStep(
    tx: RequestContext,
    survivorId: string,
    kind: NrmStepKind,
    on: string,
    recordedAt: Date,
  ): Promise<void> {
    await tx.manager.save(
      tx.manager.create(NrmStepEntity, {
        survivorId,
        kind,
        stepOn: on,
        recordedAt,
        recordedBy: tx.user.userId,
      }),
    );
  }

  /** Each OPEN case of the person gets the new end of support, and a DRAFT plan when it has none. */
  private async endSupportOfOpenCases(
    tx: RequestContext,
    survivorId: string,
    end: SupportEnd,
    basis: SupportEndBasis,
    decisionId?: string,
  ): Promise<void> {
    for (const open of await this.cases.openCasesOf(tx, survivorId)) {
      await this.cases.changeSupportEnd(tx, open, { ...end, basis, decisionId });
      await this.moveOn.ensureDraftPlan(tx, open);
    }
  }

  /** The periods as configured now: a date once given is kept in the history, whatever changes later. */
  private policy(): SupportPolicy {
    return {
      positiveConclusiveDays: this.settings.NRM_POSITIVE_CG_SUPPORT_DAYS,
      negativeReasonableGroundsWorkingDays: this.settings.NRM_NEGATIVE_RG_SUPPORT_WORKING_DAYS,
      negativeConclusiveGroundsWorkingDays: this.settings.NRM_NEGATIVE_CG_SUPPORT_WORKING_DAYS,
      extraBankHolidays: this.settings.EXTRA_BANK_HOLIDAYS,
    };
  }

  private notInFuture(ctx: RequestContext, date: string, field: string): void {
    if (date > ctx.clock.today()) throw DomainError.badInput(field, `${field} must not be in the future.`);
  }
}
