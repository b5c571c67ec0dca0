import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../common/graphql/date.scalar';
import { ConnectionType } from '../common/pagination/connection';
import { Provider } from '../providers/provider.model';
import { Survivor } from '../survivors/survivor.model';
import { SupportCaseCloseReason, SupportCaseStatus, SupportSetting } from './support-case-enums';

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
