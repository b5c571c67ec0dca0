import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { Gender } from '../safehouses/gender';
import { IsCalendarDate, Text } from '../common/validation/validators';
import { DateScalar } from '../common/graphql/date.scalar';
import { NrmStatus } from './nrm-status';
import { Clearable, MultiLine } from '../common/validation/input-rules';

@InputType()
export class SurvivorInput {
  @Field(() => String, { nullable: true })
  @Clearable()
  @IsOptional()
  @Text(100)
  reference?: string;

  @Field(() => String, { nullable: true })
  @Clearable()
  @IsOptional()
  @Text(100)
  preferredName?: string;

  @Field(() => Gender)
  @IsEnum(Gender)
  gender: Gender;

  @Field({ description: "Must be true: children are referred to local authority children's services." })
  @IsBoolean()
  adult: boolean;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  dependants?: number;

  @Field(() => [String], { nullable: true, defaultValue: [] })
  @IsOptional()
  @ArrayMaxSize(10)
  @Matches(/^[a-z]{2}$/, { each: true, message: 'languages must be two-letter ISO 639-1 codes' })
  languages?: string[];

  @Field(() => String, { nullable: true })
  @Clearable()
  @MultiLine()
  @IsOptional()
  @Text(500)
  @MaxLength(500)
  accessibilityNeeds?: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  needsAccessibleBed?: boolean;

  @Field(() => Gender, { nullable: true })
  @Clearable()
  @IsOptional()
  @IsEnum(Gender)
  prefersWorkerGender?: Gender;

  @Field(() => NrmStatus)
  @IsEnum(NrmStatus)
  nrmStatus: NrmStatus;

  @Field(() => DateScalar, { nullable: true, description: 'When the NRM referral was made, if known.' })
  @Clearable()
  @IsOptional()
  @IsCalendarDate()
  nrmReferredOn?: string;

  @Field({ description: 'The person agrees to this referral and to the sharing of these details with the provider.' })
  @IsBoolean()
  consentToReferral: boolean;
}
