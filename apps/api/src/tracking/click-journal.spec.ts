import {
  appendFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ClickJournal, journalLine, type JournalEntry } from './click-journal';

const entry = (i: number): JournalEntry => ({
  click: {
    id: `0193a0c0-0000-7000-8000-${String(i).padStart(12, '0')}`,
    shareId: '00000000-0000-4000-8000-000000000001',
    at: 1_765_000_000_000 + i,
    day: '2026-12-06',
    kind: 'click',
    crawler: null,
    visitor: `v${i}`,
  },
});

describe('ClickJournal', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'chorus-journal-spec-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function journal(maxBytes = 1_048_576): Promise<ClickJournal> {
    const made = new ClickJournal({
      clicks: { journalDir: dir, journalMaxBytes: maxBytes, retryMaxMs: 1_000, memoryLimit: 10 },
    });
    await made.onModuleInit();
    return made;
  }

  async function readAll(
    from: ClickJournal,
  ): Promise<{ entries: JournalEntry[]; unreadable: number }> {
    const entries: JournalEntry[] = [];
    let unreadable = 0;
    for (const file of await from.claim()) {
      unreadable += (
        await from.read(file, 2, async (batch) => {
          entries.push(...batch);
        })
      ).unreadable;
    }
    return { entries, unreadable };
  }

  it('gives back, in order and in batches, what was appended and sealed', async () => {
    const written = await journal();
    expect(await written.append([entry(1), entry(2), entry(3)])).toBe(3);
    expect(await written.append([{ verify: { shareId: 's', at: 5 } }])).toBe(1);
    await written.seal();

    const batches: number[] = [];
    const reader = await journal();
    expect(await reader.hasEntries()).toBe(true);
    const [file] = await reader.claim();
    const entries: JournalEntry[] = [];
    const reading = await reader.read(file, 3, async (batch) => {
      batches.push(batch.length);
      entries.push(...batch);
    });
    expect(reading).toEqual({ entries: 4, unreadable: 0 });
    expect(batches).toEqual([3, 1]);
    expect(entries).toEqual([entry(1), entry(2), entry(3), { verify: { shareId: 's', at: 5 } }]);
    await reader.remove(file);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes one line per entry, with its checksum', async () => {
    const written = await journal();
    await written.append([entry(1)]);
    await written.seal();
    const [name] = readdirSync(dir);
    expect(readFileSync(path.join(dir, name), 'utf8')).toBe(journalLine(entry(1)));
    expect(journalLine(entry(1))).toMatch(/^[0-9a-f]{8} \{"click":\{"id":/);
  });

  it('skips a last line cut short by a crash, and a damaged line, and counts them', async () => {
    const written = await journal();
    await written.append([entry(1), entry(2)]);
    await written.seal();
    const [name] = readdirSync(dir);
    const file = path.join(dir, name);
    const damaged = journalLine(entry(3)).replace('"v3"', '"v4"');
    appendFileSync(file, damaged + journalLine(entry(5)) + journalLine(entry(6)).slice(0, 40));

    const { entries, unreadable } = await readAll(await journal());
    expect(entries).toEqual([entry(1), entry(2), entry(5)]);
    expect(unreadable).toBe(2);
  });

  it('refuses what would take it past its size bound, and says how much it kept', async () => {
    const line = Buffer.byteLength(journalLine(entry(1)));
    const bounded = await journal(line * 2 + 10);
    expect(await bounded.append([entry(1), entry(2), entry(3)])).toBe(2);
    expect(await bounded.append([entry(4)])).toBe(0);
  });

  it('counts files left from before against the bound', async () => {
    const line = Buffer.byteLength(journalLine(entry(1)));
    const earlier = await journal(line * 2);
    await earlier.append([entry(1), entry(2)]);
    await earlier.seal();
    expect(await (await journal(line * 2)).append([entry(3)])).toBe(0);
  });

  it('leaves the file another running process appends to, and takes one whose process is gone', async () => {
    const line = journalLine(entry(1));
    const live = `clicks-${process.ppid}-11111111-1111-4111-8111-111111111111-1.open`;
    const gone = 'clicks-999999999-22222222-2222-4222-8222-222222222222-1.open';
    writeFileSync(path.join(dir, live), line);
    writeFileSync(path.join(dir, gone), line);

    const claimed = await (await journal()).claim();
    expect(claimed).toEqual([
      expect.stringMatching(/^clicks-999999999-2222.*\.journal\.replaying-/),
    ]);
    expect(readdirSync(dir)).toContain(live);
  });

  it('gives a claimed file back for later when it could not be written', async () => {
    const written = await journal();
    await written.append([entry(1)]);
    await written.seal();
    const reader = await journal();
    const [file] = await reader.claim();
    await reader.release(file);
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/\.journal$/)]);
    expect((await readAll(reader)).entries).toEqual([entry(1)]);
  });

  it('stops start-up with the variable to fix when its folder cannot be made', async () => {
    const blocker = path.join(dir, 'a-file');
    writeFileSync(blocker, '');
    const broken = new ClickJournal({
      clicks: {
        journalDir: path.join(blocker, 'journal'),
        journalMaxBytes: 1_000,
        retryMaxMs: 1_000,
        memoryLimit: 10,
      },
    });
    await expect(broken.onModuleInit()).rejects.toThrow(/set CHORUS_CLICK_JOURNAL_DIR/);
  });
});
