import path from 'node:path';
import { loadConfig } from './app-config';
import { ConfigError } from './env-reader';

const VALID = {
  DATABASE_URL: 'postgres://chorus:pw@db.internal:5432/chorus',
  CHORUS_SESSION_SECRET: 's'.repeat(32),
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('fills in defaults around the two required variables', () => {
    const config = loadConfig(VALID);
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
      demo: true,
      trustProxy: false,
      logLevel: 'info',
      databaseConnectTimeoutMs: 30_000,
      sessionIdleMs: 12 * 3_600_000,
    });
    expect(config.firstAdmin).toBeUndefined();
  });

  it('reads every variable it documents', () => {
    const config = loadConfig({
      ...VALID,
      HOST: '0.0.0.0',
      PORT: '8080',
      CHORUS_PUBLIC_URL: 'https://advocacy.example.com',
      CHORUS_TRUST_PROXY: '1',
      DATABASE_CONNECT_TIMEOUT: '5',
      CHORUS_SESSION_HOURS: '2',
      CHORUS_DEMO: 'false',
      CHORUS_ADMIN_EMAIL: 'it@example.com',
      CHORUS_ADMIN_PASSWORD: 'long-enough-password',
      LOG_LEVEL: 'debug',
    });
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 8080,
      trustProxy: 1,
      databaseConnectTimeoutMs: 5_000,
      sessionIdleMs: 2 * 3_600_000,
      demo: false,
      firstAdmin: { email: 'it@example.com', password: 'long-enough-password' },
      logLevel: 'debug',
    });
    expect(config.publicUrl?.origin).toBe('https://advocacy.example.com');
  });

  it('needs the public address whenever Chorus listens beyond this machine', () => {
    expect(problemsOf({ ...VALID, HOST: '0.0.0.0' })).toEqual([
      'CHORUS_PUBLIC_URL is required when HOST is 0.0.0.0: links in mail and single sign-on must use the address people open, never one taken from a request',
    ]);
  });

  it('names every missing variable', () => {
    expect(problemsOf({})).toEqual([
      expect.stringMatching(/^DATABASE_URL is required/),
      expect.stringMatching(/^CHORUS_SESSION_SECRET is required/),
    ]);
  });

  it('names every bad value, with what it got, and hides passwords', () => {
    const problems = problemsOf({
      DATABASE_URL: 'mysql://root:hunter2@db/chorus',
      CHORUS_SESSION_SECRET: 'short',
      PORT: '70000',
      CHORUS_DEMO: 'perhaps',
      LOG_LEVEL: 'loud',
      CHORUS_ADMIN_EMAIL: 'only@half.example',
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'DATABASE_URL must be a postgres: or postgresql: URL (got "mysql://root:***@db/chorus")',
        'CHORUS_SESSION_SECRET must be at least 32 characters long (got 5)',
        'PORT must be a whole number from 0 to 65535 (got "70000")',
        'CHORUS_DEMO must be true or false (got "perhaps")',
        'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
        'CHORUS_ADMIN_EMAIL and CHORUS_ADMIN_PASSWORD go together: set both or neither',
      ]),
    );
    expect(problems.join('\n')).not.toContain('hunter2');
  });

  describe('mail', () => {
    it('keeps mail in the outbox unless SMTP_URL is set', () => {
      expect(loadConfig(VALID).mail).toMatchObject({
        smtpUrl: undefined,
        from: 'Chorus <chorus@localhost>',
      });
      const config = loadConfig({
        ...VALID,
        SMTP_URL: 'smtps://user:secret@mail.example.com:465',
        MAIL_FROM: 'Advocacy <advocacy@example.com>',
      });
      expect(config.mail).toMatchObject({
        smtpUrl: 'smtps://user:secret@mail.example.com:465',
        from: 'Advocacy <advocacy@example.com>',
      });
    });

    it('sends 60 mails a minute, retrying a refused one 5 times from 30 s on, unless told otherwise', () => {
      expect(loadConfig(VALID).mail).toMatchObject({
        ratePerMinute: 60,
        retries: 5,
        retryDelaySeconds: 30,
      });
      const config = loadConfig({
        ...VALID,
        MAIL_RATE_PER_MINUTE: '600',
        MAIL_RETRIES: '0',
        MAIL_RETRY_SECONDS: '120',
      });
      expect(config.mail).toMatchObject({
        ratePerMinute: 600,
        retries: 0,
        retryDelaySeconds: 120,
      });
    });

    it('runs the scheduled jobs on their clocks unless told not to', () => {
      expect(loadConfig(VALID).scheduledJobs).toBe(true);
      expect(loadConfig({ ...VALID, CHORUS_SCHEDULED_JOBS: 'false' }).scheduledJobs).toBe(false);
      expect(problemsOf({ ...VALID, CHORUS_SCHEDULED_JOBS: 'sometimes' }).join()).toMatch(
        /CHORUS_SCHEDULED_JOBS/,
      );
    });

    it('names a mail rate or retry setting out of range', () => {
      expect(
        problemsOf({
          ...VALID,
          MAIL_RATE_PER_MINUTE: '0',
          MAIL_RETRIES: 'many',
          MAIL_RETRY_SECONDS: '1.5',
        }),
      ).toEqual([
        'MAIL_RATE_PER_MINUTE must be a whole number from 1 to 60000 (got "0")',
        'MAIL_RETRIES must be a whole number from 0 to 20 (got "many")',
        'MAIL_RETRY_SECONDS must be a whole number from 1 to 3600 (got "1.5")',
      ]);
    });

    it('names a bad SMTP_URL or MAIL_FROM', () => {
      expect(problemsOf({ ...VALID, SMTP_URL: 'http://mail.example.com' }).join()).toMatch(
        /SMTP_URL/,
      );
      expect(problemsOf({ ...VALID, MAIL_FROM: 'Chorus' })).toEqual([
        'MAIL_FROM must be an address, optionally with a name: "Chorus <chorus@example.com>" (got "Chorus")',
      ]);
    });
  });

  describe('single sign-on', () => {
    const OIDC = {
      OIDC_ISSUER: 'https://login.example.com/realms/acme',
      OIDC_CLIENT_ID: 'chorus',
      OIDC_CLIENT_SECRET: 'client-secret',
    };

    it('is off unless the issuer, client id and secret are all set', () => {
      expect(loadConfig(VALID).oidc).toBeUndefined();
      expect(loadConfig({ ...VALID, ...OIDC, OIDC_DEPARTMENT_CLAIM: 'groups' }).oidc).toEqual({
        issuer: new URL(OIDC.OIDC_ISSUER),
        clientId: 'chorus',
        clientSecret: 'client-secret',
        scopes: 'openid email profile',
        departmentClaim: 'groups',
      });
    });

    it('refuses half a configuration, plain http to another machine, and scopes without openid', () => {
      expect(problemsOf({ ...VALID, OIDC_ISSUER: OIDC.OIDC_ISSUER })).toEqual([
        'OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together: set all three for single sign-on, or none',
      ]);
      expect(problemsOf({ ...VALID, ...OIDC, OIDC_ISSUER: 'http://login.example.com' })).toEqual([
        'OIDC_ISSUER must be an https:// URL (plain http is accepted only for a provider on this machine)',
      ]);
      expect(
        loadConfig({ ...VALID, ...OIDC, OIDC_ISSUER: 'http://127.0.0.1:4000' }).oidc,
      ).toBeDefined();
      expect(problemsOf({ ...VALID, ...OIDC, OIDC_SCOPES: 'email profile' })).toEqual([
        'OIDC_SCOPES must include "openid" (got "email profile")',
      ]);
    });
  });

  describe('fetching', () => {
    it('allows no private address unless CHORUS_FETCH_ALLOW lists it', () => {
      expect(loadConfig(VALID).fetchAllow).toEqual([]);
      expect(
        loadConfig({ ...VALID, CHORUS_FETCH_ALLOW: '127.0.0.1:8080, [::1]:9000' }).fetchAllow,
      ).toEqual(['127.0.0.1:8080', '[::1]:9000']);
      expect(problemsOf({ ...VALID, CHORUS_FETCH_ALLOW: 'localhost' })).toEqual([
        'CHORUS_FETCH_ALLOW entries must be host:port, like 127.0.0.1:8080 (got "localhost")',
      ]);
    });

    it('lets chat webhooks reach only the providers unless CHAT_WEBHOOK_ALLOW lists a receiver', () => {
      expect(loadConfig(VALID).chatWebhookAllow).toEqual([]);
      expect(
        loadConfig({ ...VALID, CHAT_WEBHOOK_ALLOW: '127.0.0.1:9999' }).chatWebhookAllow,
      ).toEqual(['127.0.0.1:9999']);
      expect(problemsOf({ ...VALID, CHAT_WEBHOOK_ALLOW: 'hooks.slack.com' })).toEqual([
        'CHAT_WEBHOOK_ALLOW entries must be host:port, like 127.0.0.1:8080 (got "hooks.slack.com")',
      ]);
    });
  });

  describe('outages', () => {
    it('keeps the click journal under .chorus and known links for a day by default', () => {
      expect(loadConfig(VALID)).toMatchObject({
        clicks: {
          journalDir: path.resolve('.chorus/click-journal'),
          journalMaxBytes: 256 * 1_048_576,
          retryMaxMs: 30_000,
        },
        linkCache: { ttlMs: 30_000, staleIfErrorMs: 24 * 3_600_000 },
      });
    });

    it('reads the journal folder, its bound, the retry interval and the link cache times', () => {
      const config = loadConfig({
        ...VALID,
        CHORUS_CLICK_JOURNAL_DIR: '/var/lib/chorus/journal',
        CHORUS_CLICK_JOURNAL_MB: '16',
        CHORUS_CLICK_RETRY_SECONDS: '5',
        CHORUS_LINK_CACHE_SECONDS: '2',
        CHORUS_LINK_STALE_HOURS: '0',
      });
      expect(config.clicks).toEqual({
        journalDir: '/var/lib/chorus/journal',
        journalMaxBytes: 16 * 1_048_576,
        retryMaxMs: 5_000,
        memoryLimit: 50_000,
      });
      expect(config.linkCache).toEqual({ ttlMs: 2_000, staleIfErrorMs: 0 });
    });

    it('names bad values', () => {
      expect(
        problemsOf({
          ...VALID,
          CHORUS_CLICK_JOURNAL_DIR: 'journal\0x',
          CHORUS_CLICK_JOURNAL_MB: '0',
          CHORUS_CLICK_RETRY_SECONDS: 'soon',
        }),
      ).toEqual([
        'CHORUS_CLICK_JOURNAL_DIR must be a folder path (got one with a NUL character)',
        'CHORUS_CLICK_JOURNAL_MB must be a whole number from 1 to 1048576 (got "0")',
        'CHORUS_CLICK_RETRY_SECONDS must be a whole number from 1 to 3600 (got "soon")',
      ]);
    });
  });
});
