import * as client from 'openid-client';

export interface OidcSettings {
  /** The issuer identifier, e.g. https://accounts.example.com (discovery is read below it). */
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** Space-separated scopes, e.g. 'openid email profile'. */
  scopes: string;
}

/** Where to send the person, and what to keep (in their session) to check the callback. */
export interface AuthorizationRequest {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** Who signed in, as the identity provider tells it. */
export interface OidcIdentity {
  subject: string;
  email: string | null;
  emailVerified: boolean | null;
  name: string | null;
  /** Every id-token claim, overlaid with the userinfo claims when those were fetched. */
  claims: Record<string, unknown>;
}

/** A failed single sign-on step, with a message a person can act on; `cause` has the details. */
export class OidcError extends Error {
  constructor(
    message: string,
    options?: { cause?: unknown },
    /** True when the provider answered the sign-in with an error (e.g. the person cancelled). */
    readonly refusedByProvider = false,
  ) {
    super(message, options);
    this.name = 'OidcError';
  }
}

/** Seconds any one request to the identity provider may take. */
const REQUEST_TIMEOUT_SECONDS = 10;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * OpenID Connect sign-in (authorization code flow with S256 PKCE, state and nonce) against one
 * identity provider. The provider's metadata is discovered on first use and kept; a failed
 * discovery is tried again on the next use.
 */
export class OidcClient {
  private readonly issuer: string;
  private readonly allowHttp: boolean;
  private configuration?: Promise<client.Configuration>;

  constructor(private readonly settings: OidcSettings) {
    this.issuer = settings.issuer.href.replace(/\/$/, '');
    this.allowHttp = settings.issuer.protocol === 'http:';
    if (settings.issuer.protocol !== 'https:' && settings.issuer.protocol !== 'http:') {
      throw new OidcError(`The identity provider address ${this.issuer} must start with https://.`);
    }
    if (this.allowHttp && !LOOPBACK_HOSTS.has(settings.issuer.hostname)) {
      throw new OidcError(
        `The identity provider at ${this.issuer} must be reached over https://; ` +
          'plain http:// is only allowed for localhost, 127.0.0.1 and ::1.',
      );
    }
  }

  /** Builds the provider's authorization URL with S256 PKCE, state and nonce. */
  async authorizationRequest(redirectUri: string): Promise<AuthorizationRequest> {
    const config = await this.discover();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    try {
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: this.settings.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url, state, nonce, codeVerifier };
    } catch (error) {
      throw this.failure(`The sign-in request for ${this.issuer} could not be built`, error);
    }
  }

  /** Exchanges the code from the callback URL, validating state, nonce and PKCE; returns who signed in. */
  async completeSignIn(
    callbackUrl: URL,
    expected: { state: string; nonce: string; codeVerifier: string; redirectUri: string },
  ): Promise<OidcIdentity> {
    const config = await this.discover();
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      // openid-client sends the callback URL without its query as redirect_uri. Rebuild it from
      // the redirect URI of the request: behind a proxy the URL the API saw may differ.
      const current = new URL(expected.redirectUri);
      current.search = callbackUrl.search;
      tokens = await client.authorizationCodeGrant(config, current, {
        expectedState: expected.state,
        expectedNonce: expected.nonce,
        pkceCodeVerifier: expected.codeVerifier,
        idTokenExpected: true,
      });
    } catch (error) {
      throw this.failure(
        `The sign-in with the identity provider at ${this.issuer} could not be verified; start it again`,
        error,
      );
    }

    const idToken = tokens.claims();
    if (!idToken) throw new OidcError(`The identity provider at ${this.issuer} sent no id token.`);
    let claims: Record<string, unknown> = { ...idToken };
    if (!stringClaim(claims, 'email') || !nameOf(claims)) {
      try {
        const userInfo = await client.fetchUserInfo(config, tokens.access_token, idToken.sub);
        claims = { ...claims, ...userInfo };
      } catch (error) {
        throw this.failure(
          `The identity provider at ${this.issuer} did not give the signed-in person's profile`,
          error,
        );
      }
    }

    return {
      subject: idToken.sub,
      email: stringClaim(claims, 'email'),
      emailVerified: booleanClaim(claims, 'email_verified'),
      name: nameOf(claims),
      claims,
    };
  }

  private discover(): Promise<client.Configuration> {
    this.configuration ??= client
      .discovery(
        this.settings.issuer,
        this.settings.clientId,
        undefined,
        // Chosen once the metadata is known: see clientAuthentication below.
        (as, metadata, body, headers) =>
          clientAuthentication(as, this.settings.clientSecret)(as, metadata, body, headers),
        {
          execute: this.allowHttp ? [client.allowInsecureRequests] : [],
          timeout: REQUEST_TIMEOUT_SECONDS,
        },
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw this.failure(
          `The identity provider at ${this.issuer} did not give a usable OpenID configuration`,
          error,
        );
      });
    return this.configuration;
  }

  /** Turns anything openid-client throws into an OidcError saying what went wrong, and where. */
  private failure(context: string, error: unknown): OidcError {
    if (error instanceof OidcError) return error;
    const at = `The identity provider at ${this.issuer}`;
    if (isNetworkFailure(error)) {
      return new OidcError(`${at} cannot be reached: ${describe(error)}`, { cause: error });
    }
    if (error instanceof client.AuthorizationResponseError) {
      return new OidcError(
        `${at} did not sign the person in: ${oauthError(error)}`,
        { cause: error },
        true,
      );
    }
    if (
      error instanceof client.ResponseBodyError ||
      error instanceof client.WWWAuthenticateChallengeError
    ) {
      const code = oauthError(error);
      const hint = code.startsWith('invalid_client')
        ? ' Check the client id and client secret.'
        : code.startsWith('invalid_grant')
          ? ' Start the sign-in again.'
          : '';
      return new OidcError(`${at} refused the request (HTTP ${error.status}): ${code}.${hint}`, {
        cause: error,
      });
    }
    return new OidcError(`${context}: ${describe(error)}`, { cause: error });
  }
}

/** client_secret_basic, which every provider must support, unless it only offers _post. */
function clientAuthentication(as: client.ServerMetadata, secret: string): client.ClientAuth {
  const supported = as.token_endpoint_auth_methods_supported;
  if (supported && !supported.includes('client_secret_basic')) {
    if (supported.includes('client_secret_post')) return client.ClientSecretPost(secret);
  }
  return client.ClientSecretBasic(secret);
}

function stringClaim(claims: Record<string, unknown>, name: string): string | null {
  const value = claims[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** Some providers send email_verified as the string "true". */
function booleanClaim(claims: Record<string, unknown>, name: string): boolean | null {
  const value = claims[name];
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return null;
}

function nameOf(claims: Record<string, unknown>): string | null {
  const name = stringClaim(claims, 'name');
  if (name) return name;
  const parts = [stringClaim(claims, 'given_name'), stringClaim(claims, 'family_name')];
  const joined = parts.filter(Boolean).join(' ');
  return joined || null;
}

/** Errors along the cause chain. Duck-typed: under jest, fetch's errors come from another realm. */
function causes(error: unknown): Array<Error & { code?: unknown }> {
  const chain: Array<Error & { code?: unknown }> = [];
  for (let current = error; isErrorLike(current) && chain.length < 8; current = current.cause) {
    chain.push(current);
  }
  return chain;
}

function isErrorLike(value: unknown): value is Error & { code?: unknown } {
  return (
    typeof value === 'object' && value !== null && typeof (value as Error).message === 'string'
  );
}

const NETWORK_ERROR_CODES = new Set([
  'OAUTH_TIMEOUT',
  'OAUTH_ABORT',
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

function isNetworkFailure(error: unknown): boolean {
  return causes(error).some(
    (e) =>
      (e.name === 'TypeError' && e.message === 'fetch failed') ||
      e.name === 'TimeoutError' ||
      (typeof e.code === 'string' && NETWORK_ERROR_CODES.has(e.code)),
  );
}

/** Generic wrappers that say nothing their cause does not say better. */
const VAGUE_MESSAGES = new Set(['fetch failed', 'something went wrong']);

/** The messages along the cause chain, e.g. "connect ECONNREFUSED 127.0.0.1:9". */
function describe(error: unknown): string {
  const messages = [...new Set(causes(error).map((e) => e.message))].filter(Boolean);
  const telling = messages.filter((message) => !VAGUE_MESSAGES.has(message));
  const text = (telling.length ? telling : messages).join(': ') || String(error);
  // An unexpected HTTP response is attached as the cause: say which one.
  const response = causes(error)
    .map((e) => e.cause)
    .find(
      (cause): cause is Response => typeof (cause as Response | undefined)?.status === 'number',
    );
  return response ? `${text} (HTTP ${response.status} from ${response.url})` : text;
}

/** The OAuth error code and description, e.g. "invalid_grant (grant request is invalid)". */
function oauthError(
  error:
    | client.AuthorizationResponseError
    | client.ResponseBodyError
    | client.WWWAuthenticateChallengeError,
): string {
  const { error: code, error_description: description } =
    error instanceof client.WWWAuthenticateChallengeError
      ? (error.cause[0]?.parameters ?? {})
      : error;
  if (!code) return error.message;
  return description ? `${code} (${description})` : code;
}
