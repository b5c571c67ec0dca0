import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../common/graphql/date.scalar';
import { NrmDecisionKind } from './nrm-decision-kind';

@ObjectType()
export class NrmDecision {
  @Field(() => NrmDecisionKind)
  decision: NrmDecisionKind;

  @Field(() => DateScalar)
  decidedOn: string;

  @Field(() => GraphQLISODateTime)
  recordedAt: Date;

  id: string;
}
