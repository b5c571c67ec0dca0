import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { SafehouseEntity } from '../safehouses/safehouse.entity';
import { InspectionKind, InspectionStatus, StandardOutcome } from './inspection-enums';
import { Rating } from './overall-rating';

/** A finding against one heading of the Care Standards, kept in order as the inspector wrote them. */
export interface StandardFindingRow {
  standard: string;
  outcome: StandardOutcome;
  notes: string | null;
}

/**
 * An inspection of a safehouse, recorded by (or for) a commissioner. The five key-question ratings
 * are rows of `inspection_rating`; findings are an ordered jsonb list (read whole, never queried).
 * `overall_rating` is stored, aggregated or overridden, so ordering and overviews need no join.
 */
@Entity('inspection')
@Index('inspection_safehouse_idx', ['safehouseId', 'inspectedOn'])
@Index('inspection_commissioner_idx', ['commissionerId'])
@Check('inspection_kind_check', `"kind" IN ('ANNOUNCED', 'UNANNOUNCED', 'REMOTE', 'HYBRID')`)
@Check('inspection_status_check', `"status" IN ('DRAFT', 'PUBLISHED')`)
@Check(
  'inspection_overall_rating_check',
  `"overall_rating" IN ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')`,
)
@Check('inspection_override_reason_check', `"overall_rating_overridden" = ("override_reason" IS NOT NULL)`)
@Check(
  'inspection_published_check',
  `("status" = 'PUBLISHED') = ("published_at" IS NOT NULL AND "next_inspection_due_on" IS NOT NULL)`,
)
@Check('inspection_findings_check', `jsonb_typeof("findings") = 'array'`)
export class InspectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  safehouseId: string;

  @ManyToOne(() => SafehouseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'safehouse_id' })
  safehouse?: SafehouseEntity;

  @Column('uuid')
  commissionerId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commissioner_id' })
  commissioner?: OrganisationEntity;

  @Column('date')
  inspectedOn: string;

  @Column('text')
  kind: InspectionKind;

  @Column('text')
  status: InspectionStatus;

  @Column('text')
  inspectorName: string;

  @Column('jsonb', { default: () => `'[]'` })
  findings: StandardFindingRow[];

  @Column('text')
  overallRating: Rating;

  @Column('boolean')
  overallRatingOverridden: boolean;

  @Column('text', { nullable: true })
  overrideReason: string | null;

  @Column('timestamptz', { nullable: true })
  publishedAt: Date | null;

  @Column('date', { nullable: true })
  nextInspectionDueOn: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
