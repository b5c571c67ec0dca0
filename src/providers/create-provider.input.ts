import { Field, InputType } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { PHONE_PATTERN, Text } from '../common/validation/validators';

@InputType()
export class CreateProviderInput {
  @Field()
  @Text(200)
  name: string;

  @Field()
  @Text(30)
  @Matches(PHONE_PATTERN, { message: 'outOfHoursPhone must be a telephone number' })
  outOfHoursPhone: string;
}
