import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NotificationKind } from '@chorus/core';
import { personLink } from '../accounts/invitation-notifier';
import { contentLink } from '../content/content-notifier';
import { NotificationsRepository } from '../notifications/notifications.repository';
import type { User } from '../users/entities/user.entity';
import type { DemoPeople } from './demo-company';
import type { DemoCatalogue } from './demo-content';
import { DemoNotificationsRepository } from './demo-notifications.repository';

const HOUR = 3_600_000;

interface DemoNotification {
  to: string;
  kind: NotificationKind;
  params: Record<string, string | number>;
  /** A portal path, the title of the demo item it is about, or the person (by handle). */
  link: string | { item: string } | { person: string };
  /** How long ago it was told, and (unless unread) read. */
  hoursAgo: number;
  readHoursAgo?: number;
}

const ROOF = 'Our Amsterdam roof now runs on sunshine';
const WINTER = 'The winter release: faster reports and offline mode';
const CUSTOMER_DAY = 'Customer Day Berlin, 12 December';

/**
 * What the demo people were told lately, each read or not yet: new posts for the advocates, the
 * workflow for the curators, the policy for those who must sign, the admin's news. Sofie reads
 * hers in Danish: the portal words each one from its kind and parameters.
 */
const NOTIFICATIONS: DemoNotification[] = [
  // Emma Employee
  { to: 'employee', kind: 'content.new', params: { count: 2 }, link: '/', hoursAgo: 3 },
  {
    to: 'employee',
    kind: 'suggestion.decided',
    params: {
      title: 'How we won the Nordic bank deal',
      outcome: 'declined',
      reason:
        'It is a competitor’s blog: sharing it would advertise them. Thanks for keeping an eye out, though!',
    },
    link: '/suggest',
    hoursAgo: 80,
  },
  {
    to: 'employee',
    kind: 'suggestion.decided',
    params: { title: 'Why trust beats reach in B2B marketing', outcome: 'approved', reason: '' },
    link: '/suggest',
    hoursAgo: 27.5 * 24,
    readHoursAgo: 27 * 24,
  },
  {
    to: 'employee',
    kind: 'content.new',
    params: { count: 1 },
    link: '/',
    hoursAgo: 8.5 * 24,
    readHoursAgo: 8 * 24,
  },
  {
    to: 'employee',
    kind: 'content.new',
    params: { count: 1 },
    link: '/',
    hoursAgo: 11.5 * 24,
    readHoursAgo: 11 * 24,
  },
  {
    to: 'employee',
    kind: 'policy.sign',
    params: { version: 1 },
    link: '/policy',
    hoursAgo: 52 * 24,
    readHoursAgo: 40 * 24,
  },
  // Sofie Jensen, in Danish
  { to: 'sofie.jensen', kind: 'content.new', params: { count: 2 }, link: '/', hoursAgo: 3 },
  {
    to: 'sofie.jensen',
    kind: 'report.status',
    params: { status: 'resolved' },
    link: '/reports',
    hoursAgo: 10 * 24,
  },
  {
    to: 'sofie.jensen',
    kind: 'report.status',
    params: { status: 'in_progress' },
    link: '/reports',
    hoursAgo: 12 * 24 - 2,
    readHoursAgo: 11 * 24,
  },
  {
    to: 'sofie.jensen',
    kind: 'policy.sign',
    params: { version: 1 },
    link: '/policy',
    hoursAgo: 52 * 24,
    readHoursAgo: 30 * 24,
  },
  // Carlos Curator
  {
    to: 'curator',
    kind: 'content.decided',
    params: {
      title: ROOF,
      decision: 'rejected',
      reason: 'Please add the figure for the yearly CO₂ saving before we share this.',
    },
    link: { item: ROOF },
    hoursAgo: 20,
  },
  {
    to: 'curator',
    kind: 'content.decided',
    params: { title: WINTER, decision: 'approved', reason: '' },
    link: { item: WINTER },
    hoursAgo: 11.5 * 24,
    readHoursAgo: 11.4 * 24,
  },
  {
    to: 'curator',
    kind: 'source.failing',
    params: { source: 'Industry Review', failures: 3 },
    link: '/sources',
    hoursAgo: 9 * 24,
    readHoursAgo: 9 * 24 - 5,
  },
  // Lotte Bakker, the other curator
  {
    to: 'lotte.bakker',
    kind: 'content.review',
    params: { title: CUSTOMER_DAY },
    link: { item: CUSTOMER_DAY },
    hoursAgo: 2 * 24,
  },
  // Anna Analyst, who has not signed the policy yet
  {
    to: 'analyst',
    kind: 'reminder.policy',
    params: { version: 1, days: 10 },
    link: '/policy',
    hoursAgo: 42 * 24,
  },
  {
    to: 'analyst',
    kind: 'reminder.policy',
    params: { version: 1, days: 3 },
    link: '/policy',
    hoursAgo: 49 * 24,
    readHoursAgo: 48 * 24,
  },
  {
    to: 'analyst',
    kind: 'policy.sign',
    params: { version: 1 },
    link: '/policy',
    hoursAgo: 52 * 24,
    readHoursAgo: 51 * 24,
  },
  // Ada Admin
  {
    to: 'admin',
    kind: 'content.review',
    params: { title: CUSTOMER_DAY },
    link: { item: CUSTOMER_DAY },
    hoursAgo: 2 * 24,
  },
  {
    to: 'admin',
    kind: 'source.failing',
    params: { source: 'Industry Review', failures: 3 },
    link: '/sources',
    hoursAgo: 9 * 24,
  },
  {
    to: 'admin',
    kind: 'invitation.accepted',
    params: { name: 'Priya Nair' },
    link: { person: 'priya.nair' },
    hoursAgo: 47 * 24,
    readHoursAgo: 46 * 24,
  },
];

/**
 * The notifications of the demo people, written through the repository the notifications service
 * writes with, each to someone the service would tell (the demo-data test checks its rules), and
 * dated as they were. Not through notify(): it would also mail today what was told weeks ago.
 */
@Injectable()
export class DemoNotifications {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly history: DemoNotificationsRepository,
  ) {}

  async seed(manager: EntityManager, people: DemoPeople, catalogue: DemoCatalogue) {
    const person = (handle: string) => people.get(`${handle}@chorus.example`) as User;
    const itemId = (title: string) =>
      catalogue.items.find(({ item }) => item.title === title)!.item.id;
    const now = Date.now();
    for (const [index, demo] of NOTIFICATIONS.entries()) {
      const recipient = person(demo.to);
      const key = `demo:${index}`;
      await this.notifications.insertNew(
        [
          {
            userId: recipient.id,
            kind: demo.kind,
            params: demo.params,
            link: linkOf(demo.link),
            dedupeKey: key,
          },
        ],
        manager,
      );
      const readAt =
        demo.readHoursAgo === undefined ? null : new Date(now - demo.readHoursAgo * HOUR);
      await this.history.date(
        recipient.id,
        key,
        new Date(now - demo.hoursAgo * HOUR),
        readAt,
        manager,
      );
    }

    function linkOf(link: DemoNotification['link']): string {
      if (typeof link === 'string') return link;
      return 'item' in link ? contentLink(itemId(link.item)) : personLink(person(link.person).id);
    }
  }
}
