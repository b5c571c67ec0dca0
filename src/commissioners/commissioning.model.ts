import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../common/graphql/date.scalar';
import { Provider } from '../providers/provider.model';
import { Commissioner } from './commissioner.model';

@ObjectType()
export class Commissioning {
  @Field(() => ID)
  id: string;

  @Field(() => Commissioner)
  commissioner: Commissioner;

  @Field(() => Provider)
  provider: Provider;

  @Field(() => DateScalar)
  startsOn: string;

  @Field(() => DateScalar, { nullable: true })
  endsOn: string | null;
}
