import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { SurvivorInput } from '../survivors/survivor.input';
import { BedStayInput } from './bed-stay.input';
import { IDEMPOTENCY_KEY, idempotencyKeyMessage } from './placement-fields';
import { Clearable } from '../common/validation/input-rules';

@InputType({
  description: 'A placement made by the provider itself: a referral by phone, a self-referral, an allocation.',
})
export class DirectPlacementInput extends BedStayInput {
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
  @Clearable()
  @IsOptional()
  @IsString()
  @Matches(IDEMPOTENCY_KEY, idempotencyKeyMessage)
  idempotencyKey?: string;
}
