import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SafehouseEntity } from '../safehouses/safehouse.entity';
import { UserEntity } from '../users/user.entity';

/**
 * Each suspension and resumption of a house's referrals, with its reason and who decided. The
 * audit log has no room for a reason, so this is where an auditor reads why; the audit event
 * (`safehouse.suspend_referrals` / `safehouse.resume_referrals`) records the act itself.
 */
@Entity('referral_suspension')
@Index('referral_suspension_safehouse_idx', ['safehouseId', 'at'])
export class ReferralSuspensionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  safehouseId: string;

  @ManyToOne(() => SafehouseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'safehouse_id' })
  safehouse?: SafehouseEntity;

  /** True for a suspension, false for a resumption. */
  @Column('boolean')
  suspended: boolean;

  @Column('text', { nullable: true })
  reason: string | null;

  @Column('uuid', { nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor?: UserEntity;

  @Column('timestamptz')
  at: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
