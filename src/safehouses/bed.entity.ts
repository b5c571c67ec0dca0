import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SafehouseEntity } from './safehouse.entity';

/** A bed or room. Removal is soft (`removedAt`) so past placements keep their bed. */
@Entity('bed')
// (safehouse_id, label, id) INCLUDE (sleeps, accessible, occupied_until) WHERE removed_at IS NULL:
// the search's free beds of a house as an index-only scan (SearchReadsLess migration).
@Index('bed_safehouse_idx', { synchronize: false })
@Check('bed_sleeps_check', `"sleeps" BETWEEN 1 AND 20`)
export class BedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  safehouseId: string;

  @ManyToOne(() => SafehouseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'safehouse_id' })
  safehouse?: SafehouseEntity;

  @Column('text')
  label: string;

  @Column('smallint')
  sleeps: number;

  @Column('boolean')
  accessible: boolean;

  @Column('timestamptz', { nullable: true })
  removedAt: Date | null;

  /**
   * A summary for the availability search, kept by the database itself: a trigger on
   * bed_occupation (BedOccupiedUntil migration) sets it, in the writing transaction, to the latest
   * end of the bed's live occupations ('infinity' for an open-ended one; an inclusive end counts a
   * microsecond later), or null when it has none. A stay starting at or after it overlaps nothing
   * live, so the search skips the occupation look-up for that bed. Never written by the service.
   */
  @Column({ type: 'timestamptz', nullable: true, select: false, insert: false, update: false })
  occupiedUntil?: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
