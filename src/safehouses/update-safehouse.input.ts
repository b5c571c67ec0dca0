import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, Matches, ValidateNested } from 'class-validator';
import { Clearable } from '../common/validation/input-rules';
import { Text } from '../common/validation/validators';
import { Gender } from './gender';
import { IntakeHoursInput } from './intake-hours.input';
import { BoysUpToAge, Genders, LanguageCodes, Latitude, Longitude, UK_POSTCODE } from './safehouse-fields';

/** Only the fields given change. */
@InputType()
export class UpdateSafehouseInput {
  @Field({ nullable: true })
  @IsOptional()
  @Text(200)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Text(100)
  area?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Text(500)
  address?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Text(10)
  @Matches(UK_POSTCODE, { message: 'postcode must be a UK postcode' })
  postcode?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Latitude()
  latitude?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Longitude()
  longitude?: number;

  @Field(() => [Gender], { nullable: true })
  @IsOptional()
  @Genders()
  acceptsGenders?: Gender[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  acceptsDependants?: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Oldest age of a boy accepted as a dependant (0 to 17); null for no limit.',
  })
  @Clearable()
  @IsOptional()
  @BoysUpToAge()
  acceptsBoysUpToAge?: number | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  stepFreeAccess?: boolean;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @LanguageCodes()
  languages?: string[];

  @Field(() => IntakeHoursInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => IntakeHoursInput)
  intakeHours?: IntakeHoursInput;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  instantBooking?: boolean;
}
