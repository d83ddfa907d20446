import type { LoggerService } from '@nestjs/common';
import { QuietStartupLogger } from './quiet-startup-logger';

function recordingLogger() {
  const lines: [string, unknown, unknown][] = [];
  const at =
    (level: string) =>
    (message: unknown, context?: unknown): void => {
      lines.push([level, message, context]);
    };
  const logger: LoggerService = {
    log: at('info'),
    error: at('error'),
    warn: at('warn'),
    debug: at('debug'),
    verbose: at('verbose'),
  };
  return { logger, lines };
}

describe('QuietStartupLogger', () => {
  it("logs Nest's module and route announcements at debug level", () => {
    const { logger, lines } = recordingLogger();
    const quiet = new QuietStartupLogger(logger);

    quiet.log('AppModule dependencies initialized', 'InstanceLoader');
    quiet.log('HealthController {/api/health}:', 'RoutesResolver');
    quiet.log('Mapped {/api/health, GET} route', 'RouterExplorer');
    quiet.log('Nest application successfully started', 'NestApplication');

    expect(lines.map(([level]) => level)).toEqual(['debug', 'debug', 'debug', 'debug']);
  });

  it("keeps Chorus's own messages and every warning and error at their level", () => {
    const { logger, lines } = recordingLogger();
    const quiet = new QuietStartupLogger(logger);

    quiet.log('Demo data created.', 'FirstRun');
    quiet.warn('Slow start', 'RouterExplorer');
    quiet.error('Could not map a route', 'RouterExplorer');

    expect(lines).toEqual([
      ['info', 'Demo data created.', 'FirstRun'],
      ['warn', 'Slow start', 'RouterExplorer'],
      ['error', 'Could not map a route', 'RouterExplorer'],
    ]);
  });
});
