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
import { OrganisationEntity } from '../organisations/organisation.entity';
import { SurvivorEntity } from '../survivors/survivor.entity';
import { SupportCaseCloseReason, SupportCaseStatus } from './support-case-enums';

/**
 * One survivor supported by one provider, from being taken on to moving on (CONTRACT.md, Support
 * cases). Placements, assignments and the move-on plan point here; the case's setting is derived
 * from its placements, never stored.
 *
 * `closesWithPlacement`: a case opened by a placement closes when its last live placement ends
 * (departure, cancellation, no-show), unless the person goes on being supported (continueOutreach,
 * a departure to hospital, custody or missing): from then on, as a case opened for outreach, only a
 * coordinator closes it.
 */
@Entity('support_case')
@Index('support_case_one_open_key', ['survivorId', 'providerId'], { unique: true, where: `"status" = 'OPEN'` })
@Index('support_case_provider_idx', ['providerId', 'openedAt'])
@Index('support_case_survivor_idx', ['survivorId'])
@Check('support_case_status_check', `"status" IN ('OPEN', 'CLOSED')`)
@Check('support_case_closed_check', `("status" = 'OPEN') = ("closed_at" IS NULL AND "close_reason" IS NULL)`)
export class SupportCaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  survivorId: string;

  @ManyToOne(() => SurvivorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'survivor_id' })
  survivor?: SurvivorEntity;

  @Column('uuid')
  providerId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id' })
  provider?: OrganisationEntity;

  @Column('text')
  status: SupportCaseStatus;

  @Column('timestamptz')
  openedAt: Date;

  @Column('timestamptz', { nullable: true })
  closedAt: Date | null;

  @Column('text', { nullable: true })
  closeReason: SupportCaseCloseReason | null;

  @Column('text', { nullable: true })
  closeNote: string | null;

  /** For outreach: the local authority area the person lives in, never an address. */
  @Column('text', { nullable: true })
  area: string | null;

  @Column('boolean')
  closesWithPlacement: boolean;

  /** The end of support (CONTRACT.md, The NRM journey), and the rule that set it, in words. */
  @Column('date', { nullable: true })
  supportEndsOn: string | null;

  @Column('text', { nullable: true })
  supportEndRule: string | null;

  @Column('uuid', { nullable: true })
  triggeringDecisionId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
