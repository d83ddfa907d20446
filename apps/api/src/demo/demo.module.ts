import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { FirstRunService } from './first-run.service';

@Module({ imports: [UsersModule], providers: [FirstRunService], exports: [FirstRunService] })
export class DemoModule {}
