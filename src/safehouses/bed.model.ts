import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class Bed {
  @Field(() => ID)
  id: string;

  @Field()
  label: string;

  @Field(() => Int, {
    description: 'How many people the bed or room sleeps: 1 for a single bed, more for a family room.',
  })
  sleeps: number;

  @Field()
  accessible: boolean;

  /** Not a field: for the safehouse resolver. */
  safehouseId: string;

  /** Not a field: reached from a search result, so the house's address stays withheld. */
  confidentialWithheld?: boolean;
}
