import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessPolicy } from '../common/access/access-policy';
import { DomainError } from '../common/errors/domain-error';
import { ErrorReason } from '../common/errors/error-reason';
import { Connection, CursorShape, checkPageRequest, toConnection } from '../common/pagination/connection';
import { RequestContext } from '../common/request-context';
import { Settings } from '../config/settings';
import { SafehousesService } from '../safehouses/safehouses.service';
import { InspectionActionEntity } from './inspection-action.entity';
import { ActionStatus, InspectionStatus, KEY_QUESTIONS, StandardOutcome } from './inspection-enums';
import { toInspection, toInspectionAction, toKeyQuestionRating } from './inspection.mapper';
import { Inspection, InspectionAction, KeyQuestionRating } from './inspection.model';
import { InspectionEntity } from './inspection.entity';
import { InspectionContentInput, InspectionFilter, RecordInspectionInput } from './inspection.inputs';
import { InspectionRatingEntity } from './inspection-rating.entity';
import { addMonths, monthsToNextInspection } from './next-inspection';
import { Rating, overallRating } from './overall-rating';

const EVIDENCE_MAX = 4000;
/** Newest inspection first, then id. */
const INSPECTION_CURSOR: CursorShape = { list: 'inspections', parts: ['date', 'uuid'] };

/** An inspection with its house's provider, for the checks of a change. */
interface LockedInspection {
  inspection: InspectionEntity;
  providerId: string;
}

/** Care standards inspections: recording, correcting and publishing them, and their actions. */
@Injectable()
export class InspectionsService {
  constructor(
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly safehouses: SafehousesService,
    private readonly settings: Settings,
  ) {}

  async record(ctx: RequestContext, input: RecordInspectionInput): Promise<Inspection> {
    const content = checkContent(ctx, input);
    return ctx.transaction(async (tx) => {
      const house = await this.safehouses.ownerOf(tx, input.safehouseId);
      if (!house) throw DomainError.badInput('input.safehouseId', 'No safehouse with that id was found.');
      await this.access.assertCommissions(tx, house.providerId);
      const commissionerId = await this.access.inspectionCommissioner(tx, house.providerId, input.commissionerId);
      const inspection = await tx.manager.save(
        tx.manager.create(InspectionEntity, {
          safehouseId: house.id,
          commissionerId,
          status: InspectionStatus.DRAFT,
          publishedAt: null,
          nextInspectionDueOn: null,
          ...content,
        }),
      );
      await this.writeParts(tx, inspection.id, input);
      await this.audit.record(tx, { action: 'inspection.record', entityType: 'Inspection', entityId: inspection.id });
      return toInspection(inspection);
    });
  }

  /** Corrects a draft: its whole content is replaced. INSPECTION_PUBLISHED once published. */
  async update(ctx: RequestContext, id: string, input: InspectionContentInput): Promise<Inspection> {
    const content = checkContent(ctx, input);
    return ctx.transaction(async (tx) => {
      const { inspection } = await this.lockForChange(tx, id);
      Object.assign(inspection, content);
      await tx.manager.save(inspection);
      await tx.manager.delete(InspectionRatingEntity, { inspectionId: id });
      await tx.manager.delete(InspectionActionEntity, { inspectionId: id });
      await this.writeParts(tx, id, input);
      await this.audit.record(tx, { action: 'inspection.update', entityType: 'Inspection', entityId: id });
      return toInspection(inspection);
    });
  }

  /** Fixes the inspection, shows it to the provider, and sets when the next one is due. */
  async publish(ctx: RequestContext, id: string): Promise<Inspection> {
    return ctx.transaction(async (tx) => {
      const { inspection } = await this.lockForChange(tx, id);
      inspection.status = InspectionStatus.PUBLISHED;
      inspection.publishedAt = tx.clock.now();
      inspection.nextInspectionDueOn = addMonths(
        inspection.inspectedOn,
        monthsToNextInspection(inspection.overallRating, this.settings),
      );
      await tx.manager.save(inspection);
      await this.audit.record(tx, { action: 'inspection.publish', entityType: 'Inspection', entityId: id });
      return toInspection(inspection);
    });
  }

  /** The provider says an action is done, with its evidence. */
  async completeAction(ctx: RequestContext, actionId: string, evidence: string): Promise<InspectionAction> {
    const text = typeof evidence === 'string' ? evidence.trim() : '';
    if (!text) throw DomainError.badInput('evidence', 'evidence: describe what was done.');
    if (text.length > EVIDENCE_MAX) {
      throw DomainError.badInput('evidence', `evidence must be at most ${EVIDENCE_MAX} characters.`);
    }
    return ctx.transaction(async (tx) => {
      const { action, providerId, status } = await this.lockAction(tx, actionId);
      this.access.assertManagesProvider(tx, providerId);
      if (status !== InspectionStatus.PUBLISHED) {
        throw DomainError.rule(
          ErrorReason.INVALID_TRANSITION,
          'This inspection is not published yet, so its actions cannot be completed.',
        );
      }
      if (action.status !== ActionStatus.OPEN) {
        throw DomainError.rule(ErrorReason.INVALID_TRANSITION, 'This action has already been completed.');
      }
      Object.assign(action, {
        status: ActionStatus.COMPLETED,
        completedAt: tx.clock.now(),
        evidence: text,
        completedBy: tx.user.userId,
      });
      await tx.manager.save(action);
      await this.audit.record(tx, {
        action: 'inspection.action.complete',
        entityType: 'InspectionAction',
        entityId: actionId,
      });
      return toInspectionAction(action, tx.clock.today());
    });
  }

  /** The commissioner accepts the provider's evidence. */
  async verifyAction(ctx: RequestContext, actionId: string): Promise<InspectionAction> {
    return ctx.transaction(async (tx) => {
      const { action, providerId } = await this.lockAction(tx, actionId);
      await this.access.assertCommissions(tx, providerId);
      if (action.status !== ActionStatus.COMPLETED) {
        throw DomainError.rule(
          ErrorReason.INVALID_TRANSITION,
          action.status === ActionStatus.OPEN
            ? 'This action is still open: the provider must complete it, with evidence, before it can be verified.'
            : 'This action has already been verified.',
        );
      }
      Object.assign(action, { status: ActionStatus.VERIFIED, verifiedAt: tx.clock.now(), verifiedBy: tx.user.userId });
      await tx.manager.save(action);
      await this.audit.record(tx, {
        action: 'inspection.action.verify',
        entityType: 'InspectionAction',
        entityId: actionId,
      });
      return toInspectionAction(action, tx.clock.today());
    });
  }

  /** NOT_FOUND for an inspection the caller may not see, as for one that does not exist. */
  async get(ctx: RequestContext, id: string): Promise<Inspection> {
    const scope = this.access.visibleInspections(ctx, 's.provider_id', 'i.status', 'i.commissioner_id');
    const row = await ctx.manager
      .createQueryBuilder(InspectionEntity, 'i')
      .innerJoin('i.safehouse', 's')
      .where('i.id = :id', { id })
      .andWhere(scope.where, scope.params)
      .getOne();
    if (!row) throw DomainError.notFound('inspection');
    return toInspection(row);
  }

  /** Newest inspection first; only what the caller may see. */
  async list(
    ctx: RequestContext,
    filter: InspectionFilter | undefined | null,
    first?: number,
    after?: string,
  ): Promise<Connection<Inspection>> {
    const page = checkPageRequest(first, after, INSPECTION_CURSOR);
    const scope = this.access.visibleInspections(ctx, 's.provider_id', 'i.status', 'i.commissioner_id');
    const query = ctx.manager
      .createQueryBuilder(InspectionEntity, 'i')
      .innerJoin('i.safehouse', 's')
      .where(scope.where, scope.params);
    if (filter?.providerId) query.andWhere('s.provider_id = :providerId', { providerId: filter.providerId });
    if (filter?.safehouseId) query.andWhere('i.safehouse_id = :safehouseId', { safehouseId: filter.safehouseId });
    if (filter?.status) query.andWhere('i.status = :status', { status: filter.status });
    if (filter?.overallRating) query.andWhere('i.overall_rating = :rating', { rating: filter.overallRating });
    if (filter?.hasOverdueActions != null) {
      const overdue = `EXISTS (SELECT 1 FROM inspection_action a WHERE a.inspection_id = i.id AND a.status = 'OPEN' AND a.due_on < :today)`;
      query.andWhere(filter.hasOverdueActions ? overdue : `NOT ${overdue}`, { today: ctx.clock.today() });
    }
    const totalCount = await query.getCount();
    if (page.after) {
      const [afterOn, afterId] = page.after;
      query.andWhere('(i.inspected_on, i.id) < (:afterOn, :afterId)', { afterOn, afterId });
    }
    const rows = await query
      .orderBy('i.inspected_on', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .limit(page.first + 1)
      .getMany();
    return toConnection(
      rows.map(toInspection),
      page,
      INSPECTION_CURSOR,
      (row) => [row.inspectedOn, row.id],
      totalCount,
    );
  }

  /** An inspection's five ratings, in the order of the key questions, batched per request. */
  ratings(ctx: RequestContext, inspectionId: string): Promise<KeyQuestionRating[]> {
    return ctx
      .loader<string, KeyQuestionRating[]>('inspections.ratings', async (ids) => {
        const rows = await ctx.manager.findBy(InspectionRatingEntity, { inspectionId: In([...ids]) });
        const order = (row: InspectionRatingEntity) => KEY_QUESTIONS.indexOf(row.keyQuestion);
        rows.sort((a, b) => order(a) - order(b));
        return ids.map((id) => rows.filter((row) => row.inspectionId === id).map(toKeyQuestionRating));
      })
      .load(inspectionId);
  }

  /** An inspection's actions, as they were written, batched per request. */
  actions(ctx: RequestContext, inspectionId: string): Promise<InspectionAction[]> {
    return ctx
      .loader<string, InspectionAction[]>('inspections.actions', async (ids) => {
        const rows = await ctx.manager.find(InspectionActionEntity, {
          where: { inspectionId: In([...ids]) },
          order: { position: 'ASC' },
        });
        const today = ctx.clock.today();
        return ids.map((id) =>
          rows.filter((row) => row.inspectionId === id).map((row) => toInspectionAction(row, today)),
        );
      })
      .load(inspectionId);
  }

  /** A house's latest PUBLISHED inspection that the caller may see, batched per request. */
  latestPublished(ctx: RequestContext, safehouseId: string): Promise<Inspection | null> {
    return ctx
      .loader<string, Inspection | null>('inspections.latestPublished', async (ids) => {
        const scope = this.access.visibleInspections(ctx, 's.provider_id', 'i.status', 'i.commissioner_id');
        const rows = await ctx.manager
          .createQueryBuilder(InspectionEntity, 'i')
          .innerJoin('i.safehouse', 's')
          .where('i.safehouse_id IN (:...ids)', { ids: [...ids] })
          .andWhere(`i.status = 'PUBLISHED'`)
          .andWhere(scope.where, scope.params)
          .distinctOn(['i.safehouse_id'])
          .orderBy('i.safehouse_id')
          .addOrderBy('i.inspected_on', 'DESC')
          .addOrderBy('i.published_at', 'DESC')
          .addOrderBy('i.id', 'DESC')
          .getMany();
        const byHouse = new Map(rows.map((row) => [row.safehouseId, toInspection(row)]));
        return ids.map((id) => byHouse.get(id) ?? null);
      })
      .load(safehouseId);
  }

  /**
   * The overall rating of a house's latest PUBLISHED inspection, batched per request. Only the
   * grade, which the availability search already ranks by; the report stays with latestInspection.
   * The caller has already seen the house, so no further scope applies.
   */
  latestRating(ctx: RequestContext, safehouseId: string): Promise<Rating | null> {
    return ctx
      .loader<string, Rating | null>('inspections.latestRating', async (ids) => {
        const rows: { safehouse_id: string; overall_rating: Rating }[] = await ctx.manager.query(
          `SELECT DISTINCT ON (safehouse_id) safehouse_id, overall_rating
             FROM inspection
            WHERE safehouse_id = ANY($1::uuid[]) AND status = 'PUBLISHED'
            ORDER BY safehouse_id, inspected_on DESC, published_at DESC, id DESC`,
          [[...ids]],
        );
        const byHouse = new Map(rows.map((row) => [row.safehouse_id, row.overall_rating]));
        return ids.map((id) => byHouse.get(id) ?? null);
      })
      .load(safehouseId);
  }

  /**
   * The inspection, locked, after the access check: NOT_FOUND when there is none or it is another
   * commissioner's draft, FORBIDDEN for a caller who does not commission its provider,
   * INSPECTION_PUBLISHED once it is published.
   */
  private async lockForChange(tx: RequestContext, id: string): Promise<LockedInspection> {
    const inspection = await tx.manager
      .createQueryBuilder(InspectionEntity, 'i')
      .where('i.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
    if (!inspection) throw DomainError.notFound('inspection');
    const house = await this.safehouses.ownerOf(tx, inspection.safehouseId);
    if (!house) throw new Error(`inspection ${id} names no safehouse`); // its foreign key keeps one
    await this.access.assertMayChangeInspection(tx, house.providerId, inspection);
    if (inspection.status === InspectionStatus.PUBLISHED) {
      throw DomainError.rule(
        ErrorReason.INSPECTION_PUBLISHED,
        'This inspection has been published and can no longer be changed.',
      );
    }
    return { inspection, providerId: house.providerId };
  }

  private async lockAction(
    tx: RequestContext,
    actionId: string,
  ): Promise<{ action: InspectionActionEntity; providerId: string; status: InspectionStatus }> {
    const action = await tx.manager
      .createQueryBuilder(InspectionActionEntity, 'a')
      .where('a.id = :actionId', { actionId })
      .setLock('pessimistic_write')
      .getOne();
    if (!action) throw DomainError.notFound('inspection action');
    const [row] = await tx.manager.query(
      'SELECT s.provider_id AS "providerId", i.status FROM inspection i JOIN safehouse s ON s.id = i.safehouse_id WHERE i.id = $1',
      [action.inspectionId],
    );
    return { action, providerId: row.providerId, status: row.status };
  }

  private async writeParts(tx: RequestContext, inspectionId: string, input: InspectionContentInput): Promise<void> {
    await tx.manager.insert(
      InspectionRatingEntity,
      input.ratings.map((r) => ({ inspectionId, keyQuestion: r.keyQuestion, rating: r.rating, summary: r.summary })),
    );
    const actions = input.actions ?? [];
    if (actions.length > 0) {
      await tx.manager.insert(
        InspectionActionEntity,
        actions.map((a, position) => ({
          inspectionId,
          position,
          description: a.description,
          keyQuestion: a.keyQuestion ?? null,
          dueOn: a.dueOn,
          status: ActionStatus.OPEN,
        })),
      );
    }
  }
}

/** The columns of an inspection's content, after its rules: RATINGS_INCOMPLETE, override with reason, dates. */
function checkContent(
  ctx: RequestContext,
  input: InspectionContentInput,
): Pick<
  InspectionEntity,
  'inspectedOn' | 'kind' | 'inspectorName' | 'findings' | 'overallRating' | 'overallRatingOverridden' | 'overrideReason'
> {
  const asked = input.ratings.map((r) => r.keyQuestion);
  const missing = KEY_QUESTIONS.filter((question) => !asked.includes(question));
  if (asked.length !== KEY_QUESTIONS.length || missing.length > 0) {
    throw DomainError.rule(
      ErrorReason.RATINGS_INCOMPLETE,
      'Rate each of the five key questions (Safe, Effective, Caring, Responsive, Well-led) exactly once.',
    );
  }
  if (input.inspectedOn > ctx.clock.today()) {
    throw DomainError.badInput('input.inspectedOn', 'input.inspectedOn cannot be in the future.');
  }
  (input.actions ?? []).forEach((action, index) => {
    if (action.dueOn < input.inspectedOn) {
      throw DomainError.badInput(
        `input.actions.${index}.dueOn`,
        `input.actions.${index}.dueOn cannot be before the inspection.`,
      );
    }
  });
  const override: Rating | null = input.overallRatingOverride ?? null;
  const reason = input.overrideReason ?? null;
  if (override && !reason) {
    throw DomainError.badInput('input.overrideReason', 'Give a reason for overriding the overall rating.');
  }
  if (!override && reason) {
    throw DomainError.badInput(
      'input.overrideReason',
      'A reason is only needed when the overall rating is overridden.',
    );
  }
  return {
    inspectedOn: input.inspectedOn,
    kind: input.kind,
    inspectorName: input.inspectorName,
    findings: (input.findings ?? []).map((f) => ({ standard: f.standard, outcome: f.outcome, notes: f.notes ?? null })),
    overallRating:
      override ??
      overallRating(
        input.ratings.map((r) => r.rating),
        (input.findings ?? []).some((finding) => finding.outcome === StandardOutcome.NOT_MET),
      ),
    overallRatingOverridden: override !== null,
    overrideReason: reason,
  };
}
