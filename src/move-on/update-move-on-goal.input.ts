import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { DateScalar } from '../common/graphql/date.scalar';
import { IsCalendarDate, Text } from '../common/validation/validators';
import { GoalStatus } from './move-on-enums';

@InputType()
export class UpdateMoveOnGoalInput {
  @Field(() => GoalStatus, { nullable: true })
  @IsOptional()
  @IsEnum(GoalStatus)
  status?: GoalStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(2000)
  note?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'ownerSupportWorkerId is not a valid id' })
  ownerSupportWorkerId?: string;
}
