import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../common/access/access.decorators';
import { RequestContext } from '../common/request-context';
import { Survivor } from '../survivors/survivor.model';
import { NrmDecision } from './nrm-decision.model';
import { MoveOnService } from './move-on.service';

/** Survivor.nrmDecisions: a move-on field on another module's type. */
@Resolver(() => Survivor)
export class SurvivorNrmResolver {
  constructor(private readonly moveOn: MoveOnService) {}

  @ResolveField('nrmDecisions', () => [NrmDecision])
  @SignedIn()
  nrmDecisions(@Context() ctx: RequestContext, @Parent() survivor: Survivor): Promise<NrmDecision[]> {
    return this.moveOn.decisionsOf(ctx, survivor.id);
  }
}
