import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { DateScalar } from '../common/graphql/date.scalar';
import { IsCalendarDate } from '../common/validation/validators';
import { MoveOnPlanStatus } from './move-on-enums';
import { Clearable } from '../common/validation/input-rules';

@InputType()
@Clearable()
export class MoveOnPlanFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'providerId is not a valid id' })
  providerId?: string;

  @Field(() => MoveOnPlanStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MoveOnPlanStatus)
  status?: MoveOnPlanStatus;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  supportEndsBefore?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;
}
