import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Placement } from '../placements/placement.model';
import { Provider } from '../providers/provider.model';
import { Gender } from '../safehouses/gender';
import { User } from '../users/user.model';
import { AssignmentRole } from './support-worker-assignment.entity';

registerEnumType(AssignmentRole, { name: 'AssignmentRole' });

@ObjectType()
export class SupportWorker {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Provider)
  provider?: Provider;

  @Field(() => Gender)
  gender: Gender;

  @Field(() => [String])
  languages: string[];

  @Field(() => Int)
  maxCaseload: number;

  @Field(() => Int, { description: 'Placements the worker is assigned to now.' })
  activeCaseload: number;

  @Field()
  active: boolean;

  @Field(() => User, { nullable: true })
  user?: User | null;

  providerId: string;
  userId: string | null;
}

@ObjectType()
export class SupportWorkerAssignment {
  @Field(() => ID)
  id: string;

  @Field(() => SupportWorker)
  supportWorker?: SupportWorker;

  @Field(() => Placement)
  placement?: Placement;

  @Field(() => AssignmentRole)
  role: AssignmentRole;

  @Field(() => GraphQLISODateTime)
  startedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  endedAt: Date | null;

  @Field(() => String, { nullable: true })
  endReason: string | null;

  supportWorkerId: string;
  placementId: string;
}

@ObjectType()
export class SupportWorkerSuggestion {
  @Field(() => SupportWorker)
  supportWorker: SupportWorker;

  @Field(() => Float)
  score: number;

  @Field(() => [String], {
    description:
      'Why it ranks where it does, in words a coordinator reads: language match, caseload, gender preference.',
  })
  reasons: string[];
}
