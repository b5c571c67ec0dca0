import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/graphql/date-time.scalar';
import { Organisation } from '../organisations/organisation.model';
import { Bed } from '../safehouses/bed.model';
import { Safehouse } from '../safehouses/safehouse.model';
import { Survivor } from '../survivors/survivor.model';
import { User } from '../users/user.model';
import { DeclineReason, MoveOnDestination, PlacementStatus } from './placement-enums';

@ObjectType()
export class Placement {
  @Field(() => ID)
  id: string;

  @Field(() => PlacementStatus)
  status: PlacementStatus;

  @Field(() => Bed)
  bed?: Bed;

  @Field(() => Safehouse)
  safehouse?: Safehouse;

  @Field(() => DateTimeScalar)
  from: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Expected end while the stay is planned; the departure once departed; null while resident.',
  })
  until: Date | null;

  @Field(() => DateTimeScalar, {
    description:
      'The end of the nights booked (from + nights), whatever the status: while resident, when the stay was planned to end.',
  })
  plannedUntil: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  arrivingAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  holdExpiresAt: Date | null;

  @Field(() => Survivor, { nullable: true })
  survivor?: Survivor | null;

  @Field(() => User)
  referrer?: User;

  @Field(() => Organisation)
  referrerOrganisation?: Organisation;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'While AWAITING_ACCEPTANCE: when the provider must have answered (ACCEPTANCE_MINUTES, default 30).',
  })
  acceptanceDueAt: Date | null;

  @Field({ description: 'AWAITING_ACCEPTANCE past acceptanceDueAt.' })
  acceptanceOverdue: boolean;

  @Field(() => DateTimeScalar, { nullable: true })
  arrivedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  departedAt: Date | null;

  @Field(() => MoveOnDestination, { nullable: true })
  destination: MoveOnDestination | null;

  @Field(() => DeclineReason, { nullable: true })
  declineReason: DeclineReason | null;

  @Field(() => String, { nullable: true })
  statusReason: string | null;

  @Field({ description: "The provider's out-of-hours line, for the duty officer holding or placing." })
  outOfHoursPhone?: string;

  // Not fields: for the nested resolvers.
  bedId: string;
  safehouseId: string;
  providerId: string;
  survivorId: string | null;
  supportCaseId: string | null;
  referrerId: string;
  referrerOrganisationId: string;
}
