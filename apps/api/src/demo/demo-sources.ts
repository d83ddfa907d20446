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

/**
 * Pages colleagues in the programme suggested, each in their own language with why customers
 * will care: [suggester, address, title, note, hours ago].
 */
const PEOPLE_SUGGESTIONS: [string, string, string, string, number][] = [
  [
    'sofie.jensen@chorus.example',
    'https://erhverv.example.dk/artikel/groen-omstilling-i-industrien',
    'Grøn omstilling i industrien',
    'Vores kunder i Norden spørger hele tiden om bæredygtighed, og den her artikel svarer godt på det.',
    3,
  ],
  [
    'lars.andersson@chorus.example',
    'https://teknik.example.se/2026/12/oppen-kallkod-i-foretag',
    'Öppen källkod i företag: så lyckas ni',
    'Många av våra kunder funderar på öppen källkod. Bra underlag inför säljmöten.',
    20,
  ],
  [
    'eleni.papadopoulou@chorus.example',
    'https://oikonomia.example.gr/psifiakos-metaschimatismos-mme',
    'Ο ψηφιακός μετασχηματισμός των μικρομεσαίων επιχειρήσεων',
    'Οι πελάτες μας στην Ελλάδα ρωτούν συχνά γι’ αυτό. Το άρθρο εξηγεί απλά γιατί μας χρειάζονται.',
    30,
  ],
  [
    'marc.dubois@chorus.example',
    'https://economie.example.fr/tech/ia-au-service-de-la-relation-client',
    'L’IA au service de la relation client',
    'Nos clients nous posent sans cesse la question\u202f: cet article montre bien ce que nous faisons déjà.',
    52,
  ],
  [
    'employee@chorus.example',
    'https://review.example.org/2026/11/why-employees-are-your-best-advocates',
    'Why employees are your best advocates',
    'Backs up what we tell prospects about our own advocacy programme.',
    75,
  ],
];

/** The feeds the demo curator follows, and pages colleagues suggested beside them. */
@Injectable()
export class DemoSources {
  constructor(private readonly sources: SourcesRepository) {}

  /**
   * The feeds as a poll ten minutes ago left them, their links suggested in the inbox, and
   * colleagues' suggestions from the past days.
   */
  async seed(
    manager: EntityManager,
    topics: Map<string, Topic>,
    people: Map<string, User>,
  ): Promise<void> {
    const curator = people.get('curator@chorus.example')!;
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
    for (const [email, url, title, note, hoursAgo] of PEOPLE_SUGGESTIONS) {
      await this.sources.insertSuggestion(
        {
          url,
          title,
          note,
          suggestedById: people.get(email)!.id,
          createdAt: new Date(Date.now() - hoursAgo * 3_600_000),
        },
        manager,
      );
    }
  }
}
