import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/graphql/date-time.scalar';
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

  @Field(() => Int, {
    description: 'Open assignments of the worker now, to cases of every setting (CONTRACT.md, Support workers).',
  })
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

  @Field(() => AssignmentRole)
  role: AssignmentRole;

  @Field(() => DateTimeScalar)
  startedAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  endedAt: Date | null;

  @Field(() => String, { nullable: true })
  endReason: string | null;

  supportWorkerId: string;
  /** The placement it was made through, if any (SupportWorkerAssignment.placement, in the placements module). */
  placementId: string | null;
  /** Null only while assigned to a referral that awaits acceptance (SupportWorkerAssignment.supportCase). */
  supportCaseId: string | null;
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
