import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsOptional, Matches } from 'class-validator';
import { Clearable } from '../common/validation/input-rules';
import { PHONE_PATTERN, Text } from '../common/validation/validators';

/** Only the fields given change. */
@InputType()
export class UpdateProviderInput {
  @Field({ nullable: true })
  @IsOptional()
  @Text(200)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Text(30)
  @Matches(PHONE_PATTERN, { message: 'outOfHoursPhone must be a telephone number' })
  outOfHoursPhone?: string;

  @Field(() => String, {
    nullable: true,
    description: 'A shared on-call mailbox that hears of referrals (CONTRACT.md, Notifications).',
  })
  @Clearable()
  @IsOptional()
  @Text(254)
  @IsEmail({}, { message: 'onCallEmail must be an email address' })
  onCallEmail?: string | null;
}
