import type { IncomingMessage, ServerResponse } from 'node:http';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { classifyVisit, isVerifyingVisit } from '@chorus/core';
import {
  DATABASE_RETRY_AFTER_SECONDS,
  isDatabaseUnavailable,
} from '../common/database-unavailable';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { SessionHolders } from '../auth/session-holder';
import { ClickWriter } from './click-writer';
import { clientAddress } from './client-address';
import { LinkResolver, type ResolvedLink } from './link-resolver';
import { trackedLinkPage, type TrackedLinkPageStatus } from './tracked-link-pages';
import { VisitorHasher } from './visitor-hasher';

export const TRACKED_PREFIX = '/r/';

/**
 * Answers /r/{code} straight from Node's HTTP server, before the web framework: tracked links
 * are the hottest path in Chorus. A known code is a 302 to its item's address with UTM tags (the
 * target always comes from the database, so Chorus is no open redirect); an unknown code a 404
 * page; a link an admin turned off a 410 page, both in the visitor's language. Every request is classified and recorded in the
 * click buffer; a click from the sharer's own signed-in browser is recorded as `self` (never a
 * click), told from the session cookie's signature alone, so that no request waits for more.
 */
@Injectable()
export class TrackedLinkHandler {
  private readonly logger = new Logger(TrackedLinkHandler.name);
  /** Set once an outage has been logged, so that each request of it is not. */
  private outageLogged = false;

  constructor(
    private readonly resolver: LinkResolver,
    private readonly writer: ClickWriter,
    private readonly hasher: VisitorHasher,
    private readonly sessions: SessionHolders,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Handles the request when it is for a tracked link; false leaves it to the application. */
  handle(request: IncomingMessage, response: ServerResponse): boolean {
    const url = request.url;
    if (url === undefined || !url.startsWith(TRACKED_PREFIX)) return false;
    const end = url.indexOf('?');
    const code = url.slice(TRACKED_PREFIX.length, end === -1 ? undefined : end);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return true;
    }
    const now = Date.now();
    const link = this.resolver.cached(code, now);
    if (link !== undefined && this.hasher.isReady(now)) {
      this.answer(request, response, link, now);
    } else {
      this.answerLater(request, response, code, now);
    }
    return true;
  }

  private answerLater(
    request: IncomingMessage,
    response: ServerResponse,
    code: string,
    now: number,
  ): void {
    Promise.all([this.resolver.resolve(code), this.hasher.ready(now)]).then(
      ([link]) => {
        this.outageLogged = false;
        this.answer(request, response, link, now);
      },
      (error: unknown) => {
        if (!isDatabaseUnavailable(error)) {
          this.logger.error(`Tracked link ${code} could not be looked up: ${String(error)}`);
        } else if (!this.outageLogged) {
          this.outageLogged = true;
          this.logger.error(
            `Tracked links not in the cache cannot be looked up while the database cannot be reached: ${String(error)}`,
          );
        }
        this.page(request, response, 503);
      },
    );
  }

  private answer(
    request: IncomingMessage,
    response: ServerResponse,
    link: ResolvedLink | null,
    now: number,
  ): void {
    if (!link) return this.page(request, response, 404);
    if (link.disabled) return this.page(request, response, 410);
    const userAgent = request.headers['user-agent'] ?? '';
    const cookies = request.headers.cookie;
    const sharer = link.userId;
    const visit = classifyVisit({
      method: request.method ?? 'GET',
      userAgent,
      // Only a browser that sends cookies is asked whose session it holds.
      bySharer:
        cookies === undefined || sharer === null
          ? undefined
          : () => this.sessions.holds(cookies, sharer),
    });
    const visitor =
      visit.kind === 'click'
        ? (this.hasher.hash(
            clientAddress(request, this.config.trustProxy),
            userAgent,
            link.shareId,
            now,
          ) ?? null)
        : null;
    this.writer.record({
      shareId: link.shareId,
      at: now,
      // The day's salt is loaded before a request is answered (see `handle`).
      day: this.hasher.dayOf(now) ?? new Date(now).toISOString().slice(0, 10),
      kind: visit.kind,
      crawler: visit.crawler,
      visitor,
    });
    if (!link.verified && isVerifyingVisit(visit, link.network)) {
      link.verified = true;
      this.writer.verify(link.shareId, now);
    }
    response.writeHead(302, {
      Location: link.target,
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex',
    });
    response.end();
  }

  /** A page in the visitor's language, with headers that say which and why. */
  private page(
    request: IncomingMessage,
    response: ServerResponse,
    status: TrackedLinkPageStatus,
  ): void {
    const { language, body } = trackedLinkPage(status, request.headers['accept-language']);
    response.writeHead(status, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': body.length,
      'Content-Language': language,
      Vary: 'Accept-Language',
      'Cache-Control': 'no-store',
      'X-Robots-Tag': 'noindex',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
      ...(status === 503 ? { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  }
}
