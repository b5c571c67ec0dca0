import { Field, ObjectType } from '@nestjs/graphql';
import { Organisation } from '../organisations/organisation.model';

@ObjectType({
  implements: () => [Organisation],
  description: 'A body that funds providers and reviews the quality of their services.',
})
export class Commissioner extends Organisation {
  @Field(() => String, { nullable: true })
  region: string | null;
}
