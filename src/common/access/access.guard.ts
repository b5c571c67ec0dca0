import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError } from '../errors/domain-error';
import { RequestContext } from '../request-context';
import { Role } from '../roles';
import { PUBLIC_KEY, ROLES_KEY } from './access.decorators';

/**
 * Deny by default: an operation or field without a declaration of who may call it is refused.
 * Registered globally, and for field resolvers too (fieldResolverEnhancers).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no access rule`);
      throw DomainError.forbidden();
    }
    if (context.getType<string>() !== 'graphql') throw DomainError.forbidden();
    const ctx = GqlExecutionContext.create(context).getContext<RequestContext>();
    const actor = ctx.user; // UNAUTHENTICATED when missing or refused
    if (!roles.includes(actor.role)) throw DomainError.forbidden();
    return true;
  }
}
