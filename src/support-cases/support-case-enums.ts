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

export enum SupportEndBasis {
  NRM_DECISION = 'NRM_DECISION',
  RECOVERY_NEEDS_ASSESSMENT = 'RECOVERY_NEEDS_ASSESSMENT',
  EXTENSION_REQUEST = 'EXTENSION_REQUEST',
  WITHDRAWAL = 'WITHDRAWAL',
}

export enum RecoveryNeedsAssessmentStatus {
  PENDING = 'PENDING',
  DECIDED = 'DECIDED',
}

registerEnumType(SupportEndBasis, { name: 'SupportEndBasis' });
registerEnumType(RecoveryNeedsAssessmentStatus, { name: 'RecoveryNeedsAssessmentStatus' });

/** The areas of a person's needs (a move-on plan's goals, an RNA's findings). */
export enum MoveOnArea {
  ACCOMMODATION = 'ACCOMMODATION',
  FINANCE_AND_BENEFITS = 'FINANCE_AND_BENEFITS',
  HEALTH = 'HEALTH',
  LEGAL_ADVICE = 'LEGAL_ADVICE',
  EMPLOYMENT_AND_EDUCATION = 'EMPLOYMENT_AND_EDUCATION',
  SAFETY = 'SAFETY',
  COMMUNITY_AND_WELLBEING = 'COMMUNITY_AND_WELLBEING',
}
registerEnumType(MoveOnArea, { name: 'MoveOnArea' });
