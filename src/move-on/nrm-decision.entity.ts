import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SurvivorEntity } from '../survivors/survivor.entity';
import { NrmDecisionKind } from './nrm-decision-kind';

/** An NRM decision about a survivor, appended, never changed. */
@Entity('nrm_decision')
@Index('nrm_decision_survivor_idx', ['survivorId', 'recordedAt'])
export class NrmDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  survivorId: string;

  @ManyToOne(() => SurvivorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'survivor_id' })
  survivor?: SurvivorEntity;

  /** One of the four decision kinds (NrmStatus values that are decisions). */
  @Column('text')
  decision: NrmDecisionKind;

  @Column('date')
  decidedOn: string;

  /** When the provider learned of it; the support period counts from the later of the two. */
  @Column('date', { nullable: true })
  notifiedOn: string | null;

  /** The outcome of a reconsideration of the latest negative decision, of the same stage. */
  @Column('boolean', { default: false })
  reconsideration: boolean;

  @Column('timestamptz')
  recordedAt: Date;

  @Column('uuid')
  recordedBy: string;
}
