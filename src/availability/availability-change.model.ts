import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class AvailabilityChange {
  @Field(() => ID)
  safehouseId: string;

  @Field(() => ID)
  bedId: string;

  @Field(() => GraphQLISODateTime)
  at: Date;
}
