import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/graphql/date-time.scalar';

@ObjectType()
export class AvailabilityChange {
  @Field(() => ID)
  safehouseId: string;

  @Field(() => ID)
  bedId: string;

  @Field(() => DateTimeScalar)
  at: Date;
}
