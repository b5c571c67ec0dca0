import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { Gender } from '../safehouses/gender';

/**
 * A provider's support worker. Their caseload is not stored: it is counted from their open
 * assignments (openAssignmentSql), so a referral that lapses stops counting by itself. An
 * assignment locks the worker's row first, so two coordinators assigning at once are counted one
 * after the other.
 */
@Entity('support_worker')
@Index('support_worker_provider_idx', ['providerId'])
@Index('support_worker_user_key', ['userId'], { unique: true, where: '"user_id" IS NOT NULL' })
@Check('support_worker_max_caseload_check', `"max_caseload" BETWEEN 1 AND 100`)
export class SupportWorkerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  providerId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id' })
  provider?: OrganisationEntity;

  @Column('text')
  name: string;

  @Column('text')
  gender: Gender;

  @Column('text', { array: true, default: '{}' })
  languages: string[];

  @Column('smallint')
  maxCaseload: number;

  @Column('boolean', { default: true })
  active: boolean;

  /** The worker's SUPPORT_WORKER login, if they have one. */
  @Column('uuid', { nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
