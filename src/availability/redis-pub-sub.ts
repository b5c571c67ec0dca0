import Redis from 'ioredis';
import { PubSubEngine } from 'graphql-subscriptions';

/**
 * A small PubSubEngine over Redis pub/sub (ioredis): events published by one instance reach the
 * subscribers of every instance. Messages are JSON; they carry ids and public points only.
 */
export class RedisPubSub extends PubSubEngine {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly handlers = new Map<number, { channel: string; onMessage: (message: unknown) => void }>();
  private nextId = 1;

  constructor(url: string) {
    super();
    this.publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
    this.subscriber = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
    this.subscriber.on('message', (channel: string, message: string) => {
      const payload: unknown = JSON.parse(message);
      for (const handler of this.handlers.values()) if (handler.channel === channel) handler.onMessage(payload);
    });
  }

  async publish(triggerName: string, payload: unknown): Promise<void> {
    await this.publisher.publish(triggerName, JSON.stringify(payload));
  }

  async subscribe(triggerName: string, onMessage: (message: unknown) => void): Promise<number> {
    const id = this.nextId++;
    const first = ![...this.handlers.values()].some((handler) => handler.channel === triggerName);
    this.handlers.set(id, { channel: triggerName, onMessage });
    if (first) await this.subscriber.subscribe(triggerName);
    return id;
  }

  unsubscribe(subId: number): void {
    const handler = this.handlers.get(subId);
    this.handlers.delete(subId);
    if (handler && ![...this.handlers.values()].some((h) => h.channel === handler.channel)) {
      // A subscriber leaving as the service shuts down: the connection, and with it the Redis
      // subscription, may be gone already, which is all an unsubscribe would have done.
      this.subscriber.unsubscribe(handler.channel).catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    this.handlers.clear();
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }
}
