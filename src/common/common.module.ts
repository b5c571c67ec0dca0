import { DynamicModule, Global, Module } from '@nestjs/common';
import { AccessPolicy } from './access/access-policy';
import { Clock } from './clock';
import { RequestContextFactory } from './request-context.factory';

@Global()
@Module({})
export class CommonModule {
  /** `clock` replaces the real one: tests move time by hand. */
  static forRoot(clock: Clock = new Clock()): DynamicModule {
    return {
      module: CommonModule,
      providers: [{ provide: Clock, useValue: clock }, AccessPolicy, RequestContextFactory],
      exports: [Clock, AccessPolicy, RequestContextFactory],
    };
  }
}
