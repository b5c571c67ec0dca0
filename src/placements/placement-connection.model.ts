import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../common/pagination/connection';
import { Placement } from './placement.model';

@ObjectType()
export class PlacementConnection extends ConnectionType(Placement, 'Placement') {}
