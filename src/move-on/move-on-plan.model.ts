import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/graphql/date-time.scalar';
import { DateScalar } from '../common/graphql/date.scalar';
import { MoveOnDestination } from '../placements/placement-enums';
import { Placement } from '../placements/placement.model';
import { SupportCase } from '../support-cases/support-case.model';
import { Survivor } from '../survivors/survivor.model';
import { MoveOnPlanStatus } from './move-on-enums';
import { MoveOnGoal } from './move-on-goal.model';
import { NrmDecision } from './nrm-decision.model';

@ObjectType()
export class MoveOnPlan {
  @Field(() => ID)
  id: string;

  @Field(() => SupportCase)
  supportCase?: SupportCase;

  @Field(() => Placement, {
    nullable: true,
    description: "The case's live placement, else its last one; null when the case never had a bed.",
  })
  placement?: Placement | null;

  @Field(() => Survivor)
  survivor?: Survivor;

  @Field(() => MoveOnPlanStatus)
  status: MoveOnPlanStatus;

  @Field(() => NrmDecision, {
    nullable: true,
    description:
      'The latest NRM decision that set the end of support, if any (an RNA or extension may have moved it since).',
  })
  triggeringDecision?: NrmDecision | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "The case's supportEndsOn (CONTRACT.md, The NRM journey and the end of support).",
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

  @Field(() => DateTimeScalar, { nullable: true })
  movedOnAt: Date | null;

  @Field(() => MoveOnDestination, { nullable: true })
  destination: MoveOnDestination | null;

  @Field(() => DateScalar, { nullable: true })
  reachInSupportUntil: string | null;

  @Field({ description: "The case's overdue: OPEN, past supportEndsOn, nothing pending." })
  overdue: boolean;

  supportCaseId: string;
  survivorId: string;
  providerId: string;
  triggeringDecisionId: string | null;
}
