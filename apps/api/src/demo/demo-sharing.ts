import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  isSocialNetwork,
  isVerifyingVisit,
  localDate,
  previewCrawlerOf,
  seededRandom,
  SETTINGS_LABEL,
  type CostPerClick,
  type ShareNetwork,
  type ShareSource,
  type VisitCrawler,
  type VisitKind,
} from '@chorus/core';
import { AuditService } from '../audit/audit.service';
import { FeedRepository } from '../feed/feed.repository';
import type { OrgSettings } from '../settings/org-settings';
import { SettingsRepository } from '../settings/settings.repository';
import { SharesRepository, type BackdatedShareRow } from '../sharing/shares.repository';
import { newTrackedCode } from '../sharing/tracked-code';
import type { ClickRecord } from '../tracking/click-record';
import { ClicksRepository } from '../tracking/clicks.repository';
import { newEventId } from '../tracking/event-id';
import { User } from '../users/entities/user.entity';
import { DEMO_ACCOUNTS, DEMO_COLLEAGUES, DEMO_TIME_ZONE } from './demo-accounts';
import type { DemoPeople } from './demo-company';
import type { DemoCatalogue } from './demo-content';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The demo company values clicks from three networks. */
const DEMO_COST_PER_CLICK: CostPerClick = { linkedin: 2.4, x: 0.9, facebook: 0.6 };

/**
 * Where demo shares were started, in turn: mostly the feed, some from the digest's buttons, a
 * few from notifications and the chat channels, so that Analytics shows shares by source.
 */
const SOURCE_TURNS: readonly ShareSource[] = [
  'feed',
  'feed',
  'digest',
  'feed',
  'feed',
  'notification',
  'feed',
  'digest',
  'feed',
  'slack',
  'feed',
  'feed',
  'digest',
  'feed',
  'feed',
  'teams',
  'feed',
  'digest',
  'feed',
  'feed',
];

/** Who shares in the demo, how keenly, and where: the enrolled advocates who passed stage 1. */
const SHARERS: {
  email: string;
  keenness: number;
  networks: ShareNetwork[];
  follows: string[];
  /** Days ago they left the programme: no shares after that. */
  left?: number;
  /** No shares in the last this many days: a quiet advocate, whom the share reminder finds. */
  quietFor?: number;
}[] = [
  {
    email: 'employee@chorus.example',
    // Keen, on three networks: My activity has something to show for every period.
    keenness: 0.85,
    networks: ['linkedin', 'x', 'bluesky'],
    follows: ['Culture', 'Product'],
  },
  {
    email: 'curator@chorus.example',
    keenness: 0.8,
    networks: ['linkedin', 'x', 'facebook'],
    follows: ['Product', 'Industry'],
  },
  {
    email: 'lotte.bakker@chorus.example',
    keenness: 0.9,
    networks: ['linkedin', 'facebook', 'whatsapp'],
    follows: ['Culture', 'Sustainability'],
  },
  {
    email: 'jan.devries@chorus.example',
    keenness: 0.5,
    left: 5,
    networks: ['linkedin', 'xing'],
    follows: ['Product'],
  },
  {
    email: 'sofie.jensen@chorus.example',
    keenness: 0.7,
    networks: ['linkedin', 'mastodon'],
    follows: ['Industry'],
  },
  {
    email: 'eleni.papadopoulou@chorus.example',
    keenness: 0.5,
    // Quiet lately: the reminder to share reaches her, in Greek.
    quietFor: 15,
    networks: ['linkedin', 'facebook', 'threads'],
    follows: ['Culture'],
  },
  {
    email: 'marc.dubois@chorus.example',
    keenness: 0.6,
    networks: ['linkedin', 'x', 'threads'],
    follows: ['Careers'],
  },
  { email: 'pieter.jansen@chorus.example', keenness: 0.4, networks: ['linkedin'], follows: [] },
  // Last, so that the seeded draws of everyone above stay as they were.
  {
    email: 'astrid.nilsson@chorus.example',
    keenness: 0.65,
    networks: ['linkedin', 'x'],
    follows: ['Industry', 'Product'],
  },
  {
    email: 'katharina.weber@chorus.example',
    keenness: 0.45,
    networks: ['linkedin', 'xing'],
    follows: ['Careers'],
  },
  {
    email: 'maria.konstantinou@chorus.example',
    keenness: 0.75,
    networks: ['linkedin', 'facebook', 'whatsapp'],
    follows: ['Culture', 'Sustainability'],
  },
  {
    email: 'camille.laurent@chorus.example',
    keenness: 0.7,
    networks: ['linkedin', 'threads'],
    follows: ['Product'],
  },
  {
    email: 'henrik.berg@chorus.example',
    keenness: 0.6,
    networks: ['linkedin', 'bluesky'],
    follows: ['Sustainability'],
  },
];

/**
 * Weeks of sharing: the advocates follow topics and have shared the approved items to their
 * networks, and their links have earned clicks (with repeat visitors), link previews by the
 * networks' crawlers (which verify the shares) and the odd bot, spread over the days after each
 * share; most started from the feed, some from the digest, notifications or chat. The same every time. The events are written as the click writer writes them, adding
 * to the rollups.
 */
@Injectable()
export class DemoSharing {
  constructor(
    private readonly feed: FeedRepository,
    private readonly settings: SettingsRepository,
    private readonly shares: SharesRepository,
    private readonly clicks: ClicksRepository,
    private readonly audit: AuditService,
  ) {}

  async seed(manager: EntityManager, people: DemoPeople, catalogue: DemoCatalogue) {
    const next = seededRandom(2026);
    const now = Date.now();
    const items = catalogue.items
      .filter(({ item }) => item.status === 'approved' || item.status === 'archived')
      .sort((a, b) => a.item.approvedAt!.getTime() - b.item.approvedAt!.getTime());
    const social = new Map(
      [...DEMO_ACCOUNTS, ...DEMO_COLLEAGUES].map((person) => [person.email, person.social]),
    );

    const shares: BackdatedShareRow[] = [];
    const clicks: ClickRecord[] = [];
    for (const sharer of SHARERS) {
      const user = people.get(sharer.email) as User;
      for (const name of sharer.follows) {
        await this.feed.insertFollow(user.id, catalogue.topics.get(name)!.id, manager);
      }
      const audiences = new Map(
        (social.get(sharer.email) ?? []).map((profile) => [profile.network, profile]),
      );
      for (const { item, variants } of items) {
        const from = (item.publishAt ?? item.approvedAt ?? item.createdAt).getTime();
        if (from > now - HOUR || next() > sharer.keenness) continue;
        for (const network of sharer.networks) {
          if (next() > 0.55) continue;
          const at = from + next() * Math.min(now - from, 6 * DAY);
          if (sharer.left !== undefined && at > now - sharer.left * DAY) continue;
          if (sharer.quietFor !== undefined && at > now - sharer.quietFor * DAY) continue;
          // The suggested post for the network, else the one for any; the title without one.
          const variant =
            variants.find((v) => v.network === network) ??
            variants.find((v) => v.network === 'any') ??
            null;
          const audience = isSocialNetwork(network)
            ? (audiences.get(network)?.audienceSize ?? null)
            : null;
          const share: BackdatedShareRow = {
            id: crypto.randomUUID(),
            userId: user.id,
            itemId: item.id,
            network,
            source: SOURCE_TURNS[shares.length % SOURCE_TURNS.length],
            variantId: variant?.id ?? null,
            text: variant?.text ?? item.title ?? '',
            edited: false,
            declaredAudience: audience,
            code: newTrackedCode(),
            createdAt: new Date(at),
          };
          shares.push(share);
          // The sharer of every third share opens its link: taken in turn, not drawn, so that
          // every other figure stays as it was.
          const ownVisit = shares.length % 3 === 0;
          clicks.push(...visitsTo(share, audience ?? 200, now, next, ownVisit));
        }
      }
    }
    // The company's time zone is set with its name, before anyone was invited.
    const settings: Pick<OrgSettings, 'costPerClick'> = { costPerClick: DEMO_COST_PER_CLICK };
    await this.settings.saveValues(
      Object.entries(settings).map(([key, value]) => ({ key, value })),
      manager,
    );
    // As the admin set them on the settings page, so the audit log names the zone in words.
    const admin = people.get(DEMO_ACCOUNTS[0].email)!;
    await this.audit.record(
      {
        actor: { id: admin.id, label: admin.email },
        action: 'settings.changed',
        target: { type: 'settings', id: null, label: SETTINGS_LABEL },
        summary: { before: { timeZone: 'UTC', costPerClick: {} }, after: settings },
        at: new Date(now - 58 * DAY),
      },
      manager,
    );
    await this.shares.insertBackdated(shares, manager);
    await this.writeClicks(manager, shares, clicks);
  }

  /** The events in batches, as the click writer writes them; each share verified by its first. */
  private async writeClicks(
    manager: EntityManager,
    shares: BackdatedShareRow[],
    clicks: ClickRecord[],
  ) {
    const months = [...new Set(clicks.map((click) => `${click.day.slice(0, 7)}-01`))];
    for (const month of months) await this.clicks.createPartition(month, manager);
    for (let start = 0; start < clicks.length; start += 1_000) {
      await this.clicks.writeBatch(clicks.slice(start, start + 1_000), manager);
    }
    const networks = new Map(shares.map((share) => [share.id, share.network]));
    const verified = new Map<string, number>();
    for (const click of clicks) {
      const visit = { kind: click.kind, crawler: click.crawler as VisitCrawler | null };
      if (!isVerifyingVisit(visit, networks.get(click.shareId)!)) continue;
      verified.set(click.shareId, Math.min(verified.get(click.shareId) ?? Infinity, click.at));
    }
    if (verified.size > 0) await this.clicks.markVerified(verified, manager);
  }
}

/**
 * What a link posted to `audience` people earns over the days after `share`, with the sharer's
 * own visit when `ownVisit`.
 */
function visitsTo(
  share: BackdatedShareRow,
  audience: number,
  now: number,
  next: () => number,
  ownVisit: boolean,
): ClickRecord[] {
  const sharedAt = share.createdAt.getTime();
  const events: ClickRecord[] = [];
  const add = (at: number, kind: VisitKind, crawler: string | null, visitor: string | null) => {
    if (at < now) {
      const day = localDate(at, DEMO_TIME_ZONE);
      // Hashes change with the day's salt: the same reader on another day is another visitor.
      events.push({
        id: newEventId(at),
        shareId: share.id,
        at,
        day,
        kind,
        crawler,
        visitor: visitor && `${visitor}-${day}`,
      });
    }
  };
  // Most posts are seen: the network fetches the preview within a minute of posting.
  if (next() < 0.85)
    add(sharedAt + 20_000 + next() * 40_000, 'preview', previewCrawlerOf(share.network), null);
  if (next() < 0.3) add(sharedAt + next() * DAY, 'preview', 'slack', null);
  const people = Math.round((audience / 60) * (0.3 + next() * 1.4));
  const visitors = Array.from({ length: Math.max(1, people) }, (_, i) => `demo${share.code}${i}`);
  for (let i = 0; i < people; i += 1) {
    // Interest fades: most clicks come on the first day, a tail over the next week.
    const delay = -Math.log(1 - next() * 0.999) * 0.8 * DAY;
    const visitor = visitors[Math.floor(next() * visitors.length * 0.8)];
    add(sharedAt + delay, 'click', null, visitor);
  }
  if (next() < 0.5) add(sharedAt + next() * 2 * DAY, 'bot', null, null);
  if (next() < 0.2) add(sharedAt + next() * 2 * DAY, 'head', null, null);
  // The sharer opening their own link: a visit of their own, never a click.
  if (ownVisit) add(sharedAt + 10 * 60_000, 'self', null, null);
  return events;
}
