import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { DateScalar } from '../common/graphql/date.scalar';
import { IsCalendarDate, Text } from '../common/validation/validators';
import { MoveOnGoalInput } from './move-on-goal.input';
import { Clearable, MultiLine } from '../common/validation/input-rules';

@InputType()
export class CreateMoveOnPlanInput {
  @Field(() => ID, { nullable: true, description: 'Give this or supportCaseId.' })
  @IsOptional()
  @IsUUID('all', { message: 'placementId is not a valid id' })
  placementId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'supportCaseId is not a valid id' })
  supportCaseId?: string;

  @Field(() => String, { nullable: true })
  @Clearable()
  @MultiLine()
  @IsOptional()
  @Text(2000)
  assessmentSummary?: string;

  @Field(() => DateScalar, { nullable: true })
  @Clearable()
  @IsOptional()
  @IsCalendarDate()
  targetMoveOnOn?: string;

  @Field(() => [MoveOnGoalInput], { nullable: true, defaultValue: [] })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MoveOnGoalInput)
  goals?: MoveOnGoalInput[];
}
