import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/access/access.decorators';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { IdPipe } from '../common/validation/id.pipe';
import { Survivor } from './survivor.model';
import { SurvivorsService } from './survivors.service';

/** Survivors' details: never for commissioners (CONTRACT.md, Confidentiality). */
const READERS = [Role.ADMIN, Role.DUTY_OFFICER, Role.PROVIDER_COORDINATOR, Role.SUPPORT_WORKER];

@Resolver(() => Survivor)
export class SurvivorsResolver {
  constructor(private readonly survivors: SurvivorsService) {}

  @Query(() => Survivor, { nullable: true })
  @Roles(...READERS)
  survivor(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<Survivor> {
    return this.survivors.get(ctx, id);
  }
}
