import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SafehouseEntity } from './safehouse.entity';

/** A bed or room. Removal is soft (`removedAt`) so past placements keep their bed. */
@Entity('bed')
@Index('bed_safehouse_idx', ['safehouseId'], { where: '"removed_at" IS NULL' })
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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
