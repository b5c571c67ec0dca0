import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { ActionStatus, KeyQuestion } from './inspection-enums';
import { InspectionEntity } from './inspection.entity';

/** A required action of an inspection: the provider completes it with evidence, the commissioner verifies. */
@Entity('inspection_action')
@Index('inspection_action_inspection_idx', ['inspectionId'])
@Check('inspection_action_status_check', `"status" IN ('OPEN', 'COMPLETED', 'VERIFIED')`)
@Check(
  'inspection_action_key_question_check',
  `"key_question" IS NULL OR "key_question" IN ('SAFE', 'EFFECTIVE', 'CARING', 'RESPONSIVE', 'WELL_LED')`,
)
@Check(
  'inspection_action_completed_check',
  `("status" = 'OPEN') = ("completed_at" IS NULL) AND ("completed_at" IS NULL) = ("evidence" IS NULL)`,
)
@Check('inspection_action_verified_check', `("status" = 'VERIFIED') = ("verified_at" IS NOT NULL)`)
export class InspectionActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  inspectionId: string;

  @ManyToOne(() => InspectionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inspection_id' })
  inspection?: InspectionEntity;

  /** Its place in the inspection's list, so actions read back in the order they were written. */
  @Column('smallint')
  position: number;

  @Column('text')
  description: string;

  @Column('text', { nullable: true })
  keyQuestion: KeyQuestion | null;

  @Column('date')
  dueOn: string;

  @Column('text')
  status: ActionStatus;

  @Column('timestamptz', { nullable: true })
  completedAt: Date | null;

  @Column('text', { nullable: true })
  evidence: string | null;

  @Column('uuid', { nullable: true })
  completedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'completed_by' })
  completedByUser?: UserEntity;

  @Column('timestamptz', { nullable: true })
  verifiedAt: Date | null;

  @Column('uuid', { nullable: true })
  verifiedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'verified_by' })
  verifiedByUser?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
