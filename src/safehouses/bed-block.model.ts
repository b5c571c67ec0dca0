import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/graphql/date-time.scalar';
import { Bed } from './bed.model';

@ObjectType()
export class BedBlock {
  @Field(() => ID)
  id: string;

  @Field(() => Bed)
  bed: Bed;

  @Field(() => DateTimeScalar)
  from: Date;

  @Field(() => DateTimeScalar)
  until: Date;

  @Field()
  reason: string;
}
