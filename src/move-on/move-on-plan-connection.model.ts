import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../common/pagination/connection';
import { MoveOnPlan } from './move-on-plan.model';

@ObjectType()
export class MoveOnPlanConnection extends ConnectionType(MoveOnPlan, 'MoveOnPlan') {}
