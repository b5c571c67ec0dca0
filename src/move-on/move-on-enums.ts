import { registerEnumType } from '@nestjs/graphql';

export enum MoveOnPlanStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
}

export enum MoveOnArea {
  ACCOMMODATION = 'ACCOMMODATION',
  FINANCE_AND_BENEFITS = 'FINANCE_AND_BENEFITS',
  HEALTH = 'HEALTH',
  LEGAL_ADVICE = 'LEGAL_ADVICE',
  EMPLOYMENT_AND_EDUCATION = 'EMPLOYMENT_AND_EDUCATION',
  SAFETY = 'SAFETY',
  COMMUNITY_AND_WELLBEING = 'COMMUNITY_AND_WELLBEING',
}

export enum GoalStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  BLOCKED = 'BLOCKED',
}

registerEnumType(MoveOnPlanStatus, { name: 'MoveOnPlanStatus' });
registerEnumType(MoveOnArea, { name: 'MoveOnArea' });
registerEnumType(GoalStatus, { name: 'GoalStatus' });
