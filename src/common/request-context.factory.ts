import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { TokenService } from '../auth/token.service';
import { Clock } from './clock';
import { DomainError } from './errors/domain-error';
import { RequestContext } from './request-context';

/** Builds each GraphQL operation's RequestContext from the HTTP request (or websocket connection). */
@Injectable()
export class RequestContextFactory {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly tokens: TokenService,
  ) {}

  async forHttp(request: FastifyRequest): Promise<RequestContext> {
    const requestId = String((request.raw as { id?: unknown }).id ?? randomUUID());
    return this.create(request.headers.authorization, requestId, request.ip);
  }

  /** graphql-ws: the token comes in the connection's `connectionParams.authorization`. */
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
    const actor = token ? await this.tokens.verify(token, this.clock.now()) : undefined;
    const failure = actor
      ? undefined
      : DomainError.unauthenticated('Your sign-in is not valid or has expired; please sign in again.');
    return new RequestContext(this.dataSource, this.clock, actor, requestId, clientAddress, failure);
  }
}
