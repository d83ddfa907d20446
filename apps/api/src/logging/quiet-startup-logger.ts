import type { LoggerService } from '@nestjs/common';

/**
 * Nest announces its start, every module it loads and every route it maps (~200 lines at
 * start-up). Those are for someone debugging Chorus, not for everyone starting it: they are logged
 * at debug level, so that the address and the demo sign-ins that Chorus prints once it listens are
 * not buried (LOG_LEVEL=debug shows them again).
 */
const START_UP_CHATTER = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
]);

/** Passes everything to the application's logger, with Nest's start-up chatter at debug level. */
export class QuietStartupLogger implements LoggerService {
  constructor(private readonly logger: LoggerService) {}

  log(message: unknown, ...optionalParams: unknown[]): void {
    const context = optionalParams.at(-1);
    if (typeof context === 'string' && START_UP_CHATTER.has(context)) {
      this.logger.debug?.(message, ...optionalParams);
      return;
    }
    this.logger.log(message, ...optionalParams);
  }

  error(message: unknown, ...optionalParams: unknown[]): void {
    this.logger.error(message, ...optionalParams);
  }

  warn(message: unknown, ...optionalParams: unknown[]): void {
    this.logger.warn(message, ...optionalParams);
  }

  debug(message: unknown, ...optionalParams: unknown[]): void {
    this.logger.debug?.(message, ...optionalParams);
  }

  verbose(message: unknown, ...optionalParams: unknown[]): void {
    this.logger.verbose?.(message, ...optionalParams);
  }

  fatal(message: unknown, ...optionalParams: unknown[]): void {
    (this.logger.fatal ?? this.logger.error).call(this.logger, message, ...optionalParams);
  }
}
