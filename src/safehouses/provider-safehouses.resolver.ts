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
  safehouses(@Context() ctx: RequestContext, @Parent() provider: Provider): Promise<Safehouse[]> {
    return this.houses.forProvider(ctx, provider.id);
  }
}
