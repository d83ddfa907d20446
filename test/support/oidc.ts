import { Watched } from './processes';

// A real OpenID provider (test/support/oidc-provider.mjs) in a child process, and a fetch-based
// driver for its development login and consent pages.

export interface OidcTestAccount {
  sub: string;
  email: string;
  name?: string;
  given_name?: string;
  family_name?: string;
  department?: string;
  /** Defaults to true in the test provider. */
  email_verified?: boolean | null;
}

export function startOidcProvider(options: {
  port?: number;
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  accounts: OidcTestAccount[];
}): Watched {
  return Watched.start(['test/support/oidc-provider.mjs'], {
    OIDC_TEST_PORT: String(options.port ?? 0),
    OIDC_TEST_CLIENT_ID: options.clientId,
    OIDC_TEST_CLIENT_SECRET: options.clientSecret,
    OIDC_TEST_REDIRECT_URIS: options.redirectUris.join(','),
    OIDC_TEST_ACCOUNTS: JSON.stringify(options.accounts),
  });
}

export async function issuerOf(provider: Watched): Promise<URL> {
  const [, issuer] = await provider.waitFor(/OIDC provider ready at (\S+)/);
  return new URL(issuer);
}

export async function stop(provider: Watched | undefined): Promise<void> {
  if (!provider) return;
  provider.kill();
  await provider.exited;
}

/** Just enough of a browser's cookie store: by name and path, for one host. */
export class CookieJar {
  private readonly cookies = new Map<string, { name: string; value: string; path: string }>();

  header(url: URL): string {
    return [...this.cookies.values()]
      .filter((cookie) => url.pathname.startsWith(cookie.path))
      .map((cookie) => `${cookie.name}=${cookie.value}`)
      .join('; ');
  }

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';').map((part) => part.trim());
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator);
      const value = pair.slice(separator + 1);
      const attribute = (key: string) =>
        attributes.find((a) => a.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
      const path = attribute('path') ?? '/';
      const expires = attribute('expires');
      const expired =
        attribute('max-age') === '0' || (expires !== undefined && Date.parse(expires) < Date.now());
      if (expired) this.cookies.delete(`${name} ${path}`);
      else this.cookies.set(`${name} ${path}`, { name, value, path });
    }
  }
}

/**
 * Follows the provider's redirects and fills its development login and consent pages like a
 * person would, until the provider redirects to `redirectUri`; returns that callback URL.
 */
export async function signInAtOidcProvider(
  authorizationUrl: URL,
  login: string,
  redirectUri: string,
  choice: 'consent' | 'cancel' = 'consent',
): Promise<URL> {
  const jar = new CookieJar();
  let url = authorizationUrl;
  let body: URLSearchParams | undefined;
  for (let step = 0; step < 20; step++) {
    const response = await fetch(url, {
      method: body ? 'POST' : 'GET',
      body,
      headers: { cookie: jar.header(url) },
      redirect: 'manual',
    });
    jar.store(response);
    body = undefined;

    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      url = new URL(location, url);
      if (url.href.startsWith(redirectUri)) return url;
      continue;
    }
    const html = await response.text();
    if (response.status !== 200) throw new Error(`${response.status} from ${url.href}:\n${html}`);

    const prompt = html.match(/name="prompt" value="(\w+)"/)?.[1];
    const action = html.match(/<form[^>]* action="([^"]+)"/)?.[1];
    const abort = html.match(/<a href="([^"]+)">\[ Cancel \]<\/a>/)?.[1];
    if (!prompt || !action || !abort) throw new Error(`Not a login or consent page:\n${html}`);
    if (choice === 'cancel') {
      url = new URL(decodeHtml(abort), url);
    } else {
      url = new URL(decodeHtml(action), url);
      body =
        prompt === 'login'
          ? new URLSearchParams({ prompt, login, password: 'any password' })
          : new URLSearchParams({ prompt });
    }
  }
  throw new Error('The provider did not redirect back to the app within 20 steps.');
}

function decodeHtml(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&#x2F;|&#47;/g, '/');
}
