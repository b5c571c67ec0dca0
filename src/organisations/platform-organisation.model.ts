import { ObjectType } from '@nestjs/graphql';
import { Organisation } from './organisation.model';

/** The operator of the platform itself. */
@ObjectType({ implements: () => [Organisation] })
export class PlatformOrganisation extends Organisation {}
