import { Module } from '@nestjs/common';
import { CommissionersResolver } from './commissioners.resolver';
import { CommissionersService } from './commissioners.service';

@Module({ providers: [CommissionersResolver, CommissionersService], exports: [CommissionersService] })
export class CommissionersModule {}
