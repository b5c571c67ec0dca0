import { ObjectType } from '@nestjs/graphql';
import { Organisation } from '../organisations/organisation.model';

@ObjectType({
  implements: () => [Organisation],
  description: 'A police force or other first-responder organisation whose duty officers place people.',
})
export class ResponderOrganisation extends Organisation {}
