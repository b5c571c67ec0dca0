import { registerEnumType } from '@nestjs/graphql';

export enum SupportSetting {
  ACCOMMODATED = 'ACCOMMODATED',
  OUTREACH = 'OUTREACH',
}

export enum SupportCaseStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

export enum SupportCaseCloseReason {
  MOVED_ON = 'MOVED_ON',
  WITHDRAWN_FROM_NRM = 'WITHDRAWN_FROM_NRM',
  MISSING = 'MISSING',
  NOT_TAKEN_UP = 'NOT_TAKEN_UP',
  TRANSFERRED = 'TRANSFERRED',
  OTHER = 'OTHER',
}

registerEnumType(SupportSetting, {
  name: 'SupportSetting',
  valuesMap: {
    ACCOMMODATED: { description: "Living in one of the provider's safehouses or emergency beds." },
    OUTREACH: { description: 'Supported in the community: their own, local authority or asylum accommodation.' },
  },
});
registerEnumType(SupportCaseStatus, { name: 'SupportCaseStatus' });
registerEnumType(SupportCaseCloseReason, { name: 'SupportCaseCloseReason' });
