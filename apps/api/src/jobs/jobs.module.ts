import { Module } from '@nestjs/common';
import { JobsService } from './jobs.service';

/** One pg-boss instance per process, shared by every feature that queues work. */
@Module({ providers: [JobsService], exports: [JobsService] })
export class JobsModule {}
