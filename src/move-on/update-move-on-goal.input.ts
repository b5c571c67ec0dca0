import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { DateScalar } from '../common/graphql/date.scalar';
import { IsCalendarDate, Text } from '../common/validation/validators';
import { GoalStatus } from './move-on-enums';
import { Clearable, MultiLine } from '../common/validation/input-rules';

@InputType()
export class UpdateMoveOnGoalInput {
  @Field(() => GoalStatus, { nullable: true })
  @IsOptional()
  @IsEnum(GoalStatus)
  status?: GoalStatus;

  @Field(() => String, { nullable: true })
  @Clearable()
  @MultiLine()
  @IsOptional()
  @Text(2000)
  note?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Clearable()
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The support worker who owns the goal; null unassigns it (a coordinator only).',
  })
  @Clearable()
  @IsOptional()
  @IsUUID('all', { message: 'ownerSupportWorkerId is not a valid id' })
  ownerSupportWorkerId?: string | null;
}
