import { Field, Float, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/graphql/date-time.scalar';
import { Bed } from '../safehouses/bed.model';
import { Safehouse } from '../safehouses/safehouse.model';

@ObjectType()
export class SafehouseAvailability {
  @Field(() => Safehouse)
  safehouse: Safehouse;

  @Field(() => Float, { description: 'Great-circle distance from the search point, rounded to the nearest 0.5 km.' })
  distanceKm: number;

  @Field(() => [Bed])
  availableBeds: Bed[];

  @Field({ description: 'True when the intake hours are open at arrivingAt.' })
  acceptsArrival: boolean;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'The next time intake opens, when acceptsArrival is false.',
  })
  nextIntakeAt: Date | null;

  @Field({ description: "Staff speak the search's preferLanguage." })
  speaksPreferredLanguage: boolean;
}
