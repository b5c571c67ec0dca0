import { registerEnumType } from '@nestjs/graphql';

/** The four decisions of the NRM; each sets the survivor's nrmStatus of the same name. */
export enum NrmDecisionKind {
  POSITIVE_REASONABLE_GROUNDS = 'POSITIVE_REASONABLE_GROUNDS',
  NEGATIVE_REASONABLE_GROUNDS = 'NEGATIVE_REASONABLE_GROUNDS',
  POSITIVE_CONCLUSIVE_GROUNDS = 'POSITIVE_CONCLUSIVE_GROUNDS',
  NEGATIVE_CONCLUSIVE_GROUNDS = 'NEGATIVE_CONCLUSIVE_GROUNDS',
}
registerEnumType(NrmDecisionKind, { name: 'NrmDecisionKind' });
