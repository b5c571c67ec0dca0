import { InspectionActionEntity } from './inspection-action.entity';
import { ActionStatus } from './inspection-enums';
import { Inspection, InspectionAction, KeyQuestionRating } from './inspection.model';
import { InspectionEntity } from './inspection.entity';
import { InspectionRatingEntity } from './inspection-rating.entity';

/** Entity → model, field by field. */
export function toInspection(row: InspectionEntity): Inspection {
  return {
    id: row.id,
    safehouseId: row.safehouseId,
    commissionerId: row.commissionerId,
    inspectedOn: row.inspectedOn,
    kind: row.kind,
    status: row.status,
    inspectorName: row.inspectorName,
    findings: (row.findings ?? []).map((finding) => ({
      standard: finding.standard,
      outcome: finding.outcome,
      notes: finding.notes ?? null,
    })),
    overallRating: row.overallRating,
    overallRatingOverridden: row.overallRatingOverridden,
    overrideReason: row.overrideReason,
    publishedAt: row.publishedAt,
    nextInspectionDueOn: row.nextInspectionDueOn,
  };
}

export function toKeyQuestionRating(row: InspectionRatingEntity): KeyQuestionRating {
  return { keyQuestion: row.keyQuestion, rating: row.rating, summary: row.summary };
}

/**
 * `today` is the Europe/London date: an OPEN action is overdue from the day after its due date,
 * never on the due date itself (dates compare as YYYY-MM-DD strings).
 */
export function toInspectionAction(row: InspectionActionEntity, today: string): InspectionAction {
  return {
    id: row.id,
    inspectionId: row.inspectionId,
    description: row.description,
    keyQuestion: row.keyQuestion,
    dueOn: row.dueOn,
    status: row.status,
    overdue: row.status === ActionStatus.OPEN && today > row.dueOn,
    completedAt: row.completedAt,
    evidence: row.evidence,
    verifiedAt: row.verifiedAt,
  };
}
