import { Field, InputType } from '@nestjs/graphql';
import { Text } from '../common/validation/validators';

@InputType()
export class CreateResponderOrganisationInput {
  @Field()
  @Text(200)
  name: string;
}
