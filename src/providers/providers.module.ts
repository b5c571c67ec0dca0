import { Module } from '@nestjs/common';
import { ProvidersResolver } from './providers.resolver';
import { ProvidersService } from './providers.service';

@Module({ providers: [ProvidersResolver, ProvidersService], exports: [ProvidersService] })
export class ProvidersModule {}
