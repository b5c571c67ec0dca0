import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsDate, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { DateScalar } from '../common/graphql/date.scalar';
import { IsCalendarDate, Text } from '../common/validation/validators';
import { MoveOnDestination } from '../placements/placement-enums';
import { GoalStatus, MoveOnArea, MoveOnPlanStatus } from './move-on.entities';
import { NrmDecisionKind } from './nrm-decision-kind';

@InputType()
export class RecordNrmDecisionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'survivorId is not a valid id' })
  survivorId: string;

  @Field(() => NrmDecisionKind)
  @IsEnum(NrmDecisionKind)
  decision: NrmDecisionKind;

  @Field(() => DateScalar)
  @IsCalendarDate()
  decidedOn: string;
}

@InputType()
export class MoveOnGoalInput {
  @Field(() => MoveOnArea)
  @IsEnum(MoveOnArea)
  area: MoveOnArea;

  @Field()
  @Text(500)
  description: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'ownerSupportWorkerId is not a valid id' })
  ownerSupportWorkerId?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string;
}

@InputType()
export class CreateMoveOnPlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'placementId is not a valid id' })
  placementId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(2000)
  assessmentSummary?: string;

  @Field(() => DateScalar, { nullable: true })
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

@InputType()
export class CompleteMoveOnInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'planId is not a valid id' })
  planId: string;

  @Field(() => GraphQLISODateTime)
  @IsDate()
  movedOnAt: Date;

  @Field(() => MoveOnDestination)
  @IsEnum(MoveOnDestination)
  destination: MoveOnDestination;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  reachInSupportUntil?: string;
}

@InputType()
export class MoveOnPlanFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'providerId is not a valid id' })
  providerId?: string;

  @Field(() => MoveOnPlanStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MoveOnPlanStatus)
  status?: MoveOnPlanStatus;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  supportEndsBefore?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;
}
