import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../common/access/access.decorators';
import { RequestContext } from '../common/request-context';
import { Safehouse } from '../safehouses/safehouse.model';
import { Inspection } from './inspection.model';
import { InspectionsService } from './inspections.service';

/** Safehouse.latestInspection, kept with inspections: null for a viewer who may not read inspections. */
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
}
