import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SurvivorEntity } from '../survivors/survivor.entity';

export enum NrmStepKind {
  REFERRAL = 'REFERRAL',
  RECONSIDERATION_REQUEST = 'RECONSIDERATION_REQUEST',
  WITHDRAWAL = 'WITHDRAWAL',
}

/**
 * A step of a person's NRM history that is not a decision (decisions are nrm_decision): a referral
 * after a pre-NRM stay, a request to reconsider a negative decision, a withdrawal. Appended, never
 * changed; with the decisions and the intake status it makes the history `nrm-journey.ts` follows.
 */
@Entity('nrm_step')
@Index('nrm_step_survivor_idx', ['survivorId', 'recordedAt'])
@Check('nrm_step_kind_check', `"kind" IN ('REFERRAL', 'RECONSIDERATION_REQUEST', 'WITHDRAWAL')`)
export class NrmStepEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  survivorId: string;

  @ManyToOne(() => SurvivorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'survivor_id' })
  survivor?: SurvivorEntity;

  @Column('text')
  kind: NrmStepKind;

  /** The day it happened (referred, requested, withdrew). */
  @Column('date')
  stepOn: string;

  @Column('timestamptz')
  recordedAt: Date;

  @Column('uuid')
  recordedBy: string;
}
