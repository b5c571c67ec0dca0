import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/graphql/date-time.scalar';
import { User } from '../users/user.model';
import { DateScalar } from '../common/graphql/date.scalar';
import { ConnectionType } from '../common/pagination/connection';
import { Provider } from '../providers/provider.model';
import { Survivor } from '../survivors/survivor.model';
import {
  MoveOnArea,
  RecoveryNeedsAssessmentStatus,
  SupportCaseCloseReason,
  SupportCaseStatus,
  SupportEndBasis,
  SupportSetting,
} from './support-case-enums';

@ObjectType('SupportEndChange')
export class SupportEndChangeModel {
  @Field(() => DateScalar, { nullable: true, description: 'The end of support from then on; null means no end date.' })
  supportEndsOn: string | null;

  @Field(() => SupportEndBasis)
  basis: SupportEndBasis;

  @Field({ description: 'The rule in words, e.g. "positive conclusive grounds 2026-03-01 + 45 calendar days".' })
  rule: string;

  @Field(() => DateTimeScalar)
  at: Date;

  @Field(() => User, { nullable: true })
  by?: User | null;

  byUserId: string | null;
}

@ObjectType()
export class RecoveryNeedsAssessment {
  @Field(() => ID)
  id: string;

  @Field(() => RecoveryNeedsAssessmentStatus)
  status: RecoveryNeedsAssessmentStatus;

  @Field(() => DateScalar)
  submittedOn: string;

  @Field(() => [MoveOnArea], { description: 'The areas of need the assessment names.' })
  needs: MoveOnArea[];

  @Field(() => DateScalar, { nullable: true })
  decidedOn: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Support agreed until this day; null when no further support was agreed.',
  })
  supportUntil: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType({
  description: 'One survivor supported by one provider, from being taken on to moving on (CONTRACT.md, Support cases).',
})
export class SupportCase {
  @Field(() => ID)
  id: string;

  @Field(() => Survivor)
  survivor?: Survivor;

  @Field(() => Provider)
  provider?: Provider;

  @Field(() => SupportSetting, {
    description: 'ACCOMMODATED while a placement of the case is CONFIRMED or ARRIVED, else OUTREACH.',
  })
  setting: SupportSetting;

  @Field(() => SupportCaseStatus)
  status: SupportCaseStatus;

  @Field(() => DateScalar)
  openedOn: string;

  @Field(() => DateScalar, { nullable: true })
  closedOn: string | null;

  @Field(() => SupportCaseCloseReason, { nullable: true })
  closeReason: SupportCaseCloseReason | null;

  @Field(() => String, {
    nullable: true,
    description: 'For outreach: the local authority area the person lives in, never an address.',
  })
  area: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The latest entry of supportEndHistory.' })
  supportEndsOn: string | null;

  @Field({ description: 'OPEN, past supportEndsOn, and no RNA or reconsideration pending.' })
  overdue: boolean;

  survivorId: string;
  providerId: string;
  triggeringDecisionId: string | null;
  supportEndRule: string | null;
}

@ObjectType()
export class SupportCaseConnection extends ConnectionType(SupportCase, 'SupportCase') {}
