import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../common/graphql/date.scalar';
import { SupportWorker } from '../support-workers/support-worker.model';
import { GoalStatus, MoveOnArea } from './move-on-enums';

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
