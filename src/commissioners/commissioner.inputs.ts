import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { DateScalar } from '../common/graphql/date.scalar';
import { IsCalendarDate, Text } from '../common/validation/validators';
import { Clearable } from '../common/validation/input-rules';

@InputType()
export class CreateCommissionerInput {
  @Field()
  @Text(200)
  name: string;

  @Field(() => String, { nullable: true })
  @Clearable()
  @IsOptional()
  @Text(100)
  region?: string;
}

@InputType()
export class CommissionProviderInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'commissionerId is not a valid id' })
  commissionerId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'providerId is not a valid id' })
  providerId: string;

  @Field(() => DateScalar)
  @IsCalendarDate()
  startsOn: string;

  @Field(() => DateScalar, { nullable: true })
  @Clearable()
  @IsOptional()
  @IsCalendarDate()
  endsOn?: string;
}
