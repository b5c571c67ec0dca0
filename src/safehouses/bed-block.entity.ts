import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { BedEntity } from './bed.entity';

/**
 * A bed out of service over `[from, until)`: a repair, a deep clean, a room kept back. Its claim
 * on the bed is a BLOCK row of bed_occupation, so holds and placements meet the same constraint.
 */
@Entity('bed_block')
@Index('bed_block_bed_idx', ['bedId'])
@Check('bed_block_period_check', `"until" > "from"`)
export class BedBlockEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  bedId: string;

  @ManyToOne(() => BedEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'bed_id' })
  bed?: BedEntity;

  @Column('timestamptz')
  from: Date;

  @Column('timestamptz')
  until: Date;

  @Column('text')
  reason: string;

  /** When the provider returned the bed to service early; the block no longer counts. */
  @Column('timestamptz', { nullable: true })
  returnedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
