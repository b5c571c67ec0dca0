import { Field, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/graphql/date-time.scalar';
import { DateScalar } from '../common/graphql/date.scalar';
import { NrmDecisionKind } from './nrm-decision-kind';

@ObjectType()
export class NrmDecision {
  @Field(() => NrmDecisionKind)
  decision: NrmDecisionKind;

  @Field(() => DateScalar)
  decidedOn: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the provider learned of it; the support period counts from the later of the two.',
  })
  notifiedOn: string | null;

  @Field({ description: 'The outcome of a reconsideration of the latest negative decision of the same stage.' })
  reconsideration: boolean;

  @Field(() => DateTimeScalar)
  recordedAt: Date;

  id: string;
}
