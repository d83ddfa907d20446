import { promises as dns, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { classifyAddress, parseHostLiteral } from './address-policy';

export type FetchRefusalReason =
  | 'scheme'
  | 'private_address'
  | 'dns'
  | 'too_many_redirects'
  | 'timeout'
  | 'too_large'
  | 'not_acceptable'
  | 'http_status'
  | 'network';

/** A fetch that was refused or failed; `message` is short enough to show a curator as is. */
export class FetchRefusedError extends Error {
  override readonly name = 'FetchRefusedError';

  constructor(
    readonly reason: FetchRefusalReason,
    message: string,
  ) {
    super(message);
  }
}

export interface FetchAccept {
  /** Media types the caller can use, e.g. `['text/html', 'application/xhtml+xml']`. */
  mediaTypes: string[];
  /** Extra request headers, e.g. `If-None-Match` for conditional polling. */
  headers?: Record<string, string>;
}

export interface FetchedResource {
  finalUrl: string;
  status: number;
  /** The media type without parameters, lower-cased; `''` when the server sent none. */
  contentType: string;
  charset: string | null;
  /** Decompressed; empty for a 304. */
  body: Buffer;
  headers: { etag?: string; lastModified?: string };
  /** Every URL that answered with a redirect, in order (the start URL first). */
  redirects: string[];
}

/** A body to POST, e.g. a chat message. */
export interface PostRequest {
  body: string | Buffer;
  contentType: string;
}

/** How the server answered a POST: any status, for the caller to judge (redirects included). */
export interface PostResponse {
  status: number;
  /** The Retry-After header as sent (seconds or an HTTP date), for a 429 or a 503. */
  retryAfter: string | null;
  /** The start of the answer, as text, for the record of what went wrong. */
  body: string;
}

/** At most this much of a POST's answer is read: it is only kept to explain a failure. */
const POST_ANSWER_BYTES = 4096;

export interface SafeFetcherOptions {
  /** `host:port` entries (`config.fetchAllow`) exempt from the address policy: tests only. */
  allow: string[];
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
  /** Resolves a host name to every address; defaults to `dns.lookup(host, { all: true })`. */
  resolve?: (host: string) => Promise<LookupAddress[]>;
  /** Refuse plain http, except to an allowed host:port. */
  httpsOnly?: boolean;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches curator-supplied URLs without letting them reach Chorus's own network: every host,
 * and every redirect hop, is resolved once, refused unless all its addresses are public, and
 * the connection goes to exactly those addresses (no second lookup that DNS rebinding could
 * answer differently). Time, size, redirects and media type are limited.
 */
export class SafeFetcher {
  private readonly allow: Set<string>;
  private readonly timeoutMs: number;
  private readonly maxBytes: number;
  private readonly maxRedirects: number;
  private readonly userAgent: string;
  private readonly resolve: (host: string) => Promise<LookupAddress[]>;
  private readonly httpsOnly: boolean;

  constructor(options: SafeFetcherOptions) {
    this.allow = new Set(options.allow.map((entry) => entry.trim().toLowerCase()));
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.maxBytes = options.maxBytes ?? 2 * 1024 * 1024;
    this.maxRedirects = options.maxRedirects ?? 5;
    this.userAgent = options.userAgent ?? 'Chorus/1.0 (link preview)';
    this.resolve = options.resolve ?? ((host) => dns.lookup(host, { all: true }));
    this.httpsOnly = options.httpsOnly ?? false;
  }

  async fetch(url: string, accept: FetchAccept): Promise<FetchedResource> {
    return this.limited(`could not fetch ${url}`, (signal) =>
      this.follow(this.checkUrl(url), accept, signal),
    );
  }

  /**
   * Refuses an address Chorus would not fetch, as `fetch` would (the scheme, credentials, a host
   * that does not resolve or is not public unless allowed), without requesting it: for checking
   * an address a person gives before it is kept. The fetch itself checks again.
   */
  async assertFetchable(url: string): Promise<void> {
    await this.limited(`could not check ${url}`, async (signal) => {
      await this.addressesFor(this.checkUrl(url), signal);
    });
  }

  /**
   * POSTs `request` to `url` under the same address policy and limits, and never follows a
   * redirect: a 3xx is returned like any other status, so a webhook cannot send its message on
   * to another host. The caller judges the status; only a refusal or a failure to get an answer
   * throws.
   */
  async post(url: string, request: PostRequest): Promise<PostResponse> {
    // The path and query of a webhook are its secret: a failure names the origin only.
    return this.limited(`could not reach ${safeOrigin(url)}`, async (signal) => {
      const target = this.checkUrl(url);
      const addresses = await this.addressesFor(target, signal);
      const body = Buffer.from(request.body);
      if (body.length > this.maxBytes) throw this.tooLarge();
      const response = await this.request(
        target,
        addresses,
        {
          method: 'POST',
          headers: { 'content-type': request.contentType, 'content-length': String(body.length) },
          body,
        },
        signal,
      );
      try {
        const retryAfter = response.headers['retry-after'];
        return {
          status: response.statusCode ?? 0,
          retryAfter: typeof retryAfter === 'string' ? retryAfter : null,
          body: (await readSome(response, POST_ANSWER_BYTES)).toString('utf8'),
        };
      } finally {
        response.destroy();
      }
    });
  }

  /** Runs `work` within the time limit, turning every failure into a FetchRefusedError. */
  private async limited<T>(failure: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      return await work(controller.signal);
    } catch (error) {
      if (controller.signal.aborted) {
        throw new FetchRefusedError('timeout', `timed out after ${this.timeoutMs / 1000} s`);
      }
      if (error instanceof FetchRefusedError) throw error;
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new FetchRefusedError('network', `${failure} (${code})`);
    } finally {
      clearTimeout(timer);
    }
  }

  /** `checkUrl`, and with `httpsOnly` no plain http except to an allowed host:port. */
  private checkUrl(input: string, base?: URL): URL {
    const url = checkUrl(input, base);
    if (this.httpsOnly && url.protocol !== 'https:' && !this.allow.has(hostPort(url))) {
      throw new FetchRefusedError('scheme', 'refused: only https');
    }
    return url;
  }

  private async follow(start: URL, accept: FetchAccept, signal: AbortSignal) {
    const redirects: string[] = [];
    let target = start;
    for (;;) {
      const addresses = await this.addressesFor(target, signal);
      const response = await this.request(
        target,
        addresses,
        {
          method: 'GET',
          headers: {
            ...accept.headers,
            accept: accept.mediaTypes.join(', '),
            'accept-encoding': 'gzip, deflate, br',
          },
        },
        signal,
      );
      const status = response.statusCode ?? 0;
      if (!REDIRECT_STATUSES.has(status)) {
        return this.read(target, response, accept, redirects);
      }
      response.destroy();
      const location = response.headers.location;
      if (!location) {
        throw new FetchRefusedError(
          'http_status',
          `HTTP ${status} without a Location from ${target.href}`,
        );
      }
      if (redirects.length >= this.maxRedirects) {
        throw new FetchRefusedError(
          'too_many_redirects',
          `refused: more than ${this.maxRedirects} redirects`,
        );
      }
      redirects.push(target.href);
      target = this.checkUrl(location, target);
    }
  }

  /** The addresses to connect to, each checked against the policy unless host:port is allowed. */
  private async addressesFor(target: URL, signal: AbortSignal): Promise<LookupAddress[]> {
    const host = target.hostname;
    const literal = parseHostLiteral(host);
    let addresses: LookupAddress[];
    if (literal !== null) {
      addresses = [{ address: literal, family: isIP(literal) }];
    } else {
      try {
        addresses = await untilAborted(this.resolve(host), signal);
      } catch (error) {
        if (signal.aborted) throw error;
        throw new FetchRefusedError('dns', `could not resolve ${host}`);
      }
      if (addresses.length === 0) {
        throw new FetchRefusedError('dns', `could not resolve ${host}`);
      }
    }
    if (!this.allow.has(hostPort(target))) {
      const refused = addresses.find(({ address }) => classifyAddress(address) !== 'public');
      if (refused) {
        throw new FetchRefusedError(
          'private_address',
          `refused: private address (${refused.address})`,
        );
      }
    }
    return addresses;
  }

  private request(
    target: URL,
    addresses: LookupAddress[],
    send: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: Buffer },
    signal: AbortSignal,
  ): Promise<IncomingMessage> {
    // Node keeps Host and SNI from `host`, but connects wherever `lookup` says.
    const lookup: LookupFunction = (_hostname, options, callback) => {
      const family = options.family === 4 || options.family === 6 ? options.family : 0;
      const usable = addresses.filter((entry) => family === 0 || entry.family === family);
      if (usable.length === 0) {
        callback(Object.assign(new Error('no usable address'), { code: 'ENOTFOUND' }), '');
      } else if (options.all) {
        callback(null, usable);
      } else {
        callback(null, usable[0].address, usable[0].family);
      }
    };
    const client = target.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const request = client.request({
        protocol: target.protocol,
        host: target.hostname.replace(/^\[(.*)\]$/, '$1'),
        port: target.port || undefined,
        path: `${target.pathname}${target.search}`,
        method: send.method,
        agent: false,
        lookup,
        signal,
        headers: { ...send.headers, 'user-agent': this.userAgent },
      });
      request.once('response', resolve);
      request.on('error', reject);
      request.end(send.body);
    });
  }

  private async read(
    target: URL,
    response: IncomingMessage,
    accept: FetchAccept,
    redirects: string[],
  ): Promise<FetchedResource> {
    const status = response.statusCode ?? 0;
    const { mediaType, charset } = parseContentType(response.headers['content-type'] ?? '');
    const result = {
      finalUrl: target.href,
      status,
      contentType: mediaType,
      charset,
      body: Buffer.alloc(0),
      headers: pickHeaders(response),
      redirects,
    };
    try {
      if (status === 304) return result;
      if (status < 200 || status > 299) {
        throw new FetchRefusedError('http_status', `HTTP ${status} from ${target.href}`);
      }
      const accepted = accept.mediaTypes.map((type) => type.toLowerCase());
      if (!accepted.includes(mediaType)) {
        const what = accepted.includes('text/html') ? 'not HTML' : 'unexpected content type';
        throw new FetchRefusedError('not_acceptable', `refused: ${what} (${mediaType || 'none'})`);
      }
      if (Number(response.headers['content-length']) > this.maxBytes) throw this.tooLarge();
      return { ...result, body: await this.readBody(response) };
    } finally {
      response.destroy();
    }
  }

  /** Reads the body, decompressed, refusing as soon as more than `maxBytes` have arrived. */
  private async readBody(response: IncomingMessage): Promise<Buffer> {
    const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
    const decoder = decoderFor(encoding);
    // pipeline destroys both streams when either fails, so the loop below sees the error.
    const source: Readable = decoder ? pipeline(response, decoder, () => undefined) : response;
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of source as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > this.maxBytes) throw this.tooLarge();
      chunks.push(chunk);
    }
    return Buffer.concat(chunks, total);
  }

  private tooLarge(): FetchRefusedError {
    return new FetchRefusedError('too_large', `refused: larger than ${formatBytes(this.maxBytes)}`);
  }
}

function hostPort(url: URL): string {
  return `${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`;
}

/** Where a URL points, without its path and query (a webhook's secret is in them). */
function safeOrigin(input: string): string {
  try {
    return new URL(input).origin;
  } catch {
    return 'the address';
  }
}

/** Up to `limit` bytes of a body, as they come (no decoding): the rest is left unread. */
async function readSome(response: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    total += chunk.length;
    if (total >= limit) break;
  }
  return Buffer.concat(chunks, total).subarray(0, limit);
}

function checkUrl(input: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(input, base);
  } catch {
    throw new FetchRefusedError('scheme', `refused: not a valid URL (${input})`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchRefusedError('scheme', `refused: only http and https (${url.protocol})`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new FetchRefusedError('scheme', 'refused: credentials in the URL');
  }
  return url;
}

/** Settles with `promise`, or rejects as soon as `signal` aborts (a lookup cannot be cancelled). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function decoderFor(encoding: string): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | null {
  switch (encoding) {
    case 'identity':
    case '':
      return null;
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      // Unzip reads zlib-wrapped deflate (what RFC 9110 means) and mislabelled gzip.
      return zlib.createUnzip();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      throw new FetchRefusedError('not_acceptable', `refused: unsupported encoding (${encoding})`);
  }
}

function parseContentType(header: string): { mediaType: string; charset: string | null } {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(header)?.[1];
  return {
    mediaType: header.split(';')[0].trim().toLowerCase(),
    charset: charset?.toLowerCase() ?? null,
  };
}

function pickHeaders(response: IncomingMessage): FetchedResource['headers'] {
  const { etag, 'last-modified': lastModified } = response.headers;
  return { ...(etag && { etag }), ...(lastModified && { lastModified }) };
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
