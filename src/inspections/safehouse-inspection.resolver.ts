import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../common/access/access.decorators';
import { RequestContext } from '../common/request-context';
import { Safehouse } from '../safehouses/safehouse.model';
import { Inspection } from './inspection.model';
import { InspectionsService } from './inspections.service';
import { Rating } from './overall-rating';

/**
 * Safehouse.latestInspection, kept with inspections: null for a viewer who may not read inspections;
 * and Safehouse.latestRating, the grade alone, for everyone who sees the house.
 */
@Resolver(() => Safehouse)
export class SafehouseInspectionResolver {
  constructor(private readonly inspections: InspectionsService) {}

  @ResolveField('latestInspection', () => Inspection, {
    nullable: true,
    description: 'The latest PUBLISHED inspection.',
  })
  @SignedIn()
  async latestInspection(@Context() ctx: RequestContext, @Parent() safehouse: Safehouse): Promise<Inspection | null> {
    const inspection = await this.inspections.latestPublished(ctx, safehouse.id);
    return inspection && safehouse.confidentialWithheld ? { ...inspection, confidentialWithheld: true } : inspection;
  }

  @ResolveField('latestRating', () => Rating, {
    nullable: true,
    description:
      'The overall rating of the latest PUBLISHED inspection (null if never inspected): the grade the search ranks by, for everyone who may see the house. The report itself is latestInspection.',
  })
  @SignedIn()
  latestRating(@Context() ctx: RequestContext, @Parent() safehouse: Safehouse): Promise<Rating | null> {
    return this.inspections.latestRating(ctx, safehouse.id);
  }
}
