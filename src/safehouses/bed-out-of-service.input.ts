import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsUUID } from 'class-validator';
import { Text } from '../common/validation/validators';

@InputType()
export class BedOutOfServiceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'bedId is not a valid id' })
  bedId: string;

  @Field(() => GraphQLISODateTime)
  @IsDate()
  from: Date;

  @Field(() => GraphQLISODateTime)
  @IsDate()
  until: Date;

  @Field()
  @Text(500)
  reason: string;
}
