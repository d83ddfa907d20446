import { Injectable } from '@nestjs/common';
import { databaseUnavailable } from '../common/database-unavailable';
import { HealthDto } from './health.dto';
import { HealthRepository } from './health.repository';

const PING_TIMEOUT_MS = 2_000;

@Injectable()
export class HealthService {
  constructor(private readonly health: HealthRepository) {}

  async check(): Promise<HealthDto> {
    const started = performance.now();
    try {
      await withTimeout(this.health.ping(), PING_TIMEOUT_MS);
    } catch {
      throw databaseUnavailable();
    }
    return {
      status: 'ok',
      database: 'up',
      databaseLatencyMs: Math.round(performance.now() - started),
    };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
