import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/graphql/date-time.scalar';
import { PlacementStatus } from './placement-enums';

@ObjectType({ description: 'A placement changed status. Carries no personal data.' })
export class PlacementChange {
  @Field(() => ID)
  placementId: string;

  @Field(() => ID)
  safehouseId: string;

  @Field(() => PlacementStatus)
  status: PlacementStatus;

  @Field(() => DateTimeScalar)
  at: Date;
}
