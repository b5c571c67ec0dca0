import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
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

  @Field(() => GraphQLISODateTime)
  recordedAt: Date;

  id: string;
}
