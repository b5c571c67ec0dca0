import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Gender } from '../safehouses/gender';
import { Text } from '../common/validation/validators';
import { LanguageTags } from '../common/validation/language-tags';
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

  @Field(() => [String], { nullable: true, defaultValue: [], description: 'BCP 47 language tags.' })
  @IsOptional()
  @LanguageTags(10)
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

  @Field({ description: 'The person agrees to this referral and to the sharing of these details with the provider.' })
  @IsBoolean()
  consentToReferral: boolean;
}
