import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../common/access/access.decorators';
import { RequestContext } from '../common/request-context';
import { Provider } from '../providers/provider.model';
import { Safehouse } from './safehouse.model';
import { SafehousesService } from './safehouses.service';

/** Provider.safehouses lives here, beside the houses, so providers need not know about them. */
@Resolver(() => Provider)
export class ProviderSafehousesResolver {
  constructor(private readonly houses: SafehousesService) {}

  @ResolveField('safehouses', () => [Safehouse])
  @SignedIn()
  async safehouses(@Context() ctx: RequestContext, @Parent() provider: Provider): Promise<Safehouse[]> {
    const houses = await this.houses.forProvider(ctx, provider.id);
    return provider.confidentialWithheld ? houses.map((house) => ({ ...house, confidentialWithheld: true })) : houses;
  }
}
