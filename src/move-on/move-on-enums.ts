import { registerEnumType } from '@nestjs/graphql';

export enum MoveOnPlanStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
}

/** The areas of a person's needs: a plan's goals and an RNA's findings share them. */
export { MoveOnArea } from '../support-cases/support-case-enums';

export enum GoalStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  BLOCKED = 'BLOCKED',
}

registerEnumType(MoveOnPlanStatus, { name: 'MoveOnPlanStatus' });
registerEnumType(GoalStatus, { name: 'GoalStatus' });
