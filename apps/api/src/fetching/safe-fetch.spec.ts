import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { FetchRefusedError, SafeFetcher, type FetchAccept } from './safe-fetch';

const HTML: FetchAccept = { mediaTypes: ['text/html', 'application/xhtml+xml'] };
const PAGE = '<!doctype html><title>Caf\xe9</title>';

/** A loopback server that answers everything it is asked; `seen` records what reached it. */
let server: http.Server;
let port: number;
let origin: string;
const seen: string[] = [];
const hosts: string[] = [];
const posted: Array<{ path: string; type: string; body: string }> = [];

function handle(req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://x');
  if (req.method === 'POST') return void receive(req, res, url.pathname);
  seen.push(url.pathname);
  hosts.push(req.headers.host ?? '');
  const html = (body: string | Buffer, headers: http.OutgoingHttpHeaders = {}) => {
    res.writeHead(200, { 'content-type': 'text/html; charset="ISO-8859-1"', ...headers });
    res.end(body);
  };
  const hop = url.pathname.match(/^\/chain\/(\d+)$/);
  if (hop) {
    const left = Number(hop[1]);
    res.writeHead(302, { location: left === 0 ? '/page' : `/chain/${left - 1}` }).end();
    return;
  }
  switch (url.pathname) {
    case '/page':
      return html(Buffer.from(PAGE, 'latin1'), {
        etag: '"v1"',
        'last-modified': 'Mon, 01 Jan 2024 00:00:00 GMT',
      });
    case '/secret':
      return html('internal only');
    case '/relative':
      res.writeHead(301, { location: 'page?from=relative' }).end();
      return;
    case '/to-metadata':
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      return;
    case '/to-localhost':
      res.writeHead(307, { location: `http://localhost:${port}/secret` }).end();
      return;
    case '/to-file':
      res.writeHead(302, { location: 'file:///etc/passwd' }).end();
      return;
    case '/silent':
      return; // never answers
    case '/trickle':
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html>'); // and never finishes
      return;
    case '/big':
      return html('x'.repeat(5000));
    case '/big-chunked':
      res.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 50; i++) res.write('x'.repeat(100));
      res.end();
      return;
    case '/pdf':
      res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7');
      return;
    case '/gzip':
      return html(zlib.gzipSync(PAGE), { 'content-encoding': 'gzip' });
    case '/br':
      return html(zlib.brotliCompressSync(PAGE), { 'content-encoding': 'br' });
    case '/bomb':
      return html(zlib.gzipSync('x'.repeat(100_000)), { 'content-encoding': 'gzip' });
    case '/feed':
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { etag: '"v1"' }).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end('<rss/>');
      return;
    default:
      res.writeHead(404, { 'content-type': 'text/html' }).end('not found');
  }
}

/** A webhook receiver: records what was posted and answers as the path says. */
function receive(req: http.IncomingMessage, res: http.ServerResponse, path: string): void {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    posted.push({
      path,
      type: req.headers['content-type'] ?? '',
      body: Buffer.concat(chunks).toString(),
    });
    if (path === '/hook/busy')
      return void res.writeHead(429, { 'retry-after': '7' }).end('rate_limited');
    if (path === '/hook/moved') {
      return void res.writeHead(308, { location: 'http://169.254.169.254/latest' }).end();
    }
    if (path === '/hook/chatty') return void res.writeHead(400).end('e'.repeat(100_000));
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  });
}

beforeAll(async () => {
  server = http.createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  seen.length = 0;
  hosts.length = 0;
  posted.length = 0;
});

/** A fetcher that may reach the test server (and nothing else on loopback). */
function allowed(options: Partial<ConstructorParameters<typeof SafeFetcher>[0]> = {}) {
  return new SafeFetcher({ allow: [`127.0.0.1:${port}`], timeoutMs: 2000, ...options });
}

async function refusal(promise: Promise<unknown>): Promise<FetchRefusedError> {
  const error = await promise.then(
    () => new Error('expected the fetch to be refused'),
    (caught: unknown) => caught,
  );
  if (!(error instanceof FetchRefusedError)) throw error;
  return error;
}

describe('SafeFetcher', () => {
  it('fetches an HTML page with its charset, validators and final URL', async () => {
    const result = await allowed().fetch(`${origin}/page`, HTML);
    expect(result).toMatchObject({
      finalUrl: `${origin}/page`,
      status: 200,
      contentType: 'text/html',
      charset: 'iso-8859-1',
      headers: { etag: '"v1"', lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT' },
      redirects: [],
    });
    expect(result.body.toString('latin1')).toBe(PAGE);
  });

  it('refuses loopback when it is not allowed, without sending the request', async () => {
    const error = await refusal(new SafeFetcher({ allow: [] }).fetch(`${origin}/page`, HTML));
    expect(error.reason).toBe('private_address');
    expect(error.message).toBe('refused: private address (127.0.0.1)');
    expect(seen).toEqual([]);
  });

  it('allows only the exact host:port listed', async () => {
    const other = new SafeFetcher({ allow: [`127.0.0.1:${port + 1}`] });
    expect((await refusal(other.fetch(`${origin}/page`, HTML))).reason).toBe('private_address');
  });

  it.each([
    'http://2130706433:PORT/page',
    'http://0x7f.1:PORT/page',
    'http://0177.0.0.1:PORT/page',
    'http://127.1:PORT/page',
    'http://[::ffff:127.0.0.1]:PORT/page',
    'http://[::1]:PORT/page',
    'https://127.0.0.1:PORT/page',
  ])('refuses the numeric loopback form %s', async (url) => {
    const fetcher = new SafeFetcher({ allow: [] });
    const error = await refusal(fetcher.fetch(url.replace('PORT', String(port)), HTML));
    expect(error.reason).toBe('private_address');
    expect(seen).toEqual([]);
  });

  it('refuses a host name that resolves to loopback', async () => {
    const error = await refusal(
      new SafeFetcher({ allow: [] }).fetch(`http://localhost:${port}/`, HTML),
    );
    expect(error.reason).toBe('private_address');
    expect(error.message).toMatch(/^refused: private address \((127\.0\.0\.1|::1)\)$/);
    expect(seen).toEqual([]);
  });

  it('refuses when any one of the resolved addresses is private', async () => {
    const resolve = jest.fn().mockResolvedValue([
      { address: '93.184.216.34', family: 4 },
      { address: '10.0.0.5', family: 4 },
    ]);
    const error = await refusal(
      new SafeFetcher({ allow: [], resolve }).fetch('http://mixed.test/', HTML),
    );
    expect(error.message).toBe('refused: private address (10.0.0.5)');
    expect(resolve).toHaveBeenCalledWith('mixed.test');
  });

  it('connects to the address it checked, keeping the Host header', async () => {
    const resolve = jest.fn().mockResolvedValue([{ address: '127.0.0.1', family: 4 }]);
    const fetcher = new SafeFetcher({ allow: [`pinned.test:${port}`], resolve });
    const result = await fetcher.fetch(`http://pinned.test:${port}/page`, HTML);
    expect(result.status).toBe(200);
    expect(hosts).toEqual([`pinned.test:${port}`]);
    expect(resolve).toHaveBeenCalledTimes(1);
  });

  it('reports a name that does not resolve', async () => {
    const resolve = jest
      .fn()
      .mockRejectedValue(Object.assign(new Error('nope'), { code: 'ENOTFOUND' }));
    const error = await refusal(
      new SafeFetcher({ allow: [], resolve }).fetch('http://gone.test/', HTML),
    );
    expect(error).toMatchObject({ reason: 'dns', message: 'could not resolve gone.test' });
  });

  it.each(['file:///etc/passwd', 'ftp://example.com/', 'gopher://example.com/', 'not a url'])(
    'refuses the URL %p',
    async (url) => {
      expect((await refusal(allowed().fetch(url, HTML))).reason).toBe('scheme');
    },
  );

  it('refuses credentials in the URL', async () => {
    const error = await refusal(allowed().fetch(`http://user:pw@127.0.0.1:${port}/page`, HTML));
    expect(error).toMatchObject({ reason: 'scheme', message: 'refused: credentials in the URL' });
    expect(seen).toEqual([]);
  });

  it('follows a relative redirect and lists the hops', async () => {
    const result = await allowed().fetch(`${origin}/relative`, HTML);
    expect(result.finalUrl).toBe(`${origin}/page?from=relative`);
    expect(result.redirects).toEqual([`${origin}/relative`]);
  });

  it('follows five redirects but not six', async () => {
    const five = await allowed().fetch(`${origin}/chain/4`, HTML);
    expect(five.redirects).toHaveLength(5);
    expect(five.status).toBe(200);
    const error = await refusal(allowed().fetch(`${origin}/chain/5`, HTML));
    expect(error).toMatchObject({
      reason: 'too_many_redirects',
      message: 'refused: more than 5 redirects',
    });
  });

  it('refuses a redirect to a private address at the hop', async () => {
    const error = await refusal(allowed().fetch(`${origin}/to-metadata`, HTML));
    expect(error.message).toBe('refused: private address (169.254.169.254)');
  });

  it('refuses a redirect to a host name that resolves to loopback, before it is requested', async () => {
    const error = await refusal(allowed().fetch(`${origin}/to-localhost`, HTML));
    expect(error.reason).toBe('private_address');
    expect(seen).toEqual(['/to-localhost']);
  });

  it('refuses a redirect to another scheme', async () => {
    expect((await refusal(allowed().fetch(`${origin}/to-file`, HTML))).reason).toBe('scheme');
  });

  it('times out a server that never answers', async () => {
    const started = Date.now();
    const error = await refusal(allowed({ timeoutMs: 200 }).fetch(`${origin}/silent`, HTML));
    expect(error).toMatchObject({ reason: 'timeout', message: 'timed out after 0.2 s' });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('times out a body that never finishes', async () => {
    const error = await refusal(allowed({ timeoutMs: 200 }).fetch(`${origin}/trickle`, HTML));
    expect(error.reason).toBe('timeout');
  });

  it.each(['/big', '/big-chunked'])('refuses a body over the limit (%s)', async (path) => {
    const error = await refusal(allowed({ maxBytes: 1000 }).fetch(`${origin}${path}`, HTML));
    expect(error).toMatchObject({
      reason: 'too_large',
      message: 'refused: larger than 1000 bytes',
    });
  });

  it('counts the decompressed size against the limit', async () => {
    const error = await refusal(allowed({ maxBytes: 10_000 }).fetch(`${origin}/bomb`, HTML));
    expect(error.reason).toBe('too_large');
  });

  it('refuses a response that is not HTML', async () => {
    const error = await refusal(allowed().fetch(`${origin}/pdf`, HTML));
    expect(error).toMatchObject({
      reason: 'not_acceptable',
      message: 'refused: not HTML (application/pdf)',
    });
  });

  it('reports an error status with the URL', async () => {
    const error = await refusal(allowed().fetch(`${origin}/missing`, HTML));
    expect(error).toMatchObject({
      reason: 'http_status',
      message: `HTTP 404 from ${origin}/missing`,
    });
  });

  it.each(['/gzip', '/br'])('decodes a compressed body (%s)', async (path) => {
    const result = await allowed().fetch(`${origin}${path}`, HTML);
    expect(result.body.toString()).toBe(PAGE);
  });

  it('passes a 304 through for conditional polling', async () => {
    const feed: FetchAccept = { mediaTypes: ['application/rss+xml'] };
    const first = await allowed().fetch(`${origin}/feed`, feed);
    expect(first).toMatchObject({ status: 200, headers: { etag: '"v1"' } });
    const again = await allowed().fetch(`${origin}/feed`, {
      ...feed,
      headers: { 'If-None-Match': first.headers.etag! },
    });
    expect(again).toMatchObject({ status: 304, headers: { etag: '"v1"' } });
    expect(again.body).toHaveLength(0);
  });

  it('reports a connection failure as a network error', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const fetcher = new SafeFetcher({ allow: [`127.0.0.1:${closedPort}`] });
    const error = await refusal(fetcher.fetch(`http://127.0.0.1:${closedPort}/`, HTML));
    expect(error.reason).toBe('network');
    expect(error.message).toContain('ECONNREFUSED');
  });
});

describe('SafeFetcher.assertFetchable', () => {
  it('accepts a public address without requesting it', async () => {
    const resolve = jest.fn().mockResolvedValue([{ address: '93.184.216.34', family: 4 }]);
    await new SafeFetcher({ allow: [], resolve }).assertFetchable('https://news.test/story');
    expect(resolve).toHaveBeenCalledWith('news.test');
  });

  it('accepts loopback listed in the allow-list, and nothing is requested', async () => {
    await allowed().assertFetchable(`${origin}/page`);
    expect(seen).toEqual([]);
  });

  it.each([
    [`http://127.0.0.1:1/page`, 'private_address'],
    ['http://[::1]/', 'private_address'],
    ['http://10.1.2.3/intranet', 'private_address'],
    ['http://user:pw@news.test/', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
  ])('refuses %s (%s)', async (url, reason) => {
    const resolve = jest.fn().mockResolvedValue([{ address: '93.184.216.34', family: 4 }]);
    const error = await refusal(new SafeFetcher({ allow: [], resolve }).assertFetchable(url));
    expect(error.reason).toBe(reason);
  });

  it('refuses a name that resolves to a private address', async () => {
    const resolve = jest.fn().mockResolvedValue([{ address: '192.168.1.20', family: 4 }]);
    const error = await refusal(
      new SafeFetcher({ allow: [], resolve }).assertFetchable('https://intranet.test/'),
    );
    expect(error.message).toBe('refused: private address (192.168.1.20)');
  });
});

describe('SafeFetcher.post', () => {
  const message = { body: '{"text":"hello"}', contentType: 'application/json' };

  it('posts the body with its type and returns the answer', async () => {
    const answer = await allowed().post(`${origin}/hook/ok`, message);
    expect(answer).toEqual({ status: 200, retryAfter: null, body: 'ok' });
    expect(posted).toEqual([
      { path: '/hook/ok', type: 'application/json', body: '{"text":"hello"}' },
    ]);
  });

  it('passes an error status and its Retry-After to the caller instead of throwing', async () => {
    const answer = await allowed().post(`${origin}/hook/busy`, message);
    expect(answer).toEqual({ status: 429, retryAfter: '7', body: 'rate_limited' });
  });

  it('never follows a redirect, so the message cannot be sent on elsewhere', async () => {
    const answer = await allowed().post(`${origin}/hook/moved`, message);
    expect(answer.status).toBe(308);
    expect(posted.map(({ path }) => path)).toEqual(['/hook/moved']);
  });

  it('reads only the start of a long answer', async () => {
    const answer = await allowed().post(`${origin}/hook/chatty`, message);
    expect(answer.status).toBe(400);
    expect(answer.body.length).toBeLessThanOrEqual(4096);
  });

  it('refuses loopback that is not allowed, without sending anything', async () => {
    const error = await refusal(new SafeFetcher({ allow: [] }).post(`${origin}/hook/ok`, message));
    expect(error.reason).toBe('private_address');
    expect(posted).toEqual([]);
  });

  it('refuses plain http when https only, except to an allowed host:port', async () => {
    const strict = new SafeFetcher({ allow: [], httpsOnly: true });
    expect((await refusal(strict.post('http://hooks.example/x', message))).reason).toBe('scheme');
    expect((await allowed({ httpsOnly: true }).post(`${origin}/hook/ok`, message)).status).toBe(
      200,
    );
  });

  it('refuses a body over the size limit before connecting', async () => {
    const error = await refusal(allowed({ maxBytes: 10 }).post(`${origin}/hook/ok`, message));
    expect(error.reason).toBe('too_large');
    expect(posted).toEqual([]);
  });

  it('names only the origin when the receiver cannot be reached: the path is a secret', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const fetcher = new SafeFetcher({ allow: [`127.0.0.1:${closedPort}`] });
    const error = await refusal(
      fetcher.post(`http://127.0.0.1:${closedPort}/services/T0/B0/SECRET`, message),
    );
    expect(error.reason).toBe('network');
    expect(error.message).toBe(`could not reach http://127.0.0.1:${closedPort} (ECONNREFUSED)`);
  });
});
