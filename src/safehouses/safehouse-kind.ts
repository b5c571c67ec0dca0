import { registerEnumType } from '@nestjs/graphql';

export enum SafehouseKind {
  SAFEHOUSE = 'SAFEHOUSE',
  PRE_NRM_EMERGENCY = 'PRE_NRM_EMERGENCY',
}
registerEnumType(SafehouseKind, {
  name: 'SafehouseKind',
  valuesMap: {
    SAFEHOUSE: { description: 'Accommodation for people in the National Referral Mechanism.' },
    PRE_NRM_EMERGENCY: {
      description: 'A short-term place of safety for anyone identified as a potential victim, before any NRM referral.',
    },
  },
});
