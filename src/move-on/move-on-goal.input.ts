import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { DateScalar } from '../common/graphql/date.scalar';
import { IsCalendarDate, Text } from '../common/validation/validators';
import { MoveOnArea } from './move-on-enums';

@InputType()
export class MoveOnGoalInput {
  @Field(() => MoveOnArea)
  @IsEnum(MoveOnArea)
  area: MoveOnArea;

  @Field()
  @Text(500)
  description: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'ownerSupportWorkerId is not a valid id' })
  ownerSupportWorkerId?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string;
}
