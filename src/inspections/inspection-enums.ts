import { registerEnumType } from '@nestjs/graphql';
import { Rating } from './overall-rating';

/** The five CQC key questions, each rated once per inspection. */
export enum KeyQuestion {
  SAFE = 'SAFE',
  EFFECTIVE = 'EFFECTIVE',
  CARING = 'CARING',
  RESPONSIVE = 'RESPONSIVE',
  WELL_LED = 'WELL_LED',
}

export const KEY_QUESTIONS = Object.values(KeyQuestion);

export enum InspectionKind {
  ANNOUNCED = 'ANNOUNCED',
  UNANNOUNCED = 'UNANNOUNCED',
  REMOTE = 'REMOTE',
  HYBRID = 'HYBRID',
}

export enum InspectionStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

export enum StandardOutcome {
  MET = 'MET',
  PARTIALLY_MET = 'PARTIALLY_MET',
  NOT_MET = 'NOT_MET',
}

export enum ActionStatus {
  OPEN = 'OPEN',
  COMPLETED = 'COMPLETED',
  VERIFIED = 'VERIFIED',
}

registerEnumType(KeyQuestion, { name: 'KeyQuestion' });
registerEnumType(Rating, { name: 'Rating' });
registerEnumType(InspectionKind, { name: 'InspectionKind' });
registerEnumType(InspectionStatus, { name: 'InspectionStatus' });
registerEnumType(StandardOutcome, { name: 'StandardOutcome' });
registerEnumType(ActionStatus, { name: 'ActionStatus' });
