import {
  localDate,
  previewCrawlerOf,
  TRACKED_CODE_ALPHABET,
  TRACKED_CODE_LENGTH,
  type VisitKind,
} from '@chorus/core';
import { monthsBefore, organisationCalendar } from './calendar';
import { DEPARTMENTS, LOCATIONS, TOPICS } from './catalogue';
import { randomFromSeed, uuid } from './draw';
import { clickEvents, planCampaigns, planLoadSet, type LoadSet, type NamedRows } from './load-set';

const NOW = Date.parse('2026-11-20T10:15:00Z');
const START = monthsBefore(NOW, 13);
const TIME_ZONE = 'Europe/Amsterdam';
const SIZES = { users: 1_000, items: 400, shares: 3_000, clicks: 20_000 };

/** Named rows as the database would give them back, with ids drawn from a seed of their own. */
function names(random: () => number): NamedRows {
  const ids = randomFromSeed(99);
  return {
    departments: DEPARTMENTS.map((d) => ({ ...d, id: uuid(ids) })),
    locations: LOCATIONS.map((l) => ({ ...l, id: uuid(ids) })),
    topics: TOPICS.map((name) => ({ name, id: uuid(ids) })),
    campaigns: planCampaigns(random, START, NOW).map((c) => ({ ...c, id: uuid(ids) })),
  };
}

interface ClickRow {
  day: string;
  shareId: string;
  occurredAt: number;
  kind: VisitKind;
  crawler: string | null;
  visitor: string | null;
}

/** The whole data set of a seed, its click events parsed back from their COPY rows. */
function generate(seed: number): LoadSet & { clicks: ClickRow[] } {
  const random = randomFromSeed(seed);
  const set = planLoadSet(random, SIZES, names(random), START, NOW);
  const clicks = [...clickEvents(random, set.shares, organisationCalendar(TIME_ZONE), NOW)].map(
    (line): ClickRow => {
      const [day, shareId, occurredAt, kind, crawler, visitor] = line.slice(0, -1).split('\t');
      const orNull = (value: string) => (value === '\\N' ? null : value);
      return {
        day,
        shareId,
        occurredAt: Date.parse(occurredAt),
        kind: kind as VisitKind,
        crawler: orNull(crawler),
        visitor: orNull(visitor),
      };
    },
  );
  return { ...set, clicks };
}

describe('the load data set', () => {
  const set = generate(7);
  const people = new Map(set.people.map((person) => [person.id, person]));
  const items = new Map(set.items.map((item) => [item.id, item]));
  const shares = new Map(set.shares.map((share) => [share.id, share]));

  it('is the same for the same seed, and another for another seed', () => {
    // Compared as JSON: a deep equality of 20,000 click events takes seconds.
    expect(JSON.stringify(generate(7))).toBe(JSON.stringify(set));
    const random = randomFromSeed(8);
    const other = planLoadSet(random, SIZES, names(random), START, NOW);
    expect(other.people.map((p) => p.id)).not.toEqual(set.people.map((p) => p.id));
    expect(other.shares.map((s) => s.code)).not.toEqual(set.shares.map((s) => s.code));
  });

  it('has the sizes asked for, the click events adding up to the total exactly', () => {
    expect(set.people).toHaveLength(SIZES.users);
    expect(set.items).toHaveLength(SIZES.items);
    expect(set.shares).toHaveLength(SIZES.shares);
    expect(set.clicks).toHaveLength(SIZES.clicks);
    expect(set.shares.reduce((sum, share) => sum + share.clicks, 0)).toBe(SIZES.clicks);
  });

  it('has shares only by people in the programme who had passed training stage 1', () => {
    const outside = set.shares.filter((share) => {
      const person = people.get(share.userId);
      const passedAt = person?.programme?.passedAt;
      return (
        passedAt === undefined ||
        share.at < passedAt ||
        share.at > person!.programme!.until ||
        person!.status === 'invited' ||
        !person!.sharing?.networks.includes(share.network)
      );
    });
    expect(set.shares.length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });

  it('shares only content published before the share, written by curators', () => {
    const curators = new Set(
      set.people.filter((p) => p.roles.includes('curator')).map((p) => p.id),
    );
    expect(set.shares.filter((s) => items.get(s.itemId)!.publishedAt >= s.at)).toEqual([]);
    expect(set.items.filter((item) => !curators.has(item.authorId!))).toEqual([]);
  });

  it('gives every share a distinct tracked-link code in the format of libs/core', () => {
    const format = new RegExp(`^[${TRACKED_CODE_ALPHABET}]{${TRACKED_CODE_LENGTH}}$`);
    const codes = set.shares.map((share) => share.code);
    expect(codes.filter((code) => !format.test(code))).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('has click events only after their share and not after now, on the day of the time zone', () => {
    const misplaced = set.clicks.filter(
      (click) =>
        click.occurredAt < shares.get(click.shareId)!.at ||
        click.occurredAt > NOW ||
        click.day !== localDate(click.occurredAt, TIME_ZONE),
    );
    expect(misplaced).toEqual([]);
  });

  it('keeps a visitor only for clicks and a crawler only for the network previewing its share', () => {
    const wrong = set.clicks.filter(
      (click) =>
        (click.kind === 'click') !== /^[A-Za-z0-9_-]{22}$/.test(click.visitor ?? '') ||
        click.crawler !==
          (click.kind === 'preview' ? previewCrawlerOf(shares.get(click.shareId)!.network) : null),
    );
    // Threads' previews are fetched by Meta's shared crawler, named as Facebook's.
    const threads = set.clicks.filter(
      (click) => click.kind === 'preview' && shares.get(click.shareId)!.network === 'threads',
    );
    expect(threads.length).toBeGreaterThan(0);
    expect(new Set(threads.map((click) => click.crawler))).toEqual(new Set(['facebook']));
    expect(wrong).toEqual([]);
    const kinds = new Set(set.clicks.map((click) => click.kind));
    expect([...kinds].sort()).toEqual(['bot', 'click', 'head', 'preview', 'self']);
  });

  it('verifies each share at its first click or preview by its network, and no other', () => {
    const firstVerifying = new Map<string, number>();
    for (const click of set.clicks) {
      if (click.kind !== 'click' && click.kind !== 'preview') continue;
      const first = firstVerifying.get(click.shareId) ?? Infinity;
      firstVerifying.set(click.shareId, Math.min(first, click.occurredAt));
    }
    // The COPY rows keep milliseconds.
    const wrong = set.shares.filter((share) => {
      const expected = firstVerifying.get(share.id) ?? null;
      const verifiedAt = share.verifiedAt == null ? null : Math.floor(share.verifiedAt);
      return verifiedAt !== expected;
    });
    expect(set.shares.filter((share) => share.verifiedAt == null).length).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  it('keeps acknowledgments and quiz attempts inside each person’s time in the programme', () => {
    const wrong = set.people.filter(({ programme }) => {
      if (!programme) return false;
      const { enrolledAt, until, acknowledgedAt, attempts } = programme;
      if (until > NOW || enrolledAt > until) return true;
      if (acknowledgedAt === undefined) return attempts.length > 0;
      return (
        acknowledgedAt < enrolledAt ||
        acknowledgedAt >= until ||
        attempts.some((attempt) => attempt.at < acknowledgedAt)
      );
    });
    expect(wrong).toEqual([]);
  });
});
