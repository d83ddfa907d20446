import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type { Role } from '@chorus/core';
import { createApp, type CreateAppOptions } from '../../apps/api/src/app.factory';
import { AppConfig, loadConfig } from '../../apps/api/src/config/app-config';
import { runMigrations } from '../../apps/api/src/database/prepare-database';
import { hashPassword } from '../../apps/api/src/auth/passwords';
import { UsersService } from '../../apps/api/src/users/users.service';
import { User } from '../../apps/api/src/users/entities/user.entity';
import { apiClient, type ApiClient } from './api-client';
import { createTestDatabase, dropTestDatabase } from './database';

export const TEST_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  databaseName: string;
  http: () => ReturnType<typeof request>;
  close: () => Promise<void>;
}

/**
 * The whole API on a database of its own, migrated as at start-up. Demo mode is off unless asked:
 * each test makes the people it needs with makeUser().
 */
export async function createTestApp(
  env: Record<string, string> = {},
  options: CreateAppOptions = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  // A click journal of its own: another test's must never be replayed into this database.
  const journalDir = mkdtempSync(path.join(tmpdir(), 'chorus-test-journal-'));
  const config = loadConfig({
    DATABASE_URL: database.url,
    CHORUS_CLICK_JOURNAL_DIR: journalDir,
    CHORUS_SESSION_SECRET: TEST_SECRET,
    CHORUS_DEMO: 'false',
    CHORUS_ADMIN_EMAIL: 'first-admin@chorus.test',
    CHORUS_ADMIN_PASSWORD: 'first-admin-password',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    // Mail paced to the default rate would make a test that mails a few people wait seconds;
    // the pacing itself is tested with the default rate (mail-queue.e2e-spec.ts).
    MAIL_RATE_PER_MINUTE: '60000',
    // Tests run scheduled jobs with the time they choose; no tick of the wall clock adds to theirs.
    CHORUS_SCHEDULED_JOBS: 'false',
    ...env,
  });
  await runMigrations(config.databaseUrl);
  const app = await createApp(config, options);
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    config,
    databaseName: database.name,
    http: () => request(app.getHttpServer()),
    close: async () => {
      await app.close();
      await dropTestDatabase(database.name);
      rmSync(journalDir, { recursive: true, force: true });
    },
  };
}

let sequence = 0;

export interface MadeUser extends User {
  password: string;
}

/** A person with the given roles and a known password. */
export async function makeUser(
  testApp: TestApp,
  overrides: Partial<{
    email: string;
    name: string;
    roles: Role[];
    language: string;
    password: string;
  }> = {},
): Promise<MadeUser> {
  sequence += 1;
  const password = overrides.password ?? `password-${sequence}-long-enough`;
  const user = await testApp.app.get(UsersService).create({
    email: overrides.email ?? `person${sequence}.${Date.now()}@chorus.test`,
    name: overrides.name ?? `Person ${sequence}`,
    roles: overrides.roles ?? ['employee'],
    language: overrides.language ?? 'en',
    passwordHash: await hashPassword(password),
  });
  return Object.assign(user, { password });
}

/** The value of cookie `name` among a response's Set-Cookie headers ('' when absent). */
export function cookieValue(response: { headers: Record<string, unknown> }, name: string): string {
  const cookies = ([] as string[]).concat((response.headers['set-cookie'] as string[]) ?? []);
  const cookie = cookies.find((c) => c.startsWith(`${name}=`));
  return cookie?.split(';')[0].slice(name.length + 1) ?? '';
}

function login(
  client: ReturnType<typeof request> | ReturnType<typeof request.agent>,
  user: MadeUser,
) {
  return client
    .post('/api/auth/login')
    .send({ email: user.email, password: user.password })
    .expect(200);
}

export interface SignedInAgent {
  /** The API, typed by its OpenAPI document, with the XSRF header on every write. */
  api: ApiClient;
  /** The raw agent, for requests the API must refuse for their shape. */
  agent: ReturnType<typeof request.agent>;
  xsrf: string;
}

/** Signs `user` in and returns an agent that keeps the cookies, plus the XSRF token to echo. */
export async function signIn(testApp: TestApp, user: MadeUser): Promise<SignedInAgent> {
  const agent = request.agent(testApp.app.getHttpServer());
  const response = await login(agent, user);
  const xsrf = cookieValue(response, 'XSRF-TOKEN');
  return { api: apiClient(agent, xsrf), agent, xsrf };
}

/** Signs in without an agent and returns the raw cookies, for tests that handle cookies themselves. */
export async function signInCookies(
  testApp: TestApp,
  user: MadeUser,
): Promise<{ session: string; token: string; xsrf: string }> {
  const response = await login(testApp.http(), user);
  const token = cookieValue(response, 'chorus_session');
  return { session: `chorus_session=${token}`, token, xsrf: cookieValue(response, 'XSRF-TOKEN') };
}
