import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/graphql/date-time.scalar';
import { Provider } from '../providers/provider.model';
import { Gender } from './gender';
import { IntakeHours } from './intake-hours.model';
import { SafehouseKind } from './safehouse-kind';

/**
 * The public face of a safehouse. Address and postcode are not properties here: their field
 * resolvers load them only for a viewer who may see them (AccessPolicy.addressVisible).
 */
@ObjectType()
export class Safehouse {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => SafehouseKind)
  kind: SafehouseKind;

  @Field({ description: 'Public: the local authority area, never the street.' })
  area: string;

  @Field(() => [Gender])
  acceptsGenders: Gender[];

  @Field()
  acceptsDependants: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Oldest age of a boy accepted as a dependant; null when there is no such limit.',
  })
  acceptsBoysUpToAge: number | null;

  @Field()
  stepFreeAccess: boolean;

  @Field(() => [String], {
    description: 'BCP 47 language tags of the languages that staff speak (e.g. en, ro, ckb, bfi).',
  })
  languages: string[];

  @Field(() => IntakeHours)
  intakeHours: IntakeHours;

  @Field({ description: 'Confirmed at once on confirmPlacement; otherwise the provider must accept.' })
  instantBooking: boolean;

  @Field()
  referralsSuspended: boolean;

  @Field(() => String, { nullable: true })
  suspensionReason: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the provider last confirmed that the beds shown are right (any capacity change confirms too).',
  })
  capacityConfirmedAt: Date | null;

  @Field({ description: 'capacityConfirmedAt is older than CAPACITY_STALE_HOURS (default 24), or never set.' })
  capacityStale: boolean;

  /** Not a field: for the provider and beds resolvers. */
  providerId: string;

  /** Not a field: the provider, when the statement that read this house read it too (search). */
  knownProvider?: Provider;

  /** Not a field: set on search results and subscription payloads, where the address never appears. */
  confidentialWithheld?: boolean;
}
