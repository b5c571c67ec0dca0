import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/graphql/date-time.scalar';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsPositive,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Gender } from '../safehouses/gender';
import { SafehouseKind } from '../safehouses/safehouse-kind';
import { AvoidAreaInput } from './avoid-area.input';
import { GeoPointInput } from './geo-point.input';
import { Clearable } from '../common/validation/input-rules';
import { LanguageTag } from '../common/validation/language-tags';
import { DependantInput } from '../survivors/dependant.input';
import { DependantsCount, DependantsDetail } from '../survivors/dependants-fields';

@InputType()
export class AvailabilitySearchInput {
  @Field(() => GeoPointInput)
  @ValidateNested()
  @Type(() => GeoPointInput)
  near: GeoPointInput;

  @Field(() => Float, { nullable: true, defaultValue: 80 })
  @IsOptional()
  @IsNumber()
  @IsPositive()
  @Max(1000)
  radiusKm?: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Start of the stay; now when omitted.' })
  @Clearable()
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(365)
  nights: number;

  @Field(() => Gender)
  @IsEnum(Gender)
  guestGender: Gender;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @DependantsCount(19)
  dependants?: number;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  needsAccessibleBed?: boolean;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  needsStepFreeAccess?: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'BCP 47; when given, only safehouses whose staff speak it (for when nothing else will do).',
  })
  @Clearable()
  @IsOptional()
  @LanguageTag()
  language?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'BCP 47; safehouses whose staff speak it rank first after acceptsArrival, the rest still show.',
  })
  @Clearable()
  @IsOptional()
  @LanguageTag()
  preferLanguage?: string | null;

  @Field(() => [DependantInput], {
    nullable: true,
    description: 'The dependants one by one; when given, dependants is their number and house rules on age apply.',
  })
  @DependantsDetail(19)
  dependantsDetail?: DependantInput[];

  @Field(() => [SafehouseKind], { nullable: true, description: 'Both kinds when omitted.' })
  @Clearable()
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(SafehouseKind, { each: true })
  kinds?: SafehouseKind[] | null;

  @Field(() => [AvoidAreaInput], {
    nullable: true,
    defaultValue: [],
    description: 'Safehouses within any of these areas are left out.',
  })
  @Clearable()
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AvoidAreaInput)
  avoid?: AvoidAreaInput[] | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the person will arrive; from when omitted. Decides acceptsArrival.',
  })
  @Clearable()
  @IsOptional()
  @IsDate()
  arrivingAt?: Date | null;

  @Field(() => Int, { nullable: true, defaultValue: 20 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}
