import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, SignedIn } from '../common/access/access.decorators';
import { RequestContext } from '../common/request-context';
import { User } from '../users/user.model';
import { UsersService } from '../users/users.service';
import { AuthPayload } from './auth-payload.model';
import { AuthService } from './auth.service';
import { ChangePasswordArgs } from './change-password.args';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Mutation(() => AuthPayload)
  @Public()
  login(
    @Context() ctx: RequestContext,
    @Args('email') email: string,
    @Args('password') password: string,
  ): Promise<AuthPayload> {
    return this.auth.login(ctx, email, password);
  }

  @Mutation(() => Boolean, { description: 'Ends this sign-in everywhere it is used (HTTP and open sockets).' })
  @SignedIn()
  logout(@Context() ctx: RequestContext): Promise<boolean> {
    return this.auth.logout(ctx);
  }

  @Mutation(() => Boolean, { description: 'Ends every sign-in of the user, this one included.' })
  @SignedIn()
  changePassword(@Context() ctx: RequestContext, @Args() args: ChangePasswordArgs): Promise<boolean> {
    return this.auth.changePassword(ctx, args.currentPassword, args.newPassword);
  }

  @Query(() => User)
  @SignedIn()
  me(@Context() ctx: RequestContext): Promise<User> {
    return this.users.get(ctx, ctx.user.userId);
  }
}
