import { registerEnumType } from '@nestjs/graphql';

export enum NrmStatus {
  NOT_REFERRED = 'NOT_REFERRED',
  REFERRED = 'REFERRED',
  POSITIVE_REASONABLE_GROUNDS = 'POSITIVE_REASONABLE_GROUNDS',
  NEGATIVE_REASONABLE_GROUNDS = 'NEGATIVE_REASONABLE_GROUNDS',
  POSITIVE_CONCLUSIVE_GROUNDS = 'POSITIVE_CONCLUSIVE_GROUNDS',
  NEGATIVE_CONCLUSIVE_GROUNDS = 'NEGATIVE_CONCLUSIVE_GROUNDS',
  RECONSIDERATION_REQUESTED = 'RECONSIDERATION_REQUESTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(NrmStatus, {
  name: 'NrmStatus',
  valuesMap: {
    RECONSIDERATION_REQUESTED: {
      description: 'A negative decision is being reconsidered; support does not end meanwhile.',
    },
    WITHDRAWN: { description: 'The adult chose to leave the NRM.' },
  },
});

/** A SAFEHOUSE bed needs one of these (CONTRACT.md, eligibility); pre-NRM beds take anyone. */
export const SAFEHOUSE_NRM_STATUSES: readonly NrmStatus[] = [
  NrmStatus.REFERRED,
  NrmStatus.POSITIVE_REASONABLE_GROUNDS,
  NrmStatus.POSITIVE_CONCLUSIVE_GROUNDS,
  NrmStatus.RECONSIDERATION_REQUESTED,
];
