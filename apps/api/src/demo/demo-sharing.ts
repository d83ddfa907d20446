import type { EntityManager } from 'typeorm';
import {
  isSocialNetwork,
  localDate,
  seededRandom,
  type CostPerClick,
  type ShareNetwork,
  type VisitKind,
} from '@chorus/core';
import { ContentItem } from '../content/entities/content-item.entity';
import { ContentVariant } from '../content/entities/content-variant.entity';
import { TopicFollow } from '../feed/entities/topic-follow.entity';
import { SocialProfile } from '../profile/entities/social-profile.entity';
import { Share } from '../sharing/entities/share.entity';
import { newTrackedCode } from '../sharing/tracked-code';
import { Setting } from '../settings/entities/setting.entity';
import { Topic } from '../topics/entities/topic.entity';
import { ClickEvent } from '../tracking/entities/click-event.entity';
import { User } from '../users/entities/user.entity';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The demo company counts its days in Amsterdam, and values clicks from three networks. */
const DEMO_TIME_ZONE = 'Europe/Amsterdam';
const DEMO_COST_PER_CLICK: CostPerClick = { linkedin: 2.4, x: 0.9, facebook: 0.6 };

/** Who shares in the demo, how keenly, and where: the enrolled advocates who passed stage 1. */
const SHARERS: {
  email: string;
  keenness: number;
  networks: ShareNetwork[];
  follows: string[];
  /** Days ago they left the programme: no shares after that. */
  left?: number;
}[] = [
  {
    email: 'employee@chorus.example',
    keenness: 0.6,
    networks: ['linkedin', 'x'],
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
    networks: ['linkedin'],
    follows: ['Industry'],
  },
  {
    email: 'eleni.papadopoulou@chorus.example',
    keenness: 0.5,
    networks: ['linkedin', 'facebook'],
    follows: ['Culture'],
  },
  {
    email: 'marc.dubois@chorus.example',
    keenness: 0.6,
    networks: ['linkedin', 'x'],
    follows: ['Careers'],
  },
  { email: 'pieter.jansen@chorus.example', keenness: 0.4, networks: ['linkedin'], follows: [] },
];

/**
 * Weeks of sharing: the advocates follow topics and have shared the approved items to their
 * networks, and their links have earned clicks (with repeat visitors), link previews by the
 * networks' crawlers (which verify the shares) and the odd bot, spread over the days after each
 * share. The same every time.
 */
export async function seedDemoSharing(manager: EntityManager): Promise<void> {
  const next = seededRandom(2026);
  const topics = new Map((await manager.find(Topic)).map((topic) => [topic.name, topic.id]));
  const items = await manager.find(ContentItem, {
    where: [{ status: 'approved' }, { status: 'archived' }],
    order: { approvedAt: 'ASC' },
  });
  const variants = await manager.find(ContentVariant);
  const now = Date.now();

  const shares: Partial<Share>[] = [];
  const clicks: Partial<ClickEvent>[] = [];
  for (const sharer of SHARERS) {
    const user = await manager.findOneByOrFail(User, { email: sharer.email });
    const follows = sharer.follows.map((name) => ({ userId: user.id, topicId: topics.get(name)! }));
    if (follows.length > 0) await manager.insert(TopicFollow, follows);
    const audiences = new Map(
      (await manager.findBy(SocialProfile, { userId: user.id })).map((p) => [p.network, p]),
    );
    for (const item of items) {
      const from = (item.publishAt ?? item.approvedAt ?? item.createdAt).getTime();
      if (from > now - HOUR || next() > sharer.keenness) continue;
      for (const network of sharer.networks) {
        if (next() > 0.55) continue;
        const at = from + next() * Math.min(now - from, 6 * DAY);
        if (sharer.left !== undefined && at > now - sharer.left * DAY) continue;
        const text =
          variants.find((v) => v.itemId === item.id && v.network === network)?.text ??
          variants.find((v) => v.itemId === item.id && v.network === 'any')?.text ??
          item.title ??
          '';
        const audience = isSocialNetwork(network)
          ? (audiences.get(network)?.audienceSize ?? null)
          : null;
        const share: Partial<Share> = {
          id: crypto.randomUUID(),
          userId: user.id,
          itemId: item.id,
          network,
          text,
          edited: false,
          declaredAudience: audience,
          code: newTrackedCode(),
          createdAt: new Date(at),
          verifiedAt: null,
        };
        shares.push(share);
        clicks.push(...visitsTo(share, audience ?? 200, now, next));
        const firstVerifying = clicks
          .filter((c) => c.shareId === share.id && (c.kind === 'click' || c.crawler === network))
          .sort((a, b) => a.occurredAt!.getTime() - b.occurredAt!.getTime())[0];
        share.verifiedAt = firstVerifying?.occurredAt ?? null;
      }
    }
  }
  await manager.save(Setting, [
    { key: 'timeZone', value: DEMO_TIME_ZONE },
    { key: 'costPerClick', value: DEMO_COST_PER_CLICK },
  ]);
  if (shares.length > 0) await manager.insert(Share, shares);
  const months = [...new Set(clicks.map((click) => `${click.day!.slice(0, 7)}-01`))];
  for (const month of months)
    await manager.query('SELECT chorus_click_partition($1::date)', [month]);
  for (let start = 0; start < clicks.length; start += 1_000) {
    await manager.insert(ClickEvent, clicks.slice(start, start + 1_000));
  }
  // The events went in directly: their rollups are counted from them, as after any bulk load.
  await manager.query('SELECT chorus_rebuild_click_rollups()');
}

/** What a link posted to `audience` people earns over the days after `share`. */
function visitsTo(
  share: Partial<Share>,
  audience: number,
  now: number,
  next: () => number,
): Partial<ClickEvent>[] {
  const sharedAt = share.createdAt!.getTime();
  const events: Partial<ClickEvent>[] = [];
  const add = (at: number, kind: VisitKind, crawler: string | null, visitor: string | null) => {
    if (at < now) {
      const day = localDate(at, DEMO_TIME_ZONE);
      // Hashes change with the day's salt: the same reader on another day is another visitor.
      events.push({
        shareId: share.id,
        occurredAt: new Date(at),
        day,
        kind,
        crawler,
        visitor: visitor && `${visitor}-${day}`,
      });
    }
  };
  // Most posts are seen: the network fetches the preview within a minute of posting.
  if (next() < 0.85) add(sharedAt + 20_000 + next() * 40_000, 'preview', share.network!, null);
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
  return events;
}
