import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { Gender } from './gender';
import { SafehouseKind } from './safehouse-kind';

/**
 * A house (or a group of pre-NRM emergency beds) of one provider. `address`, `postcode`, `latitude`
 * and `longitude` are confidential: they never reach a GraphQL model except through the address
 * field's access check. Search, avoid areas and subscriptions use only the public point, the
 * coordinates snapped to a ~2 km grid (CONTRACT.md, Confidentiality), stored so that it is indexed.
 */
@Entity('safehouse')
@Check('safehouse_latest_rating_rank_check', `"latest_rating_rank" BETWEEN 0 AND 4`)
@Index('safehouse_provider_idx', ['providerId'])
@Index('safehouse_public_point_idx', ['publicLatitude', 'publicLongitude'])
@Check('safehouse_kind_check', `"kind" IN ('SAFEHOUSE', 'PRE_NRM_EMERGENCY')`)
@Check('safehouse_accepts_boys_up_to_age_check', `"accepts_boys_up_to_age" BETWEEN 0 AND 17`)
@Check(
  'safehouse_intake_hours_check',
  `"open_24_hours" OR ("opens_at" IS NOT NULL AND "closes_at" IS NOT NULL AND "opens_at" <> "closes_at")`,
)
export class SafehouseEntity {
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
  kind: SafehouseKind;

  /** Public: the local authority area. */
  @Column('text')
  area: string;

  /** Confidential. */
  @Column('text')
  address: string;

  /** Confidential. */
  @Column('text')
  postcode: string;

  /** Confidential: exact. */
  @Column('double precision')
  latitude: number;

  /** Confidential: exact. */
  @Column('double precision')
  longitude: number;

  /** round(latitude / 0.02) * 0.02: what search and subscriptions see. */
  @Column('double precision')
  publicLatitude: number;

  /** round(longitude / 0.03) * 0.03. */
  @Column('double precision')
  publicLongitude: number;

  /**
   * The latest published inspection's rating, 0 OUTSTANDING .. 3 INADEQUATE, 4 never inspected: the
   * search's order. Kept by a trigger on inspection (SearchReadsLess migration); never written by the service.
   */
  @Column({ type: 'smallint', default: 4, select: false, insert: false, update: false })
  latestRatingRank?: number;

  /**
   * The primary subtags of `languages`, lower-cased, once each: what the search compares. Kept by a
   * trigger on safehouse (SpokenLanguages migration); never written by the service.
   */
  @Column({ type: 'text', array: true, default: () => `'{}'`, select: false, insert: false, update: false })
  spokenLanguages?: string[];

  @Column('text', { array: true })
  acceptsGenders: Gender[];

  @Column('boolean')
  acceptsDependants: boolean;

  /** The oldest a boy (a dependant of gender MAN under 18) may be, by his age band's oldest age; null: no limit. */
  @Column('smallint', { nullable: true })
  acceptsBoysUpToAge: number | null;

  @Column('boolean')
  stepFreeAccess: boolean;

  /** BCP 47 tags as given (trimmed); compared on the primary language subtag. */
  @Column('text', { array: true })
  languages: string[];

  @Column('boolean', { name: 'open_24_hours' })
  open24Hours: boolean;

  /** Europe/London wall clock; a close before the open runs overnight. */
  @Column('time', { nullable: true })
  opensAt: string | null;

  @Column('time', { nullable: true })
  closesAt: string | null;

  @Column('boolean')
  instantBooking: boolean;

  @Column('boolean', { default: false })
  referralsSuspended: boolean;

  @Column('text', { nullable: true })
  suspensionReason: string | null;

  @Column('timestamptz', { nullable: true })
  capacityConfirmedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** The public point of CONTRACT.md: the house's coordinates snapped to a grid of about 2 km. */
export function publicPoint(latitude: number, longitude: number): { latitude: number; longitude: number } {
  // toFixed trims binary noise (0.02 * 2683 = 53.660000000000004) so equal cells compare equal.
  return {
    latitude: Number((Math.round(latitude / 0.02) * 0.02).toFixed(2)),
    longitude: Number((Math.round(longitude / 0.03) * 0.03).toFixed(2)),
  };
}
