import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { SurvivorEntity } from '../survivors/survivor.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { SafehouseEntity } from '../safehouses/safehouse.entity';
import { BedEntity } from '../safehouses/bed.entity';
import { SupportCaseEntity } from '../support-cases/support-case.entity';
import { CancelReason, DeclineReason, MoveOnDestination, PlacementStatus } from './placement-enums';

/**
 * A claim on one bed for one person, from a hold to a departure. The bed's occupied period lives in
 * bed_occupation (one row per placement), where the exclusion constraint forbids overlaps.
 *
 * `status` is what was last written. HELD past `holdExpiresAt` and AWAITING_ACCEPTANCE past
 * `acceptanceExpiresAt` read as EXPIRED (see effectiveStatus): no background job is needed for a
 * lapse to free the bed or to refuse a late confirmation.
 */
@Entity('placement')
@Index('placement_safehouse_idx', ['safehouseId', 'createdAt'])
@Index('placement_provider_idx', ['providerId', 'createdAt'])
@Index('placement_referrer_org_idx', ['referrerOrganisationId', 'createdAt'])
@Index('placement_survivor_idx', ['survivorId'])
@Index('placement_support_case_idx', ['supportCaseId'])
@Index('placement_referrer_claims_idx', ['referrerId'], {
  where: `"status" IN ('HELD', 'AWAITING_ACCEPTANCE', 'CONFIRMED') OR "cancelled_after_reveal_at" IS NOT NULL`,
})
@Check(
  'placement_status_check',
  `"status" IN ('HELD', 'AWAITING_ACCEPTANCE', 'CONFIRMED', 'ARRIVED', 'DEPARTED', 'RELEASED', 'EXPIRED', 'DECLINED', 'CANCELLED', 'NO_SHOW')`,
)
@Check('placement_nights_check', `"nights" BETWEEN 1 AND 365`)
@Check(
  'placement_accepted_check',
  `"status" NOT IN ('CONFIRMED', 'ARRIVED', 'DEPARTED', 'NO_SHOW') OR "accepted_at" IS NOT NULL`,
)
export class PlacementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  bedId: string;

  @ManyToOne(() => BedEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'bed_id' })
  bed?: BedEntity;

  /** Copied from the bed, for scoping without joins. */
  @Column('uuid')
  safehouseId: string;

  @ManyToOne(() => SafehouseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'safehouse_id' })
  safehouse?: SafehouseEntity;

  @Column('uuid')
  providerId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id' })
  provider?: OrganisationEntity;

  /** Null while HELD: the person's details come with the confirmation. */
  @Column('uuid', { nullable: true })
  survivorId: string | null;

  @ManyToOne(() => SurvivorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'survivor_id' })
  survivor?: SurvivorEntity;

  /**
   * The support case the placement belongs to, from when the provider took the person on (it
   * became CONFIRMED); null for a hold and for a referral not accepted (CONTRACT.md, Support cases).
   */
  @Column('uuid', { nullable: true })
  supportCaseId: string | null;

  @ManyToOne(() => SupportCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'support_case_id' })
  supportCase?: SupportCaseEntity;

  @Column('text')
  status: PlacementStatus;

  @Column('timestamptz')
  from: Date;

  @Column('smallint')
  nights: number;

  @Column('timestamptz', { nullable: true })
  arrivingAt: Date | null;

  @Column('timestamptz', { nullable: true })
  holdExpiresAt: Date | null;

  /** When the provider should have answered (acceptanceOverdue after it). */
  @Column('timestamptz', { nullable: true })
  acceptanceDueAt: Date | null;

  /** When an unanswered referral lapses and frees the bed. */
  @Column('timestamptz', { nullable: true })
  acceptanceExpiresAt: Date | null;

  @Column('uuid')
  referrerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'referrer_id' })
  referrer?: UserEntity;

  @Column('uuid')
  referrerOrganisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'referrer_organisation_id' })
  referrerOrganisation?: OrganisationEntity;

  /**
   * When the provider took the person on: it accepted the referral, or none was needed (instant
   * booking, a direct placement). Null for a referral it never accepted, so a decline, a lapse or a
   * cancellation before acceptance leaves the provider nothing of the person (AccessPolicy).
   */
  @Column('timestamptz', { nullable: true })
  acceptedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  arrivedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  departedAt: Date | null;

  @Column('text', { nullable: true })
  destination: MoveOnDestination | null;

  @Column('text', { nullable: true })
  declineReason: DeclineReason | null;

  @Column('text', { nullable: true })
  statusReason: string | null;

  /** Why a cancelled booking was cancelled, when the canceller said (cancelPlacement `why`). */
  @Column('text', { nullable: true })
  cancelReason: CancelReason | null;

  /**
   * When a duty officer cancelled this booking after its house's address had been given to the
   * referring organisation: it keeps counting against the referrer's hold cap for 24 hours from
   * then, by the service's clock (CONTRACT.md, Availability and placements).
   */
  @Column('timestamptz', { nullable: true })
  cancelledAfterRevealAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
