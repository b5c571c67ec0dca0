import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { SessionService } from '../auth/sessions.service';
import { Actor, RequestContext } from './request-context';
import { Clock } from './clock';
import { DomainError } from './errors/domain-error';

/** Builds each GraphQL operation's RequestContext from the HTTP request (or websocket connection). */
@Injectable()
export class RequestContextFactory {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly sessions: SessionService,
  ) {}

  async forHttp(request: FastifyRequest): Promise<RequestContext> {
    const requestId = String((request.raw as { id?: unknown }).id ?? randomUUID());
    return this.create(request.headers.authorization, requestId, request.ip);
  }

  /**
   * graphql-ws: the token comes in the connection's `connectionParams.authorization`. Checked
   * afresh on each call: `actor` is undefined once the session has ended.
   */
  async forConnection(authorization: unknown, clientAddress: string): Promise<RequestContext> {
    return this.create(typeof authorization === 'string' ? authorization : undefined, randomUUID(), clientAddress);
  }

  private async create(
    authorization: string | undefined,
    requestId: string,
    clientAddress: string,
  ): Promise<RequestContext> {
    if (!authorization) return new RequestContext(this.dataSource, this.clock, undefined, requestId, clientAddress);
    const token = /^Bearer ([A-Za-z0-9._~+/=-]{1,4096})$/.exec(authorization)?.[1];
    let actor: Actor | undefined;
    let failure: Error | undefined;
    try {
      actor = token ? await this.sessions.actorFor(token, this.clock.now()) : undefined;
      if (!actor)
        failure = DomainError.unauthenticated('Your sign-in is not valid or has ended; please sign in again.');
    } catch (error) {
      // The session could not be read (the database is away): the operation fails as any other
      // fault does, through the error masking, rather than the whole request.
      failure = error instanceof Error ? error : new Error(String(error));
    }
    return new RequestContext(this.dataSource, this.clock, actor, requestId, clientAddress, failure);
  }
}
