// A real OpenID Connect provider for tests, built on the `oidc-provider` package.
//
// Run it as a child process: `node test/support/oidc-provider.mjs`, configured from the env:
//   OIDC_TEST_PORT            port on 127.0.0.1 (0 or absent: a free port)
//   OIDC_TEST_CLIENT_ID       the one registered client (confidential, client_secret_basic/post)
//   OIDC_TEST_CLIENT_SECRET
//   OIDC_TEST_REDIRECT_URIS   comma-separated redirect URIs of that client
//   OIDC_TEST_ACCOUNTS        JSON array of { sub, email, name, department?, ...other claims }
// When it listens it prints exactly one line on stdout: `OIDC provider ready at <issuer URL>`.
// SIGTERM or SIGINT closes it and exits 0.
//
// Sign-in uses the provider's built-in development pages:
//   login page:   h1 "Sign-in", inputs name="login" and name="password" (both `required`),
//                 button "Sign-in". The login is looked up by `sub` or by email; the password is
//                 ignored but must not be empty in a browser.
//   consent page: h1 "Authorize", button "Continue" (and a "[ Cancel ]" link that denies access).
// Scopes: openid, email (email, email_verified), profile (name, given_name, family_name,
// department). As the OpenID spec asks when an access token is issued, the id token carries only
// `sub`; the other claims come from the userinfo endpoint. PKCE (S256) is required.

import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';

import Provider from 'oidc-provider';

/**
 * @typedef {{ sub: string; email?: string; name?: string; department?: string } & Record<string, unknown>} TestAccount
 * @typedef {{ port?: number; clientId: string; clientSecret: string; redirectUris: string[]; accounts: TestAccount[] }} OidcProviderOptions
 * @typedef {{ issuer: string; port: number; close(): Promise<void> }} RunningOidcProvider
 */

/**
 * Starts the provider on 127.0.0.1.
 * @param {OidcProviderOptions} options
 * @returns {Promise<RunningOidcProvider>}
 */
export async function startOidcProvider(options) {
  const { clientId, clientSecret, redirectUris, accounts } = options;
  if (!clientId || !clientSecret) throw new Error('A client id and a client secret are required.');
  if (!redirectUris?.length) throw new Error('At least one redirect URI is required.');

  const server = createServer();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const issuer = `http://127.0.0.1:${port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'given_name', 'family_name', 'department'],
    },
    findAccount: (_ctx, id) => {
      const account = findTestAccount(accounts, id);
      if (!account) return undefined;
      return {
        accountId: account.sub,
        claims: () => ({ email_verified: true, ...account, sub: account.sub }),
      };
    },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    // Cookies ignore ports: unusual names keep them from clashing with the app's on 127.0.0.1.
    cookies: {
      keys: [randomBytes(32).toString('base64url')],
      names: {
        session: 'oidc_test_session',
        interaction: 'oidc_test_interaction',
        resume: 'oidc_test_interaction_resume',
      },
    },
    jwks: { keys: [signingKey()] },
  });

  provider.use(loginBySubOrEmail(provider, accounts));
  // Without this, a 500 page says only "oops! something went wrong".
  provider.on('server_error', (_ctx, error) => console.error('OIDC provider error:', error));
  server.on('request', provider.callback());

  return {
    issuer,
    port,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/**
 * Finishes the dev login form's step itself, with the account's `sub` as the account id: the
 * built-in handler would keep the typed text (say an email) as the id, and the provider uses the
 * id as the `sub` claim. After an unknown login the same login page comes back.
 * @param {Provider} provider
 * @param {TestAccount[]} accounts
 */
function loginBySubOrEmail(provider, accounts) {
  return async (ctx, next) => {
    if (ctx.method !== 'POST' || !/^\/interaction\/[^/]+$/.test(ctx.path)) return next();
    let details;
    try {
      details = await provider.interactionDetails(ctx.req, ctx.res);
    } catch {
      return next(); // let the provider render its own error for an expired interaction
    }
    if (details.prompt.name !== 'login') return next();

    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    const login = new URLSearchParams(Buffer.concat(chunks).toString('utf8')).get('login') ?? '';
    const account = findTestAccount(accounts, login);
    if (!account) {
      ctx.status = 303;
      ctx.redirect(ctx.path); // the same login page again, as after a wrong password
      return;
    }
    ctx.respond = false;
    await provider.interactionFinished(
      ctx.req,
      ctx.res,
      { login: { accountId: account.sub } },
      { mergeWithLastSubmission: false },
    );
  };
}

/**
 * @param {TestAccount[]} accounts
 * @param {string} id the `sub`, or what was typed in the login field (a sub or an email)
 */
function findTestAccount(accounts, id) {
  const wanted = String(id).trim().toLowerCase();
  return (
    accounts.find((account) => account.sub === id) ??
    accounts.find((account) => account.email?.toLowerCase() === wanted)
  );
}

function signingKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), use: 'sig', alg: 'RS256' };
}

/** @param {NodeJS.ProcessEnv} env */
function optionsFromEnv(env) {
  const required = (name) => {
    const value = env[name];
    if (!value) throw new Error(`${name} is required.`);
    return value;
  };
  const port = Number(env.OIDC_TEST_PORT ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`OIDC_TEST_PORT must be a port number, got "${env.OIDC_TEST_PORT}".`);
  }
  let accounts;
  try {
    accounts = JSON.parse(env.OIDC_TEST_ACCOUNTS ?? '[]');
  } catch (error) {
    throw new Error(`OIDC_TEST_ACCOUNTS is not valid JSON: ${error.message}`, { cause: error });
  }
  if (!Array.isArray(accounts) || accounts.some((account) => typeof account?.sub !== 'string')) {
    throw new Error(
      'OIDC_TEST_ACCOUNTS must be a JSON array of objects, each with a string "sub".',
    );
  }
  return {
    port,
    clientId: required('OIDC_TEST_CLIENT_ID'),
    clientSecret: required('OIDC_TEST_CLIENT_SECRET'),
    redirectUris: required('OIDC_TEST_REDIRECT_URIS')
      .split(',')
      .map((uri) => uri.trim())
      .filter(Boolean),
    accounts,
  };
}

async function main() {
  let running;
  try {
    running = await startOidcProvider(optionsFromEnv(process.env));
  } catch (error) {
    console.error(`The test OIDC provider did not start: ${error.message}`);
    process.exit(1);
  }
  const stop = () => {
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  process.stdout.write(`OIDC provider ready at ${running.issuer}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
