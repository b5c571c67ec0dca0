import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { SurvivorInput } from '../survivors/survivor.input';
import { PlacementStatus } from './placement-enums';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,100}$/;
const idempotencyKeyMessage = { message: 'idempotencyKey must be 8 to 100 letters, digits or . _ : -' };

@InputType()
export class HoldBedInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'bedId is not a valid id' })
  bedId: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Start of the stay; now when omitted.' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(365)
  nights: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  arrivingAt?: Date;

  @Field(() => String, {
    nullable: true,
    description: 'A retry with the same key by the same user returns the first result and holds nothing more.',
  })
  @IsOptional()
  @IsString()
  @Matches(IDEMPOTENCY_KEY, idempotencyKeyMessage)
  idempotencyKey?: string;
}

@InputType()
export class ConfirmPlacementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'placementId is not a valid id' })
  placementId: string;

  @Field(() => SurvivorInput)
  @ValidateNested()
  @Type(() => SurvivorInput)
  survivor: SurvivorInput;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Matches(IDEMPOTENCY_KEY, idempotencyKeyMessage)
  idempotencyKey?: string;
}

@InputType({
  description: 'A placement made by the provider itself: a referral by phone, a self-referral, an allocation.',
})
export class DirectPlacementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'bedId is not a valid id' })
  bedId: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Start of the stay; now when omitted.' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(365)
  nights: number;

  @Field(() => SurvivorInput)
  @ValidateNested()
  @Type(() => SurvivorInput)
  survivor: SurvivorInput;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'True when the person is already in the house: the placement starts ARRIVED.',
  })
  @IsOptional()
  @IsBoolean()
  arrived?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Matches(IDEMPOTENCY_KEY, idempotencyKeyMessage)
  idempotencyKey?: string;
}

@InputType()
export class PlacementFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'safehouseId is not a valid id' })
  safehouseId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'providerId is not a valid id' })
  providerId?: string;

  @Field(() => [PlacementStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(PlacementStatus, { each: true })
  statuses?: PlacementStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'survivorId is not a valid id' })
  survivorId?: string;
}
