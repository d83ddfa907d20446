import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EscalationNetwork, EscalationStatus } from '@chorus/core';
import { EscalationEvent } from '../escalations/entities/escalation-event.entity';
import { EscalationsRepository } from '../escalations/escalations.repository';
import { User } from '../users/entities/user.entity';
import type { DemoPeople } from './demo-company';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

interface DemoReport {
  reporter: string;
  network: EscalationNetwork;
  url: string;
  excerpt: string;
  description: string;
  daysAgo: number;
  status: EscalationStatus;
  assignee?: string;
  notes?: [string, string][];
}

const REPORTS: DemoReport[] = [
  {
    reporter: 'jan.devries@chorus.example',
    network: 'linkedin',
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:7261123456789012345/',
    excerpt:
      'Typical Chorus. Big party for a new office while my support ticket has been open for three weeks.',
    description:
      'Under my post about the Athens office. The person seems to be a customer; I did not reply.',
    daysAgo: 3,
    status: 'in_progress',
    assignee: 'curator@chorus.example',
    notes: [
      [
        'curator@chorus.example',
        'Found the ticket (#48213). Asked Support to call the customer today.',
      ],
      ['curator@chorus.example', 'Support called; we will reply publicly once the fix ships.'],
    ],
  },
  {
    reporter: 'employee@chorus.example',
    network: 'x',
    url: 'https://x.com/techgossip/status/1859021234567890123',
    excerpt:
      'Hearing Chorus is about to announce big layoffs. Anyone inside want to confirm? DMs open.',
    description: 'A rumour account tagging several of us. Nobody should answer this one.',
    daysAgo: 1,
    status: 'open',
  },
  {
    reporter: 'sofie.jensen@chorus.example',
    network: 'facebook',
    url: 'https://www.facebook.com/chorus.example/posts/pfbid02abc',
    excerpt: 'Your app deleted my whole schedule. Worst update ever, I want my money back!!',
    description: 'On the company page, under the winter release post.',
    daysAgo: 12,
    status: 'resolved',
    assignee: 'lotte.bakker@chorus.example',
    notes: [
      [
        'lotte.bakker@chorus.example',
        'Replied from the company page and moved it to a private message.',
      ],
      [
        'lotte.bakker@chorus.example',
        'Support restored the schedule from a backup; the customer thanked us.',
      ],
    ],
  },
  {
    reporter: 'eleni.papadopoulou@chorus.example',
    network: 'other',
    url: 'https://forum.example.gr/threads/chorus-athens-hiring.2231/',
    excerpt: 'Heard they pay juniors below the market rate in Athens. Avoid.',
    description: 'A Greek job forum. Not sure if it needs an answer at all.',
    daysAgo: 6,
    status: 'open',
    assignee: 'lotte.bakker@chorus.example',
  },
];

/** A few reported comments in the social media team's inbox, in every state. */
@Injectable()
export class DemoReports {
  constructor(private readonly escalations: EscalationsRepository) {}

  async seed(manager: EntityManager, people: DemoPeople): Promise<void> {
    const person = (email: string) => people.get(email) as User;
    for (const report of REPORTS) await this.seedReport(manager, person, report);
  }

  /** A report with the timeline its handling left: assignment, status changes and notes. */
  private async seedReport(
    manager: EntityManager,
    person: (email: string) => User,
    report: DemoReport,
  ): Promise<void> {
    const created = daysAgo(report.daysAgo);
    const assignee = report.assignee ? person(report.assignee) : null;
    const escalationId = await this.escalations.insert(
      {
        reporterId: person(report.reporter).id,
        network: report.network,
        url: report.url,
        excerpt: report.excerpt,
        description: report.description,
        status: report.status,
        assigneeId: assignee?.id ?? null,
        createdAt: created,
        updatedAt: created,
        resolvedAt: report.status === 'resolved' ? daysAgo(report.daysAgo - 2) : null,
      },
      manager,
    );
    const events: Partial<EscalationEvent>[] = [];
    const at = (hours: number) => new Date(created.getTime() + hours * 3_600_000);
    if (assignee) {
      events.push({
        kind: 'assignment',
        authorId: assignee.id,
        assigneeId: assignee.id,
        createdAt: at(1),
      });
    }
    if (report.status !== 'open') {
      events.push({
        kind: 'status',
        authorId: assignee?.id ?? null,
        status: 'in_progress',
        createdAt: at(1.5),
      });
    }
    for (const [index, [author, body]] of (report.notes ?? []).entries()) {
      events.push({
        kind: 'note',
        authorId: person(author).id,
        body,
        createdAt: at(3 + index * 20),
      });
    }
    if (report.status === 'resolved') {
      events.push({
        kind: 'status',
        authorId: assignee?.id ?? null,
        status: 'resolved',
        createdAt: daysAgo(report.daysAgo - 2),
      });
    }
    for (const event of events) {
      await this.escalations.insertEvent({ ...event, escalationId }, manager);
    }
  }
}
