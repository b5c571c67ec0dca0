import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { PlacementStatus } from './placement-enums';

@ObjectType({ description: 'A placement changed status. Carries no personal data.' })
export class PlacementChange {
  @Field(() => ID)
  placementId: string;

  @Field(() => ID)
  safehouseId: string;

  @Field(() => PlacementStatus)
  status: PlacementStatus;

  @Field(() => GraphQLISODateTime)
  at: Date;
}
