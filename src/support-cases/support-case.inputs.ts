import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { DateScalar } from '../common/graphql/date.scalar';
import { Clearable, MultiLine } from '../common/validation/input-rules';
import { IsCalendarDate, Text } from '../common/validation/validators';
import { IDEMPOTENCY_KEY, idempotencyKeyMessage } from '../idempotency/idempotency-key.rule';
import { SurvivorInput } from '../survivors/survivor.input';
import { MoveOnArea, SupportCaseStatus, SupportSetting } from './support-case-enums';

@InputType({ description: 'An outreach case: a person supported where they already live, with no bed.' })
export class OpenSupportCaseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'providerId is not a valid id' })
  providerId: string;

  @Field(() => SurvivorInput)
  @ValidateNested()
  @Type(() => SurvivorInput)
  survivor: SurvivorInput;

  @Field({ description: 'The local authority area the person lives in.' })
  @Text(100)
  area: string;

  @Field(() => String, { nullable: true })
  @Clearable()
  @IsOptional()
  @Matches(IDEMPOTENCY_KEY, idempotencyKeyMessage)
  idempotencyKey?: string;
}

@InputType()
@Clearable()
export class SupportCaseFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'providerId is not a valid id' })
  providerId?: string;

  @Field(() => SupportCaseStatus, { nullable: true })
  @IsOptional()
  @IsEnum(SupportCaseStatus)
  status?: SupportCaseStatus;

  @Field(() => SupportSetting, { nullable: true })
  @IsOptional()
  @IsEnum(SupportSetting)
  setting?: SupportSetting;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'supportWorkerId is not a valid id' })
  supportWorkerId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  supportEndsBefore?: string;
}

@InputType()
export class SubmitRecoveryNeedsAssessmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'supportCaseId is not a valid id' })
  supportCaseId: string;

  @Field(() => DateScalar)
  @IsCalendarDate()
  submittedOn: string;

  @Field(() => [MoveOnArea])
  @ArrayMaxSize(20)
  @IsEnum(MoveOnArea, { each: true })
  needs: MoveOnArea[];

  @Field(() => String, { nullable: true })
  @Clearable()
  @MultiLine()
  @IsOptional()
  @Text(2000)
  note?: string;
}

@InputType()
export class RecoveryNeedsAssessmentOutcomeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'assessmentId is not a valid id' })
  assessmentId: string;

  @Field(() => DateScalar)
  @IsCalendarDate()
  decidedOn: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Support agreed until this day; omit when no further support was agreed.',
  })
  @Clearable()
  @IsOptional()
  @IsCalendarDate()
  supportUntil?: string | null;

  @Field(() => String, { nullable: true })
  @Clearable()
  @MultiLine()
  @IsOptional()
  @Text(2000)
  note?: string;
}

@InputType()
export class ExtendSupportInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'supportCaseId is not a valid id' })
  supportCaseId: string;

  @Field(() => DateScalar)
  @IsCalendarDate()
  until: string;

  @Field()
  @MultiLine()
  @Text(500)
  reason: string;
}
