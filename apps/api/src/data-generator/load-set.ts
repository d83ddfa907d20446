import {
  isVerifyingVisit,
  previewCrawlerOf,
  type ContentKind,
  type PreferredLanguage,
  type Role,
  type ShareNetwork,
  type UserStatus,
  type VisitKind,
} from '@chorus/core';
import { DAY, HOUR, MINUTE, workingHours, type Day } from './calendar';
import {
  CAMPAIGNS,
  FIRST_NAMES,
  HABIT_NETWORKS,
  KINDS,
  LAST_NAMES,
  LOCATIONS,
  NETWORK_HABITS,
} from './catalogue';
import {
  bisect,
  cumulative,
  normal,
  pick,
  pickIndex,
  trackedCodes,
  uuid,
  type Random,
} from './draw';

// The data set of `npm run seed:load` and `npm run bench:analytics`, planned in memory: people in
// departments and locations, their way through the advocacy programme, curated content over the
// months and the shares of it. Click events are drawn as they are written (`clickEvents`), so
// that memory never grows with their number. Pure: no database, and only `random` decides.

/** People of the data set have addresses in this domain, and no password. */
export const LOAD_DOMAIN = 'load.test';

/** A quiz attempt of the data set passes at this score (of 100) or more. */
export const PASSING_SCORE = 80;
const FAILING_SCORE = 60;

export interface LoadSizes {
  users: number;
  items: number;
  shares: number;
  clicks: number;
}

/** The rows of departments, locations, topics and campaigns the data set refers to. */
export interface NamedRows {
  departments: { id: string; weight: number }[];
  locations: { id: string; name: string; weight: number; language: PreferredLanguage }[];
  topics: { id: string; name: string }[];
  campaigns: (PlannedCampaign & { id: string })[];
}

export interface PlannedCampaign {
  name: string;
  slug: string;
  startsAt: number;
  endsAt: number;
}

/** A quiz attempt: the stage, the score out of 100 and when. */
export interface Attempt {
  stage: number;
  score: number;
  at: number;
}

/** A person's time in the advocacy programme. */
export interface Programme {
  enrolledAt: number;
  /** Enrolled now; otherwise they left (or were deactivated) at `until`. */
  current: boolean;
  until: number;
  acknowledgedAt?: number;
  attempts: Attempt[];
  /** When they passed training stage 1, the stage sharing requires. */
  passedAt?: number;
}

/** How a person shares: how keenly, on which networks, to what audience, from when. */
export interface Sharing {
  keenness: number;
  networks: ShareNetwork[];
  audience: Partial<Record<ShareNetwork, number | null>>;
}

export interface Person {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  status: UserStatus;
  language: PreferredLanguage;
  departmentId: string;
  location: NamedRows['locations'][number];
  createdAt: number;
  updatedAt: number;
  lastSignInAt: number | null;
  programme?: Programme;
  sharing?: Sharing;
}

export interface Item {
  id: string;
  url: string;
  kind: ContentKind;
  status: 'approved' | 'archived';
  title: string;
  siteName: string;
  language: PreferredLanguage;
  campaignId: string | null;
  publishedAt: number;
  publishAt: number | null;
  approvedAt: number;
  createdAt: number;
  updatedAt: number;
  authorId: string | null;
  approverId: string | null;
  topics: NamedRows['topics'];
  /** How much more than others it is shared. */
  pull: number;
}

export interface PlannedShare {
  id: string;
  userId: string;
  itemId: string;
  network: ShareNetwork;
  text: string;
  edited: boolean;
  audience: number | null;
  code: string;
  at: number;
  disabled: boolean;
  /** How many click events it gets. */
  clicks: number;
  /** Its first click or preview by its network; set by `clickEvents`. */
  verifiedAt?: number | null;
}

export interface LoadSet {
  people: Person[];
  items: Item[];
  shares: PlannedShare[];
}

/** A campaign every month or so between `start` and `now`, running three to eight weeks. */
export function planCampaigns(random: Random, start: number, now: number): PlannedCampaign[] {
  return CAMPAIGNS.map((name, i) => {
    const startsAt = start + ((now - start) * (i + random() * 0.5)) / CAMPAIGNS.length;
    const endsAt = Math.min(now, startsAt + (21 + random() * 35) * DAY);
    return { name, slug: name.toLowerCase().replaceAll(' ', '-'), startsAt, endsAt };
  });
}

/** People, their programme, content and shares, from `start` to `now`. */
export function planLoadSet(
  random: Random,
  sizes: LoadSizes,
  names: NamedRows,
  start: number,
  now: number,
): LoadSet {
  const people = makePeople(random, sizes.users, names, start, now);
  for (const person of people) markSharer(random, person);
  const items = makeItems(random, sizes.items, names, people, start, now);
  const shares = planShares(random, people, items, sizes, now);
  return { people, items, shares };
}

/**
 * People, as they joined over the months: ~3% deactivated, ~1% invited; of those active ~65%
 * enrolled in the programme and ~6% who left it again. 1 in 100 is a curator, 1 in 250 an
 * analyst.
 */
function makePeople(
  random: Random,
  count: number,
  names: NamedRows,
  start: number,
  now: number,
): Person[] {
  const department = cumulative(names.departments.map((d) => d.weight));
  const location = cumulative(names.locations.map((l) => l.weight));
  const launch = start - 30 * DAY;
  return Array.from({ length: count }, (_, i) => {
    const first = pick(random, FIRST_NAMES);
    const last = pick(random, LAST_NAMES);
    const place = names.locations[pickIndex(random, location)];
    // Most were there at the launch of the programme; the others joined the company since.
    const createdAt =
      random() < 0.8 ? launch - random() * 60 * DAY : start + random() * (now - start);
    const r = random();
    const status: UserStatus = r < 0.03 ? 'deactivated' : r < 0.04 ? 'invited' : 'active';
    const role: Role[] = i % 100 === 7 ? ['curator'] : i % 250 === 11 ? ['analyst'] : [];
    const person: Person = {
      id: uuid(random),
      name: `${first} ${last}`,
      email: `${first}.${last.replace(' ', '')}.${i + 1}@${LOAD_DOMAIN}`.toLowerCase(),
      roles: ['employee', ...role],
      status,
      language:
        random() < 0.6 ? place.language : random() < 0.9 ? 'en' : pick(random, LOCATIONS).language,
      departmentId: names.departments[pickIndex(random, department)].id,
      location: place,
      createdAt,
      updatedAt: createdAt,
      lastSignInAt: status === 'active' && random() < 0.7 ? now - random() * 30 * DAY : null,
    };
    person.programme = joinProgramme(random, person, Math.max(launch, createdAt), now);
    return person;
  });
}

/**
 * A person's way through the programme: enrolled now, or in the past until they left or were
 * deactivated; acknowledged the policy (~92%); passed training stages (stage 1 ~85% of them,
 * some at the second try; stage 2 a third of those, stage 3 fewer).
 */
function joinProgramme(
  random: Random,
  person: Person,
  from: number,
  now: number,
): Programme | undefined {
  const r = random();
  const current = person.status === 'active' && r < 0.65;
  const leftAgain = person.status === 'active' && r >= 0.65 && r < 0.71;
  const deactivated = person.status === 'deactivated' && r < 0.5;
  if (!current && !leftAgain && !deactivated) return undefined;
  // Early adopters first: joining thins out over the months.
  const enrolledAt = from + (now - from) * random() ** 1.8;
  const until = current ? now : enrolledAt + (now - enrolledAt) * (0.2 + 0.75 * random());
  const programme: Programme = { enrolledAt, current, until, attempts: [] };
  if (deactivated) person.updatedAt = until;
  if (random() > 0.92) return programme;
  const acknowledgedAt = enrolledAt + random() * 3 * DAY;
  if (acknowledgedAt >= until) return programme;
  programme.acknowledgedAt = acknowledgedAt;
  const failedAt = acknowledgedAt + random() * 5 * DAY;
  if (random() > 0.85) {
    if (random() < 0.4 && failedAt < until)
      programme.attempts.push(attempt(1, FAILING_SCORE, failedAt));
    return programme;
  }
  if (random() < 0.12) programme.attempts.push(attempt(1, FAILING_SCORE, failedAt));
  let at = failedAt + random() * 5 * DAY;
  for (const [stage, chance] of [
    [1, 1],
    [2, 0.35],
    [3, 0.3],
  ]) {
    if (at >= until || random() > chance) break;
    programme.attempts.push(attempt(stage, PASSING_SCORE + Math.floor(random() * 21), at));
    if (stage === 1) programme.passedAt = at;
    at += random() * 60 * DAY;
  }
  return programme;
}

const attempt = (stage: number, score: number, at: number): Attempt => ({ stage, score, at });

/**
 * Who shares, and how keenly: most of those who passed stage 1 (a few keen advocates share a
 * lot), on one to a few networks each, with the audience they declared there.
 */
function markSharer(random: Random, person: Person): void {
  if (!person.programme?.passedAt || random() > 0.8) return;
  const keenness = Math.exp(1.3 * normal(random));
  const xing = person.location.name === 'Berlin' ? 3 : 1;
  const networks = HABIT_NETWORKS.filter(
    (network) => random() < NETWORK_HABITS[network].users * (network === 'xing' ? xing : 1),
  );
  if (networks.length === 0) networks.push('linkedin');
  const audience: Sharing['audience'] = {};
  for (const network of networks) {
    const median = NETWORK_HABITS[network].audience;
    audience[network] =
      median && random() < 0.7 ? Math.round(median * Math.exp(0.9 * normal(random))) : null;
  }
  person.sharing = { keenness, networks, audience };
}

/**
 * Approved content published over the months, on working days mostly (kinds weighted; ~30% of
 * items older than four months archived), in the campaign running then for most, with one to
 * three topics each; sorted by publication.
 */
function makeItems(
  random: Random,
  count: number,
  names: NamedRows,
  people: Person[],
  start: number,
  now: number,
): Item[] {
  const kind = cumulative(KINDS.map((k) => k.weight));
  const curators = people.filter((p) => p.roles.includes('curator')).map((p) => p.id);
  const items = Array.from({ length: count }, (_, i): Item => {
    const { kind: name, siteName, titles } = KINDS[pickIndex(random, kind)];
    const publishedAt = workingHours(random, start + random() * (now - start), start, now - HOUR);
    const topics = [pick(random, names.topics)];
    for (let extra = Math.floor(random() * 3); extra > 0; extra -= 1) {
      const topic = pick(random, names.topics);
      if (!topics.includes(topic)) topics.push(topic);
    }
    const title = pick(random, titles)
      .replace('{topic}', topics[0].name)
      .replace('{city}', pick(random, names.locations).name);
    const campaign = names.campaigns.find(
      (c) => publishedAt >= c.startsAt && publishedAt < c.endsAt,
    );
    const archived = publishedAt < now - 120 * DAY && random() < 0.3;
    const scheduled = random() < 0.85;
    const author = Math.floor(random() * curators.length);
    const approver = (author + 1 + Math.floor(random() * (curators.length - 1))) % curators.length;
    return {
      id: uuid(random),
      url: `https://${name.replace('_', '-')}.${LOAD_DOMAIN}/${i + 1}-${slug(title)}`,
      kind: name,
      status: archived ? 'archived' : 'approved',
      title,
      siteName,
      language: random() < 0.7 ? 'en' : pick(random, names.locations).language,
      campaignId: campaign && random() < 0.6 ? campaign.id : null,
      publishedAt,
      publishAt: scheduled ? publishedAt : null,
      approvedAt: scheduled ? publishedAt - random() * DAY : publishedAt,
      createdAt: publishedAt - (1 + random() * 2) * DAY,
      updatedAt: archived ? publishedAt + (60 + random() * 60) * DAY : publishedAt,
      authorId: curators[author] ?? null,
      approverId: curators.length > 1 ? curators[approver] : null,
      topics,
      pull: Math.exp(normal(random)),
    };
  });
  return items.sort((a, b) => a.publishedAt - b.publishedAt);
}

/**
 * Shares by the sharers, in their time in the programme after passing stage 1 and on working
 * days mostly, of items published in the 30 days before (recent and popular ones more often);
 * sorted by time, with the number of click events each will get.
 */
function planShares(
  random: Random,
  people: Person[],
  items: Item[],
  sizes: LoadSizes,
  now: number,
): PlannedShare[] {
  const firstItem = items[0]?.publishedAt ?? now;
  const sharers = people.flatMap((person) => {
    const { programme, sharing } = person;
    if (!programme?.passedAt || !sharing) return [];
    const from = Math.max(programme.passedAt, firstItem + HOUR);
    return programme.until - from > DAY ? [{ person, sharing, from, until: programme.until }] : [];
  });
  if (sizes.shares > 0 && sharers.length === 0) {
    throw new Error('Nobody shares with so few users or items: raise --users or --items.');
  }
  const who = cumulative(sharers.map((s) => s.sharing.keenness * (s.until - s.from)));
  const published = Float64Array.from(items, (item) => item.publishedAt);
  const shares = trackedCodes(random, sizes.shares).map((code): PlannedShare => {
    const { person, sharing, from, until } = sharers[pickIndex(random, who)];
    const at = workingHours(random, from + random() * (until - from), from, until - MINUTE);
    const item = pickItem(random, items, published, at);
    const network = pickNetwork(random, sharing.networks);
    const edited = random() < 0.12;
    return {
      id: uuid(random),
      userId: person.id,
      itemId: item.id,
      network,
      text: `${edited ? 'My take on this' : 'Worth a read'}: ${item.title}`,
      edited,
      audience: sharing.audience[network] ?? null,
      code,
      at,
      disabled: random() < 0.001,
      clicks: 0,
    };
  });
  shares.sort((a, b) => a.at - b.at);
  allocateClicks(random, shares, sizes.clicks, now);
  return shares;
}

/** An item published in the 30 days before `at` (any earlier one when there is none). */
function pickItem(random: Random, items: Item[], published: Float64Array, at: number): Item {
  const upTo = Math.max(1, bisect(published, at));
  const from = Math.min(bisect(published, at - 30 * DAY), upTo - 1);
  const candidate = () => items[upTo - 1 - Math.floor((upTo - from) * random() ** 2)];
  const [a, b] = [candidate(), candidate()];
  return a.pull >= b.pull ? a : b;
}

/** One of a person's networks, LinkedIn three times as likely as the others when they use it. */
function pickNetwork(random: Random, networks: ShareNetwork[]): ShareNetwork {
  const linkedin = networks.includes('linkedin') ? 2 : 0;
  const r = Math.floor(random() * (networks.length + linkedin));
  return r < networks.length ? networks[r] : 'linkedin';
}

/**
 * Spreads `total` click events over the shares, heavy-tailed (log-normal: most shares get a
 * few, some hundreds, ~8% none), more for better networks and bigger audiences, fewer for
 * shares too recent to have had their clicks yet. The counts add up to `total` exactly.
 */
function allocateClicks(random: Random, shares: PlannedShare[], total: number, now: number): void {
  const weights = shares.map((share) => {
    if (random() < 0.08) return 0;
    const audience = share.audience ? (share.audience / 500) ** 0.3 : 1;
    const matured = 1 - Math.exp(-(now - share.at) / (2 * DAY));
    const pull = NETWORK_HABITS[share.network].pull;
    return Math.exp(1.6 * Math.min(normal(random), 3.3)) * pull * audience * matured;
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  let cumulativeWeight = 0;
  let allocated = 0;
  shares.forEach((share, i) => {
    cumulativeWeight += weights[i];
    const upTo = sum > 0 ? Math.round((total * cumulativeWeight) / sum) : 0;
    share.clicks = upTo - allocated;
    allocated = upTo;
  });
}

/**
 * The click events of every share, as COPY text rows of ClickEvent (day, shareId, occurredAt,
 * kind, crawler, visitor): most shares' first event is the network's link preview within a
 * minute or two; then ~80% clicks, ~1% the sharer's own visits (`self`), ~8.5% previews, ~7.5%
 * bots, ~3% HEAD requests, most on the
 * first day and fading over the weeks, never after now. Clicks carry a visitor hash of the day:
 * a reader may come back the same day (same hash) or another day (a new hash). Sets each
 * share's `verifiedAt`: its first visit that verifies it (libs/core's rule).
 */
export function* clickEvents(
  random: Random,
  shares: PlannedShare[],
  dayOf: (at: number) => Day,
  now: number,
  onRow: () => void = () => {},
): Generator<string> {
  for (const [index, share] of shares.entries()) {
    const readers = Math.max(1, Math.round(share.clicks * 0.8));
    const room = now - share.at;
    let verifiedAt = Infinity;
    for (let n = 0; n < share.clicks; n += 1) {
      let kind: VisitKind = 'preview';
      let at = share.at + Math.min(room, 20_000 + random() * 70_000);
      if (n > 0 || random() > 0.85) {
        kind = visitKind(random());
        at = share.at + delay(random, room);
      }
      const day = dayOf(at);
      const crawler = kind === 'preview' ? previewCrawlerOf(share.network) : null;
      const visitor =
        kind === 'click'
          ? visitorHash(index, Math.floor(readers * random() ** 1.5), day.index)
          : null;
      if (at < verifiedAt && isVerifyingVisit({ kind, crawler }, share.network)) verifiedAt = at;
      onRow();
      yield `${day.date}\t${share.id}\t${new Date(at).toISOString()}\t${kind}\t${crawler ?? '\\N'}\t${visitor ?? '\\N'}\n`;
    }
    share.verifiedAt = verifiedAt < Infinity ? verifiedAt : null;
  }
}

/** The column order of the rows `clickEvents` yields, as ClickEvent's properties. */
export const CLICK_EVENT_COLUMNS = [
  'day',
  'shareId',
  'occurredAt',
  'kind',
  'crawler',
  'visitor',
] as const;

const visitKind = (r: number): VisitKind =>
  r < 0.8 ? 'click' : r < 0.81 ? 'self' : r < 0.895 ? 'preview' : r < 0.97 ? 'bot' : 'head';

/** How long after sharing a visit comes: hours mostly, days often, weeks now and then; < room. */
function delay(random: Random, room: number): number {
  const r = random();
  const mean = r < 0.6 ? 8 * HOUR : r < 0.9 ? 3 * DAY : 20 * DAY;
  return -mean * Math.log(1 - random() * (1 - Math.exp(-room / mean)));
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * A 22-character stand-in for Chorus's visitor hash (base64url, as the API's): the same for one
 * reader, share and day.
 */
function visitorHash(share: number, reader: number, day: number): string {
  let state = mix(share ^ mix(reader ^ mix(day)));
  let hash = '';
  for (let i = 0; i < 22; i += 1) {
    if (i % 5 === 0) state = mix(state + i);
    hash += BASE64URL[(state >>> ((i % 5) * 6)) & 63];
  }
  return hash;
}

/** A 32-bit integer hash (MurmurHash3's finaliser). */
function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
