import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, IsUUID, Matches, ValidateNested } from 'class-validator';
import { SurvivorInput } from '../survivors/survivor.input';
import { BedStayInput } from './bed-stay.input';
import { IDEMPOTENCY_KEY, idempotencyKeyMessage } from '../idempotency/idempotency-key.rule';
import { Clearable } from '../common/validation/input-rules';

@InputType({
  description: 'A placement made by the provider itself: a referral by phone, a self-referral, an allocation.',
})
export class DirectPlacementInput extends BedStayInput {
  @Field(() => SurvivorInput, { nullable: true, description: 'A new person; give this or supportCaseId.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SurvivorInput)
  survivor?: SurvivorInput;

  @Field(() => ID, {
    nullable: true,
    description: 'A person the provider already supports (an OPEN case): the placement joins that case.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'supportCaseId is not a valid id' })
  supportCaseId?: string;

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
