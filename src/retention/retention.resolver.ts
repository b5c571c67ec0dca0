import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/access/access.decorators';
import { DomainError } from '../common/errors/domain-error';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { IdPipe } from '../common/validation/id.pipe';
import { CONTROL_CHARACTERS } from '../common/validation/validators';
import { Survivor } from '../survivors/survivor.model';
import { RetentionService } from './retention.service';

const MAX_REASON = 500;

@Resolver(() => Survivor)
export class RetentionResolver {
  constructor(private readonly retention: RetentionService) {}

  @Mutation(() => Survivor, {
    description:
      "Erases a survivor's personal details (reference, name, languages, needs, worker preference), keeping the record for the counts. Erasing an erased survivor changes nothing.",
  })
  @Roles(Role.ADMIN)
  async eraseSurvivor(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('reason') reason: string,
  ): Promise<Survivor> {
    const text = reason.trim();
    if (!text) throw DomainError.badInput('reason', 'reason must not be blank.');
    if (text.length > MAX_REASON)
      throw DomainError.badInput('reason', `reason must be at most ${MAX_REASON} characters.`);
    if (CONTROL_CHARACTERS.test(text))
      throw DomainError.badInput('reason', 'reason must not contain control characters.');
    return this.retention.erase(ctx, id, text);
  }
}
