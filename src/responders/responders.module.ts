import { Module } from '@nestjs/common';
import { RespondersResolver } from './responders.resolver';

@Module({ providers: [RespondersResolver] })
export class RespondersModule {}
