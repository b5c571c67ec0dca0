import { Field, ID, InputType } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/graphql/date-time.scalar';
import { IsDate, IsUUID } from 'class-validator';
import { Text } from '../common/validation/validators';

@InputType()
export class BedOutOfServiceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'bedId is not a valid id' })
  bedId: string;

  @Field(() => DateTimeScalar)
  @IsDate()
  from: Date;

  @Field(() => DateTimeScalar)
  @IsDate()
  until: Date;

  @Field()
  @Text(500)
  reason: string;
}
