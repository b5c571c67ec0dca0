import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { Clearable } from '../common/validation/input-rules';
import { Text } from '../common/validation/validators';
import { Gender } from './gender';
import { IntakeHoursInput } from './intake-hours.input';
import { SafehouseKind } from './safehouse-kind';
import { BoysUpToAge, Genders, LanguageCodes, Latitude, Longitude, UK_POSTCODE } from './safehouse-fields';

@InputType()
export class CreateSafehouseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'providerId is not a valid id' })
  providerId: string;

  @Field()
  @Text(200)
  name: string;

  @Field(() => SafehouseKind)
  @IsEnum(SafehouseKind)
  kind: SafehouseKind;

  @Field()
  @Text(100)
  area: string;

  @Field()
  @Text(500)
  address: string;

  @Field()
  @Text(10)
  @Matches(UK_POSTCODE, { message: 'postcode must be a UK postcode' })
  postcode: string;

  @Field(() => Float)
  @Latitude()
  latitude: number;

  @Field(() => Float)
  @Longitude()
  longitude: number;

  @Field(() => [Gender])
  @Genders()
  acceptsGenders: Gender[];

  @Field()
  @IsBoolean()
  acceptsDependants: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Oldest age of a boy accepted as a dependant (0 to 17); null for no limit.',
  })
  @Clearable()
  @IsOptional()
  @BoysUpToAge()
  acceptsBoysUpToAge?: number | null;

  @Field()
  @IsBoolean()
  stepFreeAccess: boolean;

  @Field(() => [String])
  @LanguageCodes()
  languages: string[];

  @Field(() => IntakeHoursInput)
  @ValidateNested()
  @Type(() => IntakeHoursInput)
  intakeHours: IntakeHoursInput;

  @Field()
  @IsBoolean()
  instantBooking: boolean;
}
