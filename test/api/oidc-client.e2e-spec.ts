import { OidcClient, OidcError, OidcSettings } from '../../apps/api/src/sso/oidc-client';
import { issuerOf, signInAtOidcProvider, startOidcProvider, stop } from '../support/oidc';
import { freePort, Watched } from '../support/processes';

// Single sign-on against a real OpenID provider (test/support/oidc-provider.mjs) in a child
// process. The provider's login and consent pages are driven with fetch; the redirect back to
// the app is caught from the Location header, so nothing needs to listen at the redirect URI.

const CLIENT_ID = 'chorus-test';
const CLIENT_SECRET = 'test-client-secret';
const REDIRECT_URI = 'http://127.0.0.1:9/api/auth/sso/callback';
const ACCOUNTS = [
  { sub: 'u-ana', email: 'ana@example.org', name: 'Ana Lima', department: 'Newsroom' },
  { sub: 'u-bo', email: 'bo@example.org', given_name: 'Bo', family_name: 'Berg' },
];

function startProvider(port = 0): Watched {
  return startOidcProvider({
    port,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    redirectUris: [REDIRECT_URI],
    accounts: ACCOUNTS,
  });
}

const signInAtProvider = (url: URL, login: string, choice?: 'consent' | 'cancel') =>
  signInAtOidcProvider(url, login, REDIRECT_URI, choice);

function settings(issuer: URL): OidcSettings {
  return {
    issuer,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    scopes: 'openid email profile',
  };
}

describe('OidcClient against a real OpenID provider', () => {
  let provider: Watched;
  let issuer: URL;

  beforeAll(async () => {
    provider = startProvider();
    issuer = await issuerOf(provider);
  });
  afterAll(() => stop(provider));

  it('signs a person in with the code flow and PKCE, and returns who they are', async () => {
    const oidc = new OidcClient(settings(issuer));
    const request = await oidc.authorizationRequest(REDIRECT_URI);

    expect(request.url.origin).toBe(issuer.origin);
    expect(Object.fromEntries(request.url.searchParams)).toMatchObject({
      client_id: CLIENT_ID,
      redirect_uri: REDIRECT_URI,
      response_type: 'code',
      scope: 'openid email profile',
      code_challenge_method: 'S256',
      state: request.state,
      nonce: request.nonce,
    });
    expect(request.url.searchParams.get('code_challenge')).not.toBe(request.codeVerifier);

    const callback = await signInAtProvider(request.url, 'ana@example.org');
    const identity = await oidc.completeSignIn(callback, { ...request, redirectUri: REDIRECT_URI });

    expect(identity).toEqual({
      subject: 'u-ana',
      email: 'ana@example.org',
      emailVerified: true,
      name: 'Ana Lima',
      claims: expect.objectContaining({
        sub: 'u-ana',
        iss: issuer.href.replace(/\/$/, ''),
        aud: CLIENT_ID,
        department: 'Newsroom',
      }),
    });
  });

  it('makes the name from given and family names when there is no name claim', async () => {
    const oidc = new OidcClient(settings(issuer));
    const request = await oidc.authorizationRequest(REDIRECT_URI);
    const callback = await signInAtProvider(request.url, 'u-bo');

    const identity = await oidc.completeSignIn(callback, { ...request, redirectUri: REDIRECT_URI });

    expect(identity).toMatchObject({ subject: 'u-bo', email: 'bo@example.org', name: 'Bo Berg' });
  });

  it('refuses a callback whose state was tampered with', async () => {
    const oidc = new OidcClient(settings(issuer));
    const request = await oidc.authorizationRequest(REDIRECT_URI);
    const callback = await signInAtProvider(request.url, 'ana@example.org');
    callback.searchParams.set('state', 'forged-state');

    const attempt = oidc.completeSignIn(callback, { ...request, redirectUri: REDIRECT_URI });

    await expect(attempt).rejects.toThrow(OidcError);
    await expect(attempt).rejects.toThrow(/could not be verified; start it again: .*"state"/);
  });

  it('refuses a callback completed with the code verifier of another sign-in', async () => {
    const oidc = new OidcClient(settings(issuer));
    const request = await oidc.authorizationRequest(REDIRECT_URI);
    const other = await oidc.authorizationRequest(REDIRECT_URI);
    const callback = await signInAtProvider(request.url, 'ana@example.org');

    const attempt = oidc.completeSignIn(callback, {
      ...request,
      codeVerifier: other.codeVerifier,
      redirectUri: REDIRECT_URI,
    });

    await expect(attempt).rejects.toThrow(OidcError);
    await expect(attempt).rejects.toThrow(
      /refused the request \(HTTP 400\): invalid_grant.*Start the sign-in again/,
    );
  });

  it('says so when the person cancels at the provider', async () => {
    const oidc = new OidcClient(settings(issuer));
    const request = await oidc.authorizationRequest(REDIRECT_URI);
    const callback = await signInAtProvider(request.url, 'ana@example.org', 'cancel');

    const attempt = oidc.completeSignIn(callback, { ...request, redirectUri: REDIRECT_URI });

    await expect(attempt).rejects.toThrow(OidcError);
    await expect(attempt).rejects.toThrow(/did not sign the person in: access_denied/);
  });

  it('refuses a wrong client secret with a message saying what to check', async () => {
    const oidc = new OidcClient({ ...settings(issuer), clientSecret: 'not-the-secret' });
    const request = await oidc.authorizationRequest(REDIRECT_URI);
    const callback = await signInAtProvider(request.url, 'ana@example.org');

    const attempt = oidc.completeSignIn(callback, { ...request, redirectUri: REDIRECT_URI });

    await expect(attempt).rejects.toThrow(/invalid_client.*Check the client id and client secret/);
  });
});

describe('OidcClient when the identity provider is unusable', () => {
  let provider: Watched | undefined;
  afterAll(() => stop(provider));

  it('names the issuer when it cannot be reached, and tries discovery again next time', async () => {
    const port = await freePort();
    const issuer = new URL(`http://127.0.0.1:${port}`);
    const oidc = new OidcClient(settings(issuer));

    const attempt = oidc.authorizationRequest(REDIRECT_URI);
    await expect(attempt).rejects.toThrow(OidcError);
    await expect(attempt).rejects.toThrow(
      `The identity provider at http://127.0.0.1:${port} cannot be reached: connect ECONNREFUSED`,
    );

    provider = startProvider(port);
    await issuerOf(provider);
    const request = await oidc.authorizationRequest(REDIRECT_URI);
    expect(request.url.origin).toBe(issuer.origin);
  });

  it('refuses a plain http issuer that is not on this machine', () => {
    const create = () => new OidcClient(settings(new URL('http://idp.example.org')));

    expect(create).toThrow(OidcError);
    expect(create).toThrow(
      'The identity provider at http://idp.example.org must be reached over https://',
    );
  });

  it('allows plain http on loopback addresses', () => {
    for (const issuer of ['http://localhost:8080', 'http://127.0.0.1:8080', 'http://[::1]:8080']) {
      expect(() => new OidcClient(settings(new URL(issuer)))).not.toThrow();
    }
  });
});
