import path from 'node:path';
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
  /** Outgoing mail: an SMTP server, or none, in which case mail is kept in the outbox table. */
  mail: MailConfig;
  /** OpenID Connect single sign-on, when configured. */
  oidc?: OidcConfig;
  /**
   * `host:port` entries that fetching may reach although they are private or loopback. For tests
   * that serve pages from their own loopback server; empty in real use.
   */
  fetchAllow: string[];
  /**
   * `host:port` entries that may receive chat webhooks in place of Slack's and Teams' hosts,
   * over plain http too: a test's loopback receiver. Empty in real use.
   */
  chatWebhookAllow: string[];
  /** Click events that cannot be written yet: how long between retries, where they wait. */
  clicks: ClickConfig;
  /** The redirect's cache of known tracked links. */
  linkCache: { ttlMs: number; staleIfErrorMs: number };
  /**
   * Whether this process runs the scheduled jobs (feed polling, housekeeping, new-content
   * notifications, digests, reminders) on their clocks. Off for tests, which run them with the
   * time they choose, so that no tick of the wall clock adds to what they count.
   */
  scheduledJobs: boolean;
}

export interface MailConfig {
  smtpUrl?: string;
  from: string;
  /** At most this many mails a minute leave Chorus, counted across all replicas. */
  ratePerMinute: number;
  /** A mail the SMTP server refuses is tried again this many times before it counts as failed. */
  retries: number;
  /** The wait before the first retry, in seconds; each further retry waits about twice as long. */
  retryDelaySeconds: number;
}

export interface ClickConfig {
  /** The local folder of the click journal (absolute). */
  journalDir: string;
  journalMaxBytes: number;
  /** The longest wait between two attempts to write click events to an unreachable database. */
  retryMaxMs: number;
  /** Events waiting in memory beyond this many go to the journal. */
  memoryLimit: number;
}

/** About 15 MB of heap. */
const CLICKS_IN_MEMORY = 50_000;

export interface OidcConfig {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  scopes: string;
  /** A claim (e.g. `department` or `groups`) whose value names the person's department. */
  departmentClaim?: string;
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

  const smtpUrl = read.url('SMTP_URL', ['smtp:', 'smtps:']);
  const mailFrom = read.string('MAIL_FROM', 'Chorus <chorus@localhost>');
  read.check(
    /^[^<>]*<[^\s@<>]+@[^\s@<>]+>$|^[^\s@<>]+@[^\s@<>]+$/.test(mailFrom),
    `MAIL_FROM must be an address, optionally with a name: "Chorus <chorus@example.com>" (got "${mailFrom}")`,
  );

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
    scheduledJobs: read.boolean('CHORUS_SCHEDULED_JOBS', true),
    firstAdmin:
      adminEmail && adminPassword ? { email: adminEmail, password: adminPassword } : undefined,
    logLevel: read.oneOf('LOG_LEVEL', LEVEL_NAMES, 'info'),
    mail: {
      smtpUrl: smtpUrl?.toString(),
      from: mailFrom,
      ratePerMinute: read.integer('MAIL_RATE_PER_MINUTE', 60, { min: 1, max: 60_000 }),
      retries: read.integer('MAIL_RETRIES', 5, { min: 0, max: 20 }),
      retryDelaySeconds: read.integer('MAIL_RETRY_SECONDS', 30, { min: 1, max: 3600 }),
    },
    oidc: readOidc(read),
    fetchAllow: readHostPorts(read, 'CHORUS_FETCH_ALLOW'),
    chatWebhookAllow: readHostPorts(read, 'CHAT_WEBHOOK_ALLOW'),
    clicks: readClicks(read),
    linkCache: {
      ttlMs: read.integer('CHORUS_LINK_CACHE_SECONDS', 30, { min: 1, max: 3600 }) * 1000,
      staleIfErrorMs:
        read.integer('CHORUS_LINK_STALE_HOURS', 24, { min: 0, max: 24 * 30 }) * 3_600_000,
    },
  };
  read.check(
    config.publicUrl !== undefined || isLoopback(config.host),
    `CHORUS_PUBLIC_URL is required when HOST is ${config.host}: links in mail and single sign-on must use the address people open, never one taken from a request`,
  );
  read.done();
  return config;
}

function readOidc(read: EnvReader): OidcConfig | undefined {
  const issuer = read.url('OIDC_ISSUER', ['https:', 'http:']);
  const clientId = read.string('OIDC_CLIENT_ID');
  const clientSecret = read.string('OIDC_CLIENT_SECRET');
  const scopes = read.string('OIDC_SCOPES', 'openid email profile');
  const departmentClaim = read.string('OIDC_DEPARTMENT_CLAIM');
  const given = [issuer, clientId, clientSecret].filter((value) => value !== undefined).length;
  read.check(
    given === 0 || given === 3,
    'OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together: set all three for single sign-on, or none',
  );
  read.check(
    issuer === undefined || issuer.protocol === 'https:' || isLoopback(issuer.hostname),
    'OIDC_ISSUER must be an https:// URL (plain http is accepted only for a provider on this machine)',
  );
  read.check(
    !scopes.split(/\s+/).every((scope) => scope !== 'openid'),
    `OIDC_SCOPES must include "openid" (got "${scopes}")`,
  );
  if (!issuer || !clientId || !clientSecret) return undefined;
  return { issuer, clientId, clientSecret, scopes, departmentClaim };
}

function readClicks(read: EnvReader): ClickConfig {
  const journalDir = read.string('CHORUS_CLICK_JOURNAL_DIR', path.join('.chorus', 'click-journal'));
  read.check(
    !journalDir.includes('\0'),
    'CHORUS_CLICK_JOURNAL_DIR must be a folder path (got one with a NUL character)',
  );
  return {
    journalDir: path.resolve(journalDir),
    journalMaxBytes:
      read.integer('CHORUS_CLICK_JOURNAL_MB', 256, { min: 1, max: 1_048_576 }) * 1_048_576,
    retryMaxMs: read.integer('CHORUS_CLICK_RETRY_SECONDS', 30, { min: 1, max: 3600 }) * 1000,
    memoryLimit: CLICKS_IN_MEMORY,
  };
}

function isLoopback(hostname: string): boolean {
  return ['localhost', '127.0.0.1', '[::1]', '::1'].includes(hostname);
}

function readHostPorts(read: EnvReader, name: string): string[] {
  const entries = (read.string(name) ?? '')
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
  for (const entry of entries) {
    read.check(
      /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+):\d{1,5}$/.test(entry),
      `${name} entries must be host:port, like 127.0.0.1:8080 (got "${entry}")`,
    );
  }
  return entries;
}
