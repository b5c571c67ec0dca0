import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Bed } from './bed.model';

@ObjectType()
export class BedBlock {
  @Field(() => ID)
  id: string;

  @Field(() => Bed)
  bed: Bed;

  @Field(() => GraphQLISODateTime)
  from: Date;

  @Field(() => GraphQLISODateTime)
  until: Date;

  @Field()
  reason: string;
}
