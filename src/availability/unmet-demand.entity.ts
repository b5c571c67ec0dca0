import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Searches counted by need alone (never the point, the person or the user), per London day.
 * `shard` spreads the counter over a few rows per need: concurrent searches with the same needs
 * then rarely wait on one row lock. Readers sum over shards.
 */
@Entity('unmet_demand')
@Check('unmet_demand_kind_check', `"kind" IN ('ANY', 'SAFEHOUSE', 'PRE_NRM_EMERGENCY')`)
export class UnmetDemandEntity {
  @PrimaryColumn('date')
  day: string;

  @PrimaryColumn('text')
  guestGender: string;

  @PrimaryColumn('boolean')
  withDependants: boolean;

  @PrimaryColumn('boolean')
  needsAccessibleBed: boolean;

  /** One asked kind, or ANY when the search asked for both. */
  @PrimaryColumn('text')
  kind: string;

  @PrimaryColumn('smallint')
  shard: number;

  @Column('integer', { default: 0 })
  searches: number;

  @Column('integer', { default: 0 })
  searchesWithNoResult: number;

  /** Referrals the provider declined (placements issue): demand a bed did not meet. */
  @Column('integer', { default: 0 })
  declines: number;

  /** Places the person turned down (cancelPlacement why SURVIVOR_DECLINED), often too near their exploiter. */
  @Column('integer', { default: 0 })
  survivorDeclines: number;
}
