import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../common/graphql/date.scalar';
import { Rating } from '../inspections/overall-rating';
import { Safehouse } from '../safehouses/safehouse.model';

/** One house's line of a commissioner's quality review. */
@ObjectType()
export class SafehouseQuality {
  @Field(() => Safehouse)
  safehouse: Safehouse;

  @Field(() => Rating, { nullable: true })
  latestRating: Rating | null;

  @Field(() => DateScalar, { nullable: true })
  lastInspectedOn: string | null;

  @Field(() => DateScalar, { nullable: true })
  nextInspectionDueOn: string | null;

  @Field({ description: 'Never inspected, or past nextInspectionDueOn.' })
  inspectionOverdue: boolean;

  @Field(() => Int, { description: 'OPEN actions of published inspections.' })
  openActions: number;

  @Field(() => Int, { description: 'OPEN actions past their dueOn (Europe/London).' })
  overdueActions: number;

  @Field(() => Float, {
    description:
      'Share of bed-nights occupied over the last 90 days, 0..1: time under live placements divided by the time the beds were in service (existing, not removed, not blocked out of service).',
  })
  occupancyRate: number;

  @Field()
  referralsSuspended: boolean;
}
