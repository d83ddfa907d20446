import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SourcesRepository } from '../sources/sources.repository';
import { Topic } from '../topics/entities/topic.entity';
import { User } from '../users/entities/user.entity';

const DAY = 86_400_000;

/** Two followed feeds with suggestions waiting; offline, their next reads fail visibly. */
const FEEDS = [
  {
    url: 'https://industry.example.org/feed.xml',
    title: 'Industry Review',
    topics: ['Industry'],
    entries: [
      [
        'https://industry.example.org/articles/hybrid-work-and-belonging',
        'Hybrid work and belonging',
      ],
      ['https://industry.example.org/articles/what-makes-people-share', 'What makes people share?'],
      [
        'https://industry.example.org/articles/trust-in-company-news',
        'Trust in company news, 2026',
      ],
    ],
  },
  {
    url: 'https://news.chorus.example/rss',
    title: 'Chorus Newsroom',
    topics: ['Culture'],
    entries: [['https://news.chorus.example/2026/11/volunteering-day', 'Our volunteering day']],
  },
];

/** The feeds the demo curator follows. */
@Injectable()
export class DemoSources {
  constructor(private readonly sources: SourcesRepository) {}

  /** The feeds as a poll ten minutes ago left them: their links suggested in the inbox. */
  async seed(manager: EntityManager, topics: Map<string, Topic>, curator: User): Promise<void> {
    const named = (names: string[]) => names.map((name) => topics.get(name) as Topic);
    for (const [index, feed] of FEEDS.entries()) {
      const polled = new Date(Date.now() - (index + 1) * 600_000);
      const source = await this.sources.insert(
        {
          url: feed.url,
          title: feed.title,
          topics: named(feed.topics),
          lastPolledAt: polled,
          lastSuccessAt: polled,
          createdById: curator.id,
        },
        manager,
      );
      await this.sources.suggest(
        source.id,
        feed.entries.map(([url, title], n) => ({
          url,
          title,
          publishedAt: new Date(Date.now() - (n + 1) * DAY),
        })),
        manager,
      );
    }
  }
}
