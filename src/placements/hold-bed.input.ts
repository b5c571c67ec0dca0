import { Field, InputType } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/graphql/date-time.scalar';
import { IsDate, IsOptional, IsString, Matches } from 'class-validator';
import { BedStayInput } from './bed-stay.input';
import { IDEMPOTENCY_KEY, idempotencyKeyMessage } from '../idempotency/idempotency-key.rule';
import { Clearable } from '../common/validation/input-rules';

@InputType()
export class HoldBedInput extends BedStayInput {
  @Field(() => DateTimeScalar, { nullable: true })
  @Clearable()
  @IsOptional()
  @IsDate()
  arrivingAt?: Date;

  @Field(() => String, {
    nullable: true,
    description: 'A retry with the same key by the same user returns the first result and holds nothing more.',
  })
  @Clearable()
  @IsOptional()
  @IsString()
  @Matches(IDEMPOTENCY_KEY, idempotencyKeyMessage)
  idempotencyKey?: string;
}
