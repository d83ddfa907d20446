import { EnvReader } from './env-reader';

export const LEVEL_NAMES = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LEVEL_NAMES)[number];

/** The whole configuration of the API process, validated once at boot. */
export interface AppConfig {
  /** Address and port the HTTP server listens on. */
  host: string;
  port: number;
  /** Public origin (scheme://host[:port]) when Chorus runs behind a proxy; enables Secure cookies on https. */
  publicUrl?: URL;
  /** Number of proxy hops to trust for the client address, or false. */
  trustProxy: boolean | number;
  databaseUrl: string;
  /** How long start-up keeps retrying an unreachable database before giving up. */
  databaseConnectTimeoutMs: number;
  sessionSecret: string;
  /** A session ends after this long without a request. */
  sessionIdleMs: number;
  demo: boolean;
  firstAdmin?: { email: string; password: string };
  logLevel: LogLevel;
}

export const MIN_SECRET_LENGTH = 32;

export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const read = new EnvReader(env);

  const databaseUrl = read.url('DATABASE_URL', ['postgres:', 'postgresql:']);
  read.check(
    databaseUrl !== undefined || env.DATABASE_URL !== undefined,
    'DATABASE_URL is required: postgres://user:password@host:5432/database (npm start provides an embedded PostgreSQL when it is not set)',
  );

  const sessionSecret = read.required(
    'CHORUS_SESSION_SECRET',
    `a random string of at least ${MIN_SECRET_LENGTH} characters that signs session tokens (npm start generates one under .chorus/)`,
  );
  read.check(
    sessionSecret === '' || sessionSecret.length >= MIN_SECRET_LENGTH,
    `CHORUS_SESSION_SECRET must be at least ${MIN_SECRET_LENGTH} characters long (got ${sessionSecret.length})`,
  );

  const adminEmail = read.string('CHORUS_ADMIN_EMAIL');
  const adminPassword = read.string('CHORUS_ADMIN_PASSWORD');
  read.check(
    (adminEmail === undefined) === (adminPassword === undefined),
    'CHORUS_ADMIN_EMAIL and CHORUS_ADMIN_PASSWORD go together: set both or neither',
  );

  const trustProxyRaw = read.string('CHORUS_TRUST_PROXY');
  const trustProxy =
    trustProxyRaw !== undefined && /^\d+$/.test(trustProxyRaw)
      ? read.integer('CHORUS_TRUST_PROXY', 0, { min: 0, max: 10 })
      : read.boolean('CHORUS_TRUST_PROXY', false);

  const config: AppConfig = {
    host: read.string('HOST', '127.0.0.1'),
    port: read.integer('PORT', 3000, { min: 0, max: 65535 }),
    publicUrl: read.url('CHORUS_PUBLIC_URL', ['http:', 'https:']),
    trustProxy,
    databaseUrl: databaseUrl?.toString() ?? '',
    databaseConnectTimeoutMs:
      read.integer('DATABASE_CONNECT_TIMEOUT', 30, { min: 1, max: 3600 }) * 1000,
    sessionSecret,
    sessionIdleMs: read.integer('CHORUS_SESSION_HOURS', 12, { min: 1, max: 24 * 90 }) * 3_600_000,
    demo: read.boolean('CHORUS_DEMO', true),
    firstAdmin:
      adminEmail && adminPassword ? { email: adminEmail, password: adminPassword } : undefined,
    logLevel: read.oneOf('LOG_LEVEL', LEVEL_NAMES, 'info'),
  };
  read.done();
  return config;
}
