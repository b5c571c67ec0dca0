import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../common/graphql/date.scalar';
import { MoveOnDestination } from '../placements/placement-enums';
import { Placement } from '../placements/placement.model';
import { Survivor } from '../survivors/survivor.model';
import { MoveOnPlanStatus } from './move-on-enums';
import { MoveOnGoal } from './move-on-goal.model';
import { NrmDecision } from './nrm-decision.model';

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
