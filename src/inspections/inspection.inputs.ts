import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from '@nestjs/graphql';
import { DateScalar } from '../common/graphql/date.scalar';
import { IsCalendarDate, Text } from '../common/validation/validators';
import { InspectionKind, InspectionStatus, KeyQuestion, StandardOutcome } from './inspection-enums';
import { Rating } from './overall-rating';
import { Clearable, MultiLine } from '../common/validation/input-rules';

@InputType()
export class KeyQuestionRatingInput {
  @Field(() => KeyQuestion)
  @IsEnum(KeyQuestion)
  keyQuestion: KeyQuestion;

  @Field(() => Rating)
  @IsEnum(Rating)
  rating: Rating;

  @Field()
  @MultiLine()
  @Text(4000)
  summary: string;
}

@InputType()
export class StandardFindingInput {
  @Field()
  @Text(200)
  standard: string;

  @Field(() => StandardOutcome)
  @IsEnum(StandardOutcome)
  outcome: StandardOutcome;

  @Field(() => String, { nullable: true })
  @Clearable()
  @MultiLine()
  @IsOptional()
  @Text(4000)
  notes?: string | null;
}

@InputType()
export class InspectionActionInput {
  @Field()
  @MultiLine()
  @Text(2000)
  description: string;

  @Field(() => KeyQuestion, { nullable: true })
  @Clearable()
  @IsOptional()
  @IsEnum(KeyQuestion)
  keyQuestion?: KeyQuestion | null;

  @Field(() => DateScalar)
  @IsCalendarDate()
  dueOn: string;
}

/** What an inspection says; recordInspection adds where, updateInspection replaces a draft's whole content. */
@InputType()
export class InspectionContentInput {
  @Field(() => DateScalar)
  @IsCalendarDate()
  inspectedOn: string;

  @Field(() => InspectionKind)
  @IsEnum(InspectionKind)
  kind: InspectionKind;

  @Field()
  @Text(200)
  inspectorName: string;

  @Field(() => [KeyQuestionRatingInput], { description: 'Exactly one for each of the five key questions.' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => KeyQuestionRatingInput)
  ratings: KeyQuestionRatingInput[];

  @Field(() => [StandardFindingInput], { nullable: true, defaultValue: [] })
  @Clearable()
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => StandardFindingInput)
  findings?: StandardFindingInput[] | null;

  @Field(() => [InspectionActionInput], { nullable: true, defaultValue: [] })
  @Clearable()
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => InspectionActionInput)
  actions?: InspectionActionInput[] | null;

  @Field(() => Rating, { nullable: true })
  @Clearable()
  @IsOptional()
  @IsEnum(Rating)
  overallRatingOverride?: Rating | null;

  @Field(() => String, { nullable: true, description: 'Required with overallRatingOverride.' })
  @Clearable()
  @MultiLine()
  @IsOptional()
  @Text(4000)
  overrideReason?: string | null;
}

@InputType()
export class RecordInspectionInput extends InspectionContentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'safehouseId is not a valid id' })
  safehouseId: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The commissioner the inspection is for. ADMIN must name one that commissions the provider now; a commissioner may leave it out (it is always their own organisation).',
  })
  @Clearable()
  @IsOptional()
  @IsUUID('all', { message: 'commissionerId is not a valid id' })
  commissionerId?: string | null;
}

/** A draft's corrected content, replacing what was recorded (ratings, findings and actions too). */
@InputType()
export class UpdateInspectionInput extends InspectionContentInput {}

@InputType()
@Clearable()
export class InspectionFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'providerId is not a valid id' })
  providerId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'safehouseId is not a valid id' })
  safehouseId?: string | null;

  @Field(() => InspectionStatus, { nullable: true })
  @IsOptional()
  @IsEnum(InspectionStatus)
  status?: InspectionStatus | null;

  @Field(() => Rating, { nullable: true })
  @IsOptional()
  @IsEnum(Rating)
  overallRating?: Rating | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  hasOverdueActions?: boolean | null;
}
