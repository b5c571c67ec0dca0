import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDate,
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
import { IDEMPOTENCY_KEY, idempotencyKeyMessage } from './placement-fields';

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
