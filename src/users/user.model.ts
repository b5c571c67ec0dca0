import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../common/roles';
import { Organisation } from '../organisations/organisation.model';

@ObjectType()
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => Role)
  role: Role;

  organisationId: string | null;

  @Field(() => Organisation, { nullable: true })
  organisation?: Organisation | null;

  @Field({ description: 'False once an ADMIN deactivated the user: every sign-in ends and none is possible.' })
  active: boolean;
}
