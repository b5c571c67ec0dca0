import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Gender } from '../safehouses/gender';
import { SafehouseKind } from '../safehouses/safehouse-kind';

@ObjectType({ description: 'Counts only: no person, place or search point is kept.' })
export class UnmetDemand {
  @Field(() => Gender)
  guestGender: Gender;

  @Field()
  withDependants: boolean;

  @Field()
  needsAccessibleBed: boolean;

  @Field(() => SafehouseKind, { nullable: true, description: 'Null when the searches asked for both kinds.' })
  kind: SafehouseKind | null;

  @Field(() => Int)
  searches: number;

  @Field(() => Int)
  searchesWithNoResult: number;

  @Field(() => Int)
  declines: number;

  @Field(() => Int, { description: 'Places the survivor turned down (cancelPlacement why SURVIVOR_DECLINED).' })
  survivorDeclines: number;
}
