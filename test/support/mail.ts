import { SMTPServer } from 'smtp-server';
import type { OutboxMessage } from '../../apps/api/src/mail/entities/outbox-message.entity';
import { OutboxRepository } from '../../apps/api/src/mail/outbox.repository';
import { eventually } from './eventually';
import type { TestApp } from './test-app';

export interface ReceivedMail {
  to: string[];
  /** The top-level headers, names lower-cased, folded lines joined, encoded words left as sent. */
  headers: Map<string, string>;
  /** The decoded subject. */
  subject: string;
  /** The text/plain part (or the whole body of a single-part message). */
  text: string;
  /** The text/html part, when the message has one. */
  html?: string;
  /** The content types of the message and its parts, outermost first. */
  contentTypes: string[];
}

/**
 * A real SMTP server on a free loopback port that keeps what it receives, so tests see the mail
 * exactly as a person's mailbox would. `refuse` makes it reject every message.
 */
export class TestMailServer {
  readonly received: ReceivedMail[] = [];
  refuse = false;
  private waiting: (() => void)[] = [];
  private server?: SMTPServer;
  private port = 0;

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, done) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (this.refuse) {
            done(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
            return;
          }
          const raw = Buffer.concat(chunks).toString('utf8');
          this.received.push({
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            ...parseMessage(raw),
          });
          this.waiting.splice(0).forEach((wake) => wake());
          done();
        });
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as { port: number }).port;
    return this;
  }

  /** The next message for `address` (waiting up to 10 s for it to arrive). */
  async messageTo(address: string, timeoutMs = 10_000): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.find((mail) => mail.to.includes(address));
      if (found) {
        this.received.splice(this.received.indexOf(found), 1);
        return found;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`No mail to ${address} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiting.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/**
 * The newest mail kept in the outbox for `address`, once the mail queue has kept it (without
 * SMTP_URL, queued mail reaches the outbox shortly after the change that caused it commits).
 * With `count`, waits until that many mails to the address are kept.
 */
export async function keptMailTo(
  t: TestApp,
  address: string,
  { count = 1, timeoutMs = 10_000 } = {},
): Promise<OutboxMessage> {
  const outbox = t.app.get(OutboxRepository);
  const kept = await eventually(
    `${count} kept mail(s) to ${address}`,
    async () => {
      const found = await outbox.findByRecipient(address);
      return found.length >= count && found;
    },
    timeoutMs,
  );
  return kept[kept.length - 1]!;
}

/** A message as a mailbox reads it: headers, subject, and its text and HTML parts decoded. */
function parseMessage(raw: string): Omit<ReceivedMail, 'to'> {
  const message = parseEntity(raw);
  const parts = flatten(message, 0);
  const text = parts.find((part) => part.type.startsWith('text/plain'));
  const html = parts.find((part) => part.type.startsWith('text/html'));
  return {
    headers: message.headers,
    subject: decodeWords(message.headers.get('subject') ?? ''),
    text: text?.body ?? '',
    html: html?.body,
    contentTypes: [message, ...parts.filter((part) => part !== message)].map((part) => part.type),
  };
}

interface Entity {
  headers: Map<string, string>;
  type: string;
  body: string;
  parts: Entity[];
}

function parseEntity(raw: string): Entity {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const contentType = headers.get('content-type') ?? 'text/plain';
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (type.startsWith('multipart/') && boundary) {
    const sections = body.split(`--${boundary}`).slice(1, -1);
    return {
      headers,
      type,
      body: '',
      parts: sections.map((section) => parseEntity(section.replace(/^\r\n/, ''))),
    };
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '').toLowerCase();
  return { headers, type, body: decodeBody(body, encoding).replace(/\r\n/g, '\n'), parts: [] };
}

/** The message itself when single-part, else its leaf parts (nested multiparts, bounded). */
function flatten(entity: Entity, depth: number): Entity[] {
  if (entity.parts.length === 0 || depth > 4) return [entity];
  return [entity, ...entity.parts.flatMap((part) => flatten(part, depth + 1))];
}

function decodeBody(body: string, encoding: string): string {
  if (encoding === 'quoted-printable') {
    return Buffer.from(
      body
        .replace(/=\r\n/g, '')
        .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ).toString('utf8');
  }
  if (encoding === 'base64') return Buffer.from(body, 'base64').toString('utf8');
  return body;
}

/** RFC 2047 encoded words (`=?UTF-8?Q?...?=`, `=?UTF-8?B?...?=`), as a subject with non-ASCII has. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(
      /=\?([^?]+)\?([QB])\?([^?]*)\?=/gi,
      (_, _charset: string, kind: string, data: string) =>
        kind.toUpperCase() === 'B'
          ? Buffer.from(data, 'base64').toString('utf8')
          : decodeBody(data.replace(/_/g, ' '), 'quoted-printable'),
    );
}

/** The first link in a mail's text that points at `path` (e.g. /invitation). */
export function linkIn(mail: Pick<ReceivedMail, 'text'>, path: string): URL {
  const match = mail.text.match(/https?:\/\/\S+/g)?.find((link) => new URL(link).pathname === path);
  if (!match) throw new Error(`No ${path} link in:\n${mail.text}`);
  return new URL(match);
}
