import { AuditEventEntity } from '../audit/audit-event.entity';
import { UserSessionEntity } from '../auth/user-session.entity';
import { CommissioningEntity } from '../commissioners/commissioning.entity';
import { InspectionActionEntity } from '../inspections/inspection-action.entity';
import { InspectionRatingEntity } from '../inspections/inspection-rating.entity';
import { InspectionEntity } from '../inspections/inspection.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ReferralSuspensionEntity } from '../quality/referral-suspension.entity';
import { UnmetDemandEntity } from '../availability/unmet-demand.entity';
import { BedBlockEntity } from '../safehouses/bed-block.entity';
import { BedOccupationEntity } from '../safehouses/bed-occupation.entity';
import { BedEntity } from '../safehouses/bed.entity';
import { SafehouseEntity } from '../safehouses/safehouse.entity';
import { IdempotencyKeyEntity } from '../idempotency/idempotency-key.entity';
import { PlacementEntity } from '../placements/placement.entity';
import { MoveOnGoalEntity } from '../move-on/move-on-goal.entity';
import { MoveOnPlanEntity } from '../move-on/move-on-plan.entity';
import { NrmDecisionEntity } from '../move-on/nrm-decision.entity';
import { SupportWorkerAssignmentEntity } from '../support-workers/support-worker-assignment.entity';
import { SupportWorkerEntity } from '../support-workers/support-worker.entity';
import { ScheduledJobEntity } from '../scheduler/scheduled-job.entity';
import { RecoveryNeedsAssessmentEntity } from '../support-cases/recovery-needs-assessment.entity';
import { SupportCaseEntity } from '../support-cases/support-case.entity';
import { SupportEndChangeEntity } from '../support-cases/support-end-change.entity';
import { NrmStepEntity } from '../move-on/nrm-step.entity';
import { SurvivorEntity } from '../survivors/survivor.entity';
import { UserEntity } from '../users/user.entity';
import { NotificationDeliveryEntity } from '../notifications/notification-delivery.entity';
import { NotificationEventEntity } from '../notifications/notification-event.entity';
import { NotificationPreferenceEntity } from '../notifications/notification-preference.entity';
import { PushSubscriptionEntity } from '../notifications/push-subscription.entity';
import { VapidKeyEntity } from '../notifications/vapid-key.entity';

/** Every TypeORM entity: the data source and the migration check read this list. */
export const entities = [
  OrganisationEntity,
  UserEntity,
  UserSessionEntity,
  CommissioningEntity,
  AuditEventEntity,
  SafehouseEntity,
  BedEntity,
  BedOccupationEntity,
  BedBlockEntity,
  UnmetDemandEntity,
  InspectionEntity,
  InspectionRatingEntity,
  InspectionActionEntity,
  ReferralSuspensionEntity,
  SurvivorEntity,
  SupportCaseEntity,
  SupportEndChangeEntity,
  RecoveryNeedsAssessmentEntity,
  PlacementEntity,
  IdempotencyKeyEntity,
  SupportWorkerEntity,
  SupportWorkerAssignmentEntity,
  NrmDecisionEntity,
  NrmStepEntity,
  MoveOnPlanEntity,
  MoveOnGoalEntity,
  ScheduledJobEntity,
  NotificationEventEntity,
  NotificationDeliveryEntity,
  NotificationPreferenceEntity,
  PushSubscriptionEntity,
  VapidKeyEntity,
];
