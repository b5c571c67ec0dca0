import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/graphql/date-time.scalar';
import { DateScalar } from '../common/graphql/date.scalar';
import { ConnectionType } from '../common/pagination/connection';
import { ActionStatus, InspectionKind, InspectionStatus, KeyQuestion, StandardOutcome } from './inspection-enums';
import { Rating } from './overall-rating';

@ObjectType()
export class KeyQuestionRating {
  @Field(() => KeyQuestion)
  keyQuestion: KeyQuestion;

  @Field(() => Rating)
  rating: Rating;

  @Field()
  summary: string;
}

@ObjectType()
export class StandardFinding {
  @Field({
    description: 'A heading of the Slavery and Trafficking Survivor Care Standards, as the inspector names it.',
  })
  standard: string;

  @Field(() => StandardOutcome)
  outcome: StandardOutcome;

  @Field(() => String, { nullable: true })
  notes: string | null;
}

@ObjectType()
export class InspectionAction {
  @Field(() => ID)
  id: string;

  @Field()
  description: string;

  @Field(() => KeyQuestion, { nullable: true })
  keyQuestion: KeyQuestion | null;

  @Field(() => DateScalar)
  dueOn: string;

  @Field(() => ActionStatus)
  status: ActionStatus;

  @Field({ description: 'OPEN past dueOn (Europe/London): not on dueOn itself, from the day after.' })
  overdue: boolean;

  @Field(() => DateTimeScalar, { nullable: true })
  completedAt: Date | null;

  @Field(() => String, { nullable: true })
  evidence: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  verifiedAt: Date | null;

  /** Not a field. */
  inspectionId: string;
}

@ObjectType()
export class Inspection {
  @Field(() => ID)
  id: string;

  @Field(() => DateScalar)
  inspectedOn: string;

  @Field(() => InspectionKind)
  kind: InspectionKind;

  @Field(() => InspectionStatus)
  status: InspectionStatus;

  @Field()
  inspectorName: string;

  @Field(() => [StandardFinding])
  findings: StandardFinding[];

  @Field(() => Rating, {
    description: 'The aggregated rating (CONTRACT.md, Inspections), or the override when one was given.',
  })
  overallRating: Rating;

  @Field()
  overallRatingOverridden: boolean;

  @Field(() => String, { nullable: true })
  overrideReason: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  publishedAt: Date | null;

  @Field(() => DateScalar, { nullable: true })
  nextInspectionDueOn: string | null;

  /** Not fields: for the safehouse and commissioner resolvers. */
  safehouseId: string;
  commissionerId: string;

  /** Not a field: reached from a search result, so the house's address stays withheld. */
  confidentialWithheld?: boolean;
}

@ObjectType()
export class InspectionConnection extends ConnectionType(Inspection, 'Inspection') {}
