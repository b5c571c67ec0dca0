import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { DateScalar } from '../common/graphql/date.scalar';
import { IsCalendarDate, Text } from '../common/validation/validators';
import { MoveOnArea } from './move-on-enums';
import { Clearable, MultiLine } from '../common/validation/input-rules';

@InputType()
export class MoveOnGoalInput {
  @Field(() => MoveOnArea)
  @IsEnum(MoveOnArea)
  area: MoveOnArea;

  @Field()
  @MultiLine()
  @Text(500)
  description: string;

  @Field(() => ID, { nullable: true })
  @Clearable()
  @IsOptional()
  @IsUUID('all', { message: 'ownerSupportWorkerId is not a valid id' })
  ownerSupportWorkerId?: string;

  @Field(() => DateScalar, { nullable: true })
  @Clearable()
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string;
}
