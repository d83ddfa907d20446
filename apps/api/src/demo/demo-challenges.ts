import { addDays, localDate, type ChallengeMetric } from '@chorus/core';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ChallengesRepository } from '../challenges/challenges.repository';
import { GroupsService } from '../groups/groups.service';
import { DEMO_TIME_ZONE } from './demo-accounts';
import type { DemoPeople } from './demo-company';
import type { DemoCatalogue } from './demo-content';

interface DemoChallenge {
  title: string;
  description: string;
  metric: ChallengeMetric;
  target: number;
  /** The demo campaign, or a topic by name. */
  about: 'campaign' | string;
  departments: string[];
  /** First and last day, in days from today. */
  from: number;
  to: number;
}

/** Challenges in several languages: running, ended with a result, and one still to come. */
const CHALLENGES: DemoChallenge[] = [
  {
    title: '100 verified shares for the winter launch',
    description: 'Every verified share of a winter launch post counts, on any network.',
    metric: 'verified-shares',
    target: 100,
    about: 'campaign',
    departments: [],
    from: -14,
    to: 13,
  },
  {
    title: 'Karriere: 200 Klicks auf unsere Stellenanzeigen',
    description: 'Helfen Sie uns, neue Kolleginnen und Kollegen für das Engineering zu finden.',
    metric: 'clicks',
    target: 200,
    about: 'Careers',
    departments: ['Engineering'],
    from: -7,
    to: 21,
  },
  {
    title: 'Bæredygtighed: 12 delinger på en måned',
    description: 'Del vores nyheder om bæredygtighed med jeres netværk.',
    metric: 'shares',
    target: 12,
    about: 'Sustainability',
    departments: ['Marketing', 'Sales'],
    from: -40,
    to: -10,
  },
  {
    title: 'Défi Customer Day : 50 partages',
    description: 'Faites connaître le Customer Day autour de vous.',
    metric: 'shares',
    target: 50,
    about: 'Events',
    departments: [],
    from: 3,
    to: 17,
  },
];

/** The demo curator's challenges; the ended one with the result the hourly job would have stored. */
@Injectable()
export class DemoChallenges {
  constructor(
    private readonly challenges: ChallengesRepository,
    private readonly groups: GroupsService,
  ) {}

  async seed(manager: EntityManager, people: DemoPeople, catalogue: DemoCatalogue): Promise<void> {
    const today = localDate(Date.now(), DEMO_TIME_ZONE);
    const curator = people.get('curator@chorus.example')!;
    const campaignId = catalogue.items.find(({ item }) => item.campaignId)?.item.campaignId ?? null;
    const departments = new Map(
      (await this.groups.all(manager))
        .filter((group) => group.kind === 'department')
        .map((group) => [group.name, group.id]),
    );
    for (const demo of CHALLENGES) {
      const challenge = await this.challenges.insert(
        {
          title: demo.title,
          description: demo.description,
          metric: demo.metric,
          target: demo.target,
          campaignId: demo.about === 'campaign' ? campaignId : null,
          topicId: demo.about === 'campaign' ? null : catalogue.topics.get(demo.about)!.id,
          departmentIds: demo.departments.map((name) => departments.get(name)!),
          startsOn: addDays(today, demo.from),
          endsOn: addDays(today, demo.to),
          createdById: curator.id,
        },
        manager,
      );
      if (demo.to < 0) {
        const counts = await this.challenges.counts([challenge.id], manager);
        challenge.result = counts.get(challenge.id) ?? 0;
        challenge.endedAt = new Date(Date.now() + (demo.to + 1) * 86_400_000);
        await this.challenges.save(challenge, manager);
      }
    }
  }
}
