import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SupportWorkerEntity } from '../support-workers/support-worker.entity';
import { GoalStatus, MoveOnArea } from './move-on-enums';
import { MoveOnPlanEntity } from './move-on-plan.entity';

@Entity('move_on_goal')
@Index('move_on_goal_plan_idx', ['planId'])
@Index('move_on_goal_owner_idx', ['ownerSupportWorkerId'])
export class MoveOnGoalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  planId: string;

  @ManyToOne(() => MoveOnPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: MoveOnPlanEntity;

  @Column('text')
  area: MoveOnArea;

  @Column('text')
  description: string;

  @Column('uuid', { nullable: true })
  ownerSupportWorkerId: string | null;

  @ManyToOne(() => SupportWorkerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_support_worker_id' })
  owner?: SupportWorkerEntity;

  @Column('date', { nullable: true })
  dueOn: string | null;

  @Column('text')
  status: GoalStatus;

  @Column('text', { nullable: true })
  note: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
