import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { IDEMPOTENCY_KEY, idempotencyKeyMessage } from './placement-fields';

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
