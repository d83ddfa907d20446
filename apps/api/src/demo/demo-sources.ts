import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SourcesRepository } from '../sources/sources.repository';
import type { DemoCatalogue } from './demo-content';
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

/**
 * Pages colleagues suggested that the curators already decided on: made into an item (the
 * item by its address), or dismissed with the reason its suggester was told, in their language.
 */
const DECIDED_SUGGESTIONS: {
  by: string;
  url: string;
  title: string;
  note: string;
  /** Dismissed: who did and why, and how many hours ago it was suggested and decided. */
  declined?: { curator: string; reason: string; hoursAgo: [number, number] };
}[] = [
  {
    by: 'employee@chorus.example',
    url: 'https://industry.example.org/articles/why-trust-beats-reach',
    title: 'Why trust beats reach in B2B marketing',
    note: 'Prospects keep asking why advocacy works better than ads: this answers it.',
  },
  {
    by: 'lars.andersson@chorus.example',
    url: 'https://industry.example.org/articles/ai-and-trust-in-the-workplace',
    title: 'AI and trust in the workplace',
    note: 'Kunderna frågar hur vi ser på AI. Bra att ha något att dela.',
  },
  {
    by: 'employee@chorus.example',
    url: 'https://rival.example.com/blog/how-we-won-the-nordic-bank-deal',
    title: 'How we won the Nordic bank deal',
    note: 'Shows how big the Nordic banking market has become.',
    declined: {
      curator: 'curator@chorus.example',
      reason:
        'It is a competitor’s blog: sharing it would advertise them. Thanks for keeping an eye out, though!',
      hoursAgo: [100, 80],
    },
  },
  {
    by: 'marc.dubois@chorus.example',
    url: 'https://presse.example.fr/2019/avenir-du-travail',
    title: 'L’avenir du travail en 2020',
    note: 'Nos clients parlent beaucoup du travail hybride.',
    declined: {
      curator: 'curator@chorus.example',
      reason:
        'Article de 2019\u202f: ses chiffres sont dépassés. Si l’édition 2026 paraît, suggérez-la\u202f!',
      hoursAgo: [140, 120],
    },
  },
  {
    by: 'sofie.jensen@chorus.example',
    url: 'https://nyheder.example.dk/2026/11/rygter-om-opkoeb-i-branchen',
    title: 'Rygter om opkøb i branchen',
    note: 'Kunderne spørger til det på møderne.',
    declined: {
      curator: 'lotte.bakker@chorus.example',
      reason: 'Vi deler ikke rygter om opkøb. Vent på en officiel meddelelse, så deler vi den.',
      hoursAgo: [60, 30],
    },
  },
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
    items: DemoCatalogue['items'],
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
    await this.seedDecided(manager, people, items);
  }

  /**
   * Suggestions the curators decided on: promoted a day after they came (the item's page, made
   * an item then), or dismissed with a reason.
   */
  private async seedDecided(
    manager: EntityManager,
    people: Map<string, User>,
    items: DemoCatalogue['items'],
  ): Promise<void> {
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);
    for (const { by, url, title, note, declined } of DECIDED_SUGGESTIONS) {
      const item = items.find((made) => made.item.url === url)?.item;
      const promotedAt = item?.createdAt ?? hoursAgo(declined!.hoursAgo[1]);
      const id = await this.sources.insertSuggestion(
        {
          url,
          title,
          note,
          suggestedById: people.get(by)!.id,
          createdAt: declined
            ? hoursAgo(declined.hoursAgo[0])
            : new Date(promotedAt.getTime() - DAY),
        },
        manager,
      );
      await this.sources.settleEntry(
        id!,
        {
          state: declined ? 'dismissed' : 'promoted',
          itemId: item?.id ?? null,
          declineReason: declined?.reason ?? null,
          decidedById: people.get(declined?.curator ?? 'curator@chorus.example')!.id,
          decidedAt: promotedAt,
        },
        manager,
      );
    }
  }
}
