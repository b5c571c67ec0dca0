import { Field, ObjectType } from '@nestjs/graphql';
import { Gender } from '../safehouses/gender';
import { DependantAgeBand } from './dependant-age-band';

@ObjectType()
export class Dependant {
  @Field(() => DependantAgeBand)
  ageBand: DependantAgeBand;

  @Field(() => Gender)
  gender: Gender;
}
