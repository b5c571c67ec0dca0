import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { PubSub, PubSubEngine, withFilter } from 'graphql-subscriptions';
import { Settings } from '../config/settings';
import { RedisPubSub } from './redis-pub-sub';

export const AVAILABILITY_CHANGED = 'availabilityChanged';

/** What is published when a bed's availability changes: ids and the house's public point only. */
export interface AvailabilityChangeEvent {
  safehouseId: string;
  bedId: string;
  at: string;
  publicLatitude: number;
  publicLongitude: number;
  /** For choosing who hears of it (AccessPolicy.hearsAvailabilityOf); not sent to clients. */
  providerId: string;
}

/**
 * Availability events between the instances: in process, or through Redis when REDIS_URL is set
 * (stateless instances behind a load balancer).
 */
@Injectable()
export class AvailabilityEvents implements OnModuleDestroy {
  private readonly logger = new Logger(AvailabilityEvents.name);
  readonly engine: PubSubEngine & { close?: () => Promise<void> };

  constructor(settings: Settings) {
    this.engine = settings.REDIS_URL ? new RedisPubSub(settings.REDIS_URL) : new PubSub();
  }

  /** After the change committed; a lost event must never undo the change. */
  async publish(event: Omit<AvailabilityChangeEvent, 'at'> & { at: Date }): Promise<void> {
    try {
      await this.engine.publish(AVAILABILITY_CHANGED, { ...event, at: event.at.toISOString() });
    } catch (error) {
      this.logger.warn({ err: error }, 'Could not publish an availability change');
    }
  }

  asyncIterator(): AsyncIterator<AvailabilityChangeEvent> {
    return this.engine.asyncIterableIterator<AvailabilityChangeEvent>(AVAILABILITY_CHANGED);
  }

  /** The changes one subscriber hears of: those `hears` lets through. */
  changesFor(hears: (event: AvailabilityChangeEvent) => boolean): Promise<AsyncIterator<AvailabilityChangeEvent>> {
    return withFilter(
      () => this.asyncIterator(),
      (event?: AvailabilityChangeEvent) => event !== undefined && hears(event),
    )() as Promise<AsyncIterator<AvailabilityChangeEvent>>;
  }

  async onModuleDestroy(): Promise<void> {
    await this.engine.close?.();
  }
}
