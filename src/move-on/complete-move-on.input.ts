import { Field, ID, InputType } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/graphql/date-time.scalar';
import { IsDate, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { DateScalar } from '../common/graphql/date.scalar';
import { IsCalendarDate } from '../common/validation/validators';
import { MoveOnDestination } from '../placements/placement-enums';
import { Clearable } from '../common/validation/input-rules';

@InputType()
export class CompleteMoveOnInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'planId is not a valid id' })
  planId: string;

  @Field(() => DateTimeScalar)
  @IsDate()
  movedOnAt: Date;

  @Field(() => MoveOnDestination)
  @IsEnum(MoveOnDestination)
  destination: MoveOnDestination;

  @Field(() => DateScalar, { nullable: true })
  @Clearable()
  @IsOptional()
  @IsCalendarDate()
  reachInSupportUntil?: string;
}
