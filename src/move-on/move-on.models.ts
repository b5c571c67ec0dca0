import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../common/pagination/connection';
import { DateScalar } from '../common/graphql/date.scalar';
import { MoveOnDestination } from '../placements/placement-enums';
import { Placement } from '../placements/placement.model';
import { SupportWorker } from '../support-workers/support-worker.model';
import { Survivor } from '../survivors/survivor.model';
import { NrmDecisionKind } from './nrm-decision-kind';
import { GoalStatus, MoveOnArea, MoveOnPlanStatus } from './move-on.entities';

registerEnumType(MoveOnPlanStatus, { name: 'MoveOnPlanStatus' });
registerEnumType(MoveOnArea, { name: 'MoveOnArea' });
registerEnumType(GoalStatus, { name: 'GoalStatus' });

@ObjectType()
export class NrmDecision {
  @Field(() => NrmDecisionKind)
  decision: NrmDecisionKind;

  @Field(() => DateScalar)
  decidedOn: string;

  @Field(() => GraphQLISODateTime)
  recordedAt: Date;

  id: string;
}

@ObjectType()
export class MoveOnGoal {
  @Field(() => ID)
  id: string;

  @Field(() => MoveOnArea)
  area: MoveOnArea;

  @Field()
  description: string;

  @Field(() => SupportWorker, { nullable: true })
  owner?: SupportWorker | null;

  @Field(() => DateScalar, { nullable: true })
  dueOn: string | null;

  @Field(() => GoalStatus)
  status: GoalStatus;

  @Field(() => String, { nullable: true })
  note: string | null;

  ownerSupportWorkerId: string | null;
}

@ObjectType()
export class MoveOnPlan {
  @Field(() => ID)
  id: string;

  @Field(() => Placement)
  placement?: Placement;

  @Field(() => Survivor)
  survivor?: Survivor;

  @Field(() => MoveOnPlanStatus)
  status: MoveOnPlanStatus;

  @Field(() => NrmDecision, { nullable: true, description: 'The NRM decision that set supportEndsOn, if any.' })
  triggeringDecision?: NrmDecision | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day of support that the decision guarantees (CONTRACT.md, Move-on).',
  })
  supportEndsOn: string | null;

  @Field(() => String, { nullable: true, description: 'The policy that set supportEndsOn, as it stood then.' })
  supportEndRule: string | null;

  @Field(() => String, { nullable: true })
  assessmentSummary: string | null;

  @Field(() => DateScalar, { nullable: true })
  targetMoveOnOn: string | null;

  @Field(() => [MoveOnGoal])
  goals?: MoveOnGoal[];

  @Field(() => GraphQLISODateTime, { nullable: true })
  movedOnAt: Date | null;

  @Field(() => MoveOnDestination, { nullable: true })
  destination: MoveOnDestination | null;

  @Field(() => DateScalar, { nullable: true })
  reachInSupportUntil: string | null;

  @Field({ description: 'Past supportEndsOn and not COMPLETED.' })
  overdue: boolean;

  placementId: string;
  survivorId: string;
  providerId: string;
  triggeringDecisionId: string | null;
}

@ObjectType()
export class MoveOnPlanConnection extends ConnectionType(MoveOnPlan, 'MoveOnPlan') {}
