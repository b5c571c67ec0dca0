import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, MaxLength, ValidateBy } from 'class-validator';
import { Gender } from '../safehouses/gender';
import { IsCalendarDate, Text } from '../common/validation/validators';
import { DateScalar } from '../common/graphql/date.scalar';
import { LanguageTags } from '../common/validation/language-tags';
import { AgeStatus, ageStatusOf } from './age-status';
import { DependantInput } from './dependant.input';
import { DependantsCount, DependantsDetail } from './dependants-fields';
import { NrmStatus } from './nrm-status';
import { Clearable, MultiLine } from '../common/validation/input-rules';

/**
 * One of `ageStatus` and `adult` (true ADULT, false CHILD), or both saying the same: neither, or
 * both disagreeing, is BAD_USER_INPUT naming `ageStatus`, so nobody is taken for an adult by default.
 */
const AgeStatusGiven = () =>
  ValidateBy({
    name: 'ageStatusGiven',
    validator: {
      validate: (value, args) => {
        const { adult } = args!.object as SurvivorInput;
        if (value === undefined || value === null) return adult === true || adult === false;
        if (!Object.values(AgeStatus).includes(value as AgeStatus)) return false;
        return adult === undefined || adult === null || ageStatusOf({ adult }) === value;
      },
      defaultMessage: (args) =>
        args!.value === undefined || args!.value === null
          ? '$property is required: give ageStatus (ADULT, CHILD or AGE_UNCERTAIN), or adult'
          : '$property must be ADULT, CHILD or AGE_UNCERTAIN, and agree with adult when both are given',
    },
  });

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

  @Field(() => Boolean, {
    nullable: true,
    description: 'true means ageStatus ADULT, false CHILD; give one of adult and ageStatus.',
  })
  @IsOptional()
  @IsBoolean()
  adult?: boolean;

  @Field(() => AgeStatus, {
    nullable: true,
    description: "Must be ADULT to place or support: a child or an uncertain age is referred to children's services.",
  })
  @AgeStatusGiven()
  ageStatus?: AgeStatus;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @DependantsCount(10)
  dependants?: number;

  @Field(() => [DependantInput], {
    nullable: true,
    description: 'The dependants one by one; when given, dependants is their number.',
  })
  @DependantsDetail(10)
  dependantsDetail?: DependantInput[];

  @Field(() => [String], { nullable: true, defaultValue: [], description: 'BCP 47 language tags.' })
  @IsOptional()
  @LanguageTags(10)
  languages?: string[];

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  interpreterNeeded?: boolean;

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
