import { randomUUID } from 'node:crypto';
import { createReadStream, constants } from 'node:fs';
import {
  access,
  mkdir,
  open,
  readdir,
  rename,
  stat,
  unlink,
  type FileHandle,
} from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { crc32 } from 'node:zlib';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { VISIT_KINDS } from '@chorus/core';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { ClickRecord } from './click-record';

/** What the journal keeps: a click event, or a share seen verified. */
export type JournalEntry = { click: ClickRecord } | { verify: { shareId: string; at: number } };

/** What reading a journal file found. */
export interface JournalReading {
  entries: number;
  /** Lines that fail their checksum or are cut short (a crash during a write): lost. */
  unreadable: number;
}

const OPEN = '.open';
const SEALED = '.journal';
const CLAIMED = '.replaying';
/** clicks-<pid>-<process token>-<sequence>.open|.journal, or .journal.replaying-<pid>-<token>. */
const NAME =
  /^clicks-(\d+)-([0-9a-f-]{36})-(\d+)(\.open|\.journal(?:\.replaying-(\d+)-([0-9a-f-]{36}))?)$/;

/**
 * A local append-only journal of click events that could not be written to PostgreSQL, replayed
 * once the database is back or at the next start. Each entry is one line, `<crc32 hex> <json>`,
 * written with fsync before the append returns, so that a line cut short by a crash is detected
 * and skipped (and counted as lost) rather than misread. Files are bounded in total by
 * CHORUS_CLICK_JOURNAL_MB: entries beyond it are refused and counted as lost by the caller.
 *
 * Several API processes may share the folder: each appends to a file of its own (`.open`), seals
 * it (`.journal`) before replaying, and claims a sealed file by renaming it, which only one
 * process can do. An `.open` or claimed file whose process is gone is claimed too.
 */
@Injectable()
export class ClickJournal implements OnModuleInit {
  readonly dir: string;
  private readonly maxBytes: number;
  private readonly token = randomUUID();
  private sequence = 0;
  private current?: { handle: FileHandle; name: string };
  /** Bytes in the folder's journal files, as far as this process knows. */
  private bytes = 0;
  /** One file operation at a time: an append never races a seal. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'clicks'>) {
    this.dir = config.clicks.journalDir;
    this.maxBytes = config.clicks.journalMaxBytes;
  }

  async onModuleInit(): Promise<void> {
    try {
      await mkdir(this.dir, { recursive: true });
      await access(this.dir, constants.W_OK);
    } catch (error) {
      throw new Error(
        `The click journal folder ${this.dir} cannot be created or written (${(error as Error).message}): ` +
          'set CHORUS_CLICK_JOURNAL_DIR to a folder Chorus may write to.',
        { cause: error },
      );
    }
    this.bytes = 0;
    for (const name of await this.names()) {
      this.bytes += (await stat(path.join(this.dir, name)).catch(() => ({ size: 0 }))).size;
    }
  }

  /** True when the folder holds files that another start or an outage left to replay. */
  async hasEntries(): Promise<boolean> {
    for (const name of await this.names()) {
      if ((await stat(path.join(this.dir, name)).catch(() => ({ size: 0 }))).size > 0) return true;
    }
    return false;
  }

  /**
   * Appends the entries and waits until they are on disk. Returns how many were kept: those
   * that would take the journal past its size bound are not. Throws when nothing could be kept.
   */
  append(entries: JournalEntry[]): Promise<number> {
    return this.serially(async () => {
      const lines: string[] = [];
      let size = 0;
      for (const entry of entries) {
        const line = journalLine(entry);
        const length = Buffer.byteLength(line);
        if (this.bytes + size + length > this.maxBytes) break;
        lines.push(line);
        size += length;
      }
      if (lines.length === 0) return 0;
      if (!this.current) {
        const name = `clicks-${process.pid}-${this.token}-${(this.sequence += 1)}${OPEN}`;
        this.current = { handle: await open(path.join(this.dir, name), 'a', 0o600), name };
        // The new file's name must survive a crash as well as its lines.
        await syncFolder(this.dir);
      }
      await this.current.handle.write(lines.join(''));
      await this.current.handle.datasync();
      this.bytes += size;
      return lines.length;
    });
  }

  /** Closes the file being appended to, so that it can be claimed and replayed. */
  seal(): Promise<void> {
    return this.serially(async () => {
      const current = this.current;
      if (!current) return;
      this.current = undefined;
      await current.handle.close();
      await rename(
        path.join(this.dir, current.name),
        path.join(this.dir, current.name.slice(0, -OPEN.length) + SEALED),
      );
    });
  }

  /** Takes the files to replay: sealed ones, and those whose process is gone. Oldest first. */
  claim(): Promise<string[]> {
    return this.serially(async () => {
      const claimed: string[] = [];
      for (const name of await this.names()) {
        const match = NAME.exec(name);
        if (!match || !this.mayClaim(match)) continue;
        const base = name.slice(0, name.indexOf('.'));
        const target = `${base}${SEALED}${CLAIMED}-${process.pid}-${this.token}`;
        try {
          await rename(path.join(this.dir, name), path.join(this.dir, target));
          claimed.push(target);
        } catch {
          // Another process claimed it first.
        }
      }
      return claimed;
    });
  }

  /**
   * Reads a claimed file in order, handing its entries to `write` in batches of at most `size`
   * (never the whole file at once: the journal may hold far more than memory should).
   */
  async read(
    file: string,
    size: number,
    write: (entries: JournalEntry[]) => Promise<void>,
  ): Promise<JournalReading> {
    const full = path.join(this.dir, file);
    const reading: JournalReading = { entries: 0, unreadable: 0 };
    let batch: JournalEntry[] = [];
    const lines = createInterface({ input: createReadStream(full, 'utf8'), crlfDelay: Infinity });
    let last: string | undefined;
    for await (const line of lines) {
      if (last !== undefined) {
        const entry = parseLine(last);
        if (entry) batch.push(entry);
        else reading.unreadable += 1;
      }
      last = line;
      if (batch.length >= size) {
        await write(batch);
        reading.entries += batch.length;
        batch = [];
      }
    }
    if (last !== undefined) {
      // A last line without its newline was cut short, even if it happens to parse.
      const entry = (await endsWithNewline(full)) ? parseLine(last) : undefined;
      if (entry) batch.push(entry);
      else reading.unreadable += 1;
    }
    if (batch.length > 0) {
      await write(batch);
      reading.entries += batch.length;
    }
    return reading;
  }

  /** Deletes a replayed file. */
  async remove(file: string): Promise<void> {
    const full = path.join(this.dir, file);
    const { size } = await stat(full);
    await unlink(full);
    this.bytes = Math.max(0, this.bytes - size);
  }

  /** Gives a claimed file back, to be replayed later. */
  async release(file: string): Promise<void> {
    await rename(
      path.join(this.dir, file),
      path.join(this.dir, file.slice(0, file.indexOf(CLAIMED))),
    );
  }

  private mayClaim(match: RegExpExecArray): boolean {
    const [, pid, token, , suffix, claimPid, claimToken] = match;
    if (suffix === SEALED) return true;
    const [ownerPid, ownerToken] = suffix === OPEN ? [pid, token] : [claimPid, claimToken];
    if (ownerToken === this.token) return false;
    // A process id seen again in a new process (pid 1 in a container) is a previous life.
    return Number(ownerPid) === process.pid || !isAlive(Number(ownerPid));
  }

  private async names(): Promise<string[]> {
    return (await readdir(this.dir)).filter((name) => NAME.test(name)).sort();
  }

  private serially<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.queue.then(operation, operation);
    this.queue = result.catch(() => undefined);
    return result;
  }
}

export function journalLine(entry: JournalEntry): string {
  const json = JSON.stringify(entry);
  return `${checksum(json)} ${json}\n`;
}

function checksum(json: string): string {
  return crc32(json).toString(16).padStart(8, '0');
}

/** The entry on a line, or undefined when the line is damaged. */
export function parseLine(line: string): JournalEntry | undefined {
  const space = line.indexOf(' ');
  if (space !== 8) return undefined;
  const json = line.slice(9);
  if (line.slice(0, 8) !== checksum(json)) return undefined;
  try {
    const entry = JSON.parse(json) as Partial<{ click: unknown; verify: unknown }>;
    if (isClick(entry.click)) return { click: entry.click };
    if (isVerify(entry.verify)) return { verify: entry.verify };
  } catch {
    // Damaged despite its checksum: treated like any other unreadable line.
  }
  return undefined;
}

function isClick(value: unknown): value is ClickRecord {
  const click = value as Record<string, unknown> | undefined;
  return (
    typeof click === 'object' &&
    click !== null &&
    typeof click.id === 'string' &&
    typeof click.shareId === 'string' &&
    typeof click.at === 'number' &&
    typeof click.day === 'string' &&
    (VISIT_KINDS as readonly unknown[]).includes(click.kind) &&
    (click.crawler === null || typeof click.crawler === 'string') &&
    (click.visitor === null || typeof click.visitor === 'string')
  );
}

function isVerify(value: unknown): value is { shareId: string; at: number } {
  const verify = value as Record<string, unknown> | undefined;
  return (
    typeof verify === 'object' &&
    verify !== null &&
    typeof verify.shareId === 'string' &&
    typeof verify.at === 'number'
  );
}

async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function endsWithNewline(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size === 0) return true;
    const { buffer } = await handle.read(Buffer.alloc(1), 0, 1, size - 1);
    return buffer[0] === 0x0a;
  } finally {
    await handle.close();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
