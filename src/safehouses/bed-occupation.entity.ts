import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { BedEntity } from './bed.entity';

export { OccupationKind } from './occupation-kind';
import { OccupationKind } from './occupation-kind';

/**
 * Every claim on a bed over a period, in one table, so that one exclusion constraint guarantees
 * that no two live claims of a bed overlap, whatever the concurrency (CONTRACT.md).
 *
 * - `period` is a half-open tstzrange `[from, until)`; an ARRIVED placement is `[from, ∞)` until
 *   its departure closes it.
 * - `live` is false once the claim stops counting (released, declined, cancelled, returned to
 *   service...): the row stays for history and occupancy figures.
 * - Holds expire without a background job: a HOLD row carries `expires_at`, and
 *   1. every read (search, availability checks) treats `kind = 'HOLD' AND expires_at <= now` as
 *      free, and
 *   2. every write that claims a bed first runs, in its transaction, `releaseExpiredHolds` (mark
 *      that bed's overlapping expired holds not live), then inserts: so the constraint never
 *      refuses a claim because of an expired hold. Two writers racing for the same bed are
 *      decided by the constraint itself (23P01 → BED_UNAVAILABLE).
 */
@Entity('bed_occupation')
@Exclusion('bed_occupation_no_overlap', `USING gist ("bed_id" WITH =, "period" WITH &&) WHERE ("live")`)
// The search's anti-join: a live bed's occupations that end at or after a time, read from the
// index alone (hand-written in the BedOccupiedUntil migration: TypeORM cannot express INCLUDE or
// an expression). A trigger there also keeps bed.occupied_until.
@Index('bed_occupation_live_bed_until_idx', { synchronize: false })
@Index('bed_occupation_placement_idx', ['placementId'], { where: '"placement_id" IS NOT NULL' })
@Index('bed_occupation_block_idx', ['blockId'], { where: '"block_id" IS NOT NULL' })
@Check('bed_occupation_kind_check', `"kind" IN ('HOLD', 'PLACEMENT', 'BLOCK')`)
@Check('bed_occupation_hold_expiry_check', `("kind" = 'HOLD') = ("expires_at" IS NOT NULL)`)
@Check('bed_occupation_period_check', `NOT isempty("period") AND NOT lower_inf("period")`)
export class BedOccupationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  bedId: string;

  @ManyToOne(() => BedEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'bed_id' })
  bed?: BedEntity;

  @Column('text')
  kind: OccupationKind;

  /** `[from, until)`, as PostgreSQL writes a tstzrange. */
  @Column('tstzrange')
  period: string;

  @Column('boolean', { default: true })
  live: boolean;

  /** Holds only: from this instant the hold no longer blocks the bed. */
  @Column('timestamptz', { nullable: true })
  expiresAt: Date | null;

  /** The placement (issue 4) that this HOLD or PLACEMENT belongs to. */
  @Column('uuid', { nullable: true })
  placementId: string | null;

  /** The bed block that this BLOCK belongs to. */
  @Column('uuid', { nullable: true })
  blockId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
