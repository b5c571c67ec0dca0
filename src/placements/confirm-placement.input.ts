import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Matches, ValidateNested } from 'class-validator';
import { SurvivorInput } from '../survivors/survivor.input';
import { IDEMPOTENCY_KEY, idempotencyKeyMessage } from '../idempotency/idempotency-key.rule';
import { Clearable } from '../common/validation/input-rules';

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
  @Clearable()
  @IsOptional()
  @IsString()
  @Matches(IDEMPOTENCY_KEY, idempotencyKeyMessage)
  idempotencyKey?: string;
}
