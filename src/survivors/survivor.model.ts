import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/graphql/date-time.scalar';
import { Gender } from '../safehouses/gender';
import { DateScalar } from '../common/graphql/date.scalar';
import { AgeStatus } from './age-status';
import { Dependant } from './dependant.model';
import { NrmStatus } from './nrm-status';

@ObjectType({
  description: 'A person being supported: only what the referral needs, and never their residence status.',
})
export class Survivor {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: "The referrer's own case reference, if any." })
  reference: string | null;

  @Field(() => String, { nullable: true })
  preferredName: string | null;

  @Field(() => Gender)
  gender: Gender;

  @Field(() => Int)
  dependants: number;

  @Field(() => [String])
  languages: string[];

  @Field(() => String, { nullable: true })
  accessibilityNeeds: string | null;

  @Field(() => Gender, { nullable: true })
  prefersWorkerGender: Gender | null;

  @Field(() => NrmStatus)
  nrmStatus: NrmStatus;

  @Field(() => DateScalar, { nullable: true, description: 'When the NRM referral was made, if known.' })
  nrmReferredOn: string | null;

  @Field({
    description: 'REFERRED for more than 5 working days since nrmReferredOn without a reasonable-grounds decision.',
  })
  reasonableGroundsOverdue?: boolean;
  @Field(() => AgeStatus)
  ageStatus: AgeStatus;

  @Field(() => [Dependant], { description: 'The dependants one by one, when they were described so.' })
  dependantsDetail: Dependant[];

  @Field({ description: 'The person needs an interpreter, whatever the staff speak.' })
  interpreterNeeded: boolean;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'When the personal details were erased (retention or on request); gender, dependants and NRM status stay for the counts.',
  })
  erasedAt: Date | null;
}
