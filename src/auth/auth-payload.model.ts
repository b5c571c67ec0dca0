import { Field, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/graphql/date-time.scalar';
import { User } from '../users/user.model';

@ObjectType()
export class AuthPayload {
  @Field()
  accessToken: string;

  @Field(() => DateTimeScalar)
  expiresAt: Date;

  @Field(() => User)
  user: User;
}
