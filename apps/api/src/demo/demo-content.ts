import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ContentKind, ContentStatus, Translations, VariantNetwork } from '@chorus/core';
import { slugFromName } from '../campaigns/campaign-slug';
import { CampaignsRepository } from '../campaigns/campaigns.repository';
import { nameKey } from '../common/name-key';
import { ContentVariantsRepository } from '../content/content-variants.repository';
import { ContentRepository } from '../content/content.repository';
import { ContentItem } from '../content/entities/content-item.entity';
import { ContentVariant } from '../content/entities/content-variant.entity';
import { makeThumbnail } from '../content/thumbnails/thumbnail-image';
import { ThumbnailsService } from '../content/thumbnails/thumbnails.service';
import { GroupsService } from '../groups/groups.service';
import { Topic } from '../topics/entities/topic.entity';
import { TopicsRepository } from '../topics/topics.repository';
import { User } from '../users/entities/user.entity';
import type { DemoPeople } from './demo-company';
import { demoHeaderImage } from './demo-images';

const DAY = 86_400_000;

export const DEMO_TOPICS = [
  'Sustainability',
  'Product',
  'Careers',
  'Industry',
  'Events',
  'Culture',
];

/** The demo topics' names in the other UI languages, as the curators entered them. */
export const DEMO_TOPIC_NAMES: Record<string, Translations> = {
  Sustainability: {
    nl: 'Duurzaamheid',
    da: 'Bæredygtighed',
    sv: 'Hållbarhet',
    nb: 'Bærekraft',
    el: 'Βιωσιμότητα',
    de: 'Nachhaltigkeit',
    fr: 'Développement durable',
  },
  Product: {
    da: 'Produkt',
    sv: 'Produkt',
    nb: 'Produkt',
    el: 'Προϊόν',
    de: 'Produkt',
    fr: 'Produit',
  },
  Careers: {
    nl: 'Werken bij Chorus',
    da: 'Karriere',
    sv: 'Karriär',
    nb: 'Karriere',
    el: 'Καριέρα',
    de: 'Karriere',
    fr: 'Carrières',
  },
  Industry: {
    nl: 'Branche',
    da: 'Branche',
    sv: 'Bransch',
    nb: 'Bransje',
    el: 'Κλάδος',
    de: 'Branche',
    fr: 'Secteur',
  },
  Events: {
    nl: 'Evenementen',
    da: 'Arrangementer',
    sv: 'Evenemang',
    nb: 'Arrangementer',
    el: 'Εκδηλώσεις',
    de: 'Veranstaltungen',
    fr: 'Événements',
  },
  // Left untranslated in Greek and French on purpose: their readers see the main name.
  Culture: { nl: 'Cultuur', da: 'Kultur', sv: 'Kultur', nb: 'Kultur', de: 'Kultur' },
};

interface DemoItem {
  url: string;
  kind: ContentKind;
  status: ContentStatus;
  title: string;
  summary: string;
  siteName: string;
  topics: string[];
  campaign?: boolean;
  pinned?: boolean;
  daysAgo: number;
  expiresInDays?: number;
  targetDepartments?: string[];
  targetLanguages?: string[];
  rejectionReason?: string;
  /** Who wrote it: the demo curator unless given. */
  author?: string;
  variants: [VariantNetwork, string, string][];
}

/** What the curators have been working on: items in every state, most with suggested posts. */
const ITEMS: DemoItem[] = [
  {
    url: 'https://news.chorus.example/2026/11/athens-office-opens',
    kind: 'company_news',
    status: 'approved',
    title: 'Our new office in Athens is open',
    summary: 'Forty colleagues move into a bright new office and lab in the heart of Athens.',
    siteName: 'Chorus Newsroom',
    topics: ['Culture'],
    pinned: true,
    daysAgo: 20,
    variants: [
      ['any', 'en', 'Proud to open our new office in Athens! 🇬🇷 #WeAreChorus'],
      [
        'linkedin',
        'en',
        'Forty colleagues, one new home: our Athens office is open. Come and visit! #WeAreChorus #Athens',
      ],
      ['any', 'el', 'Νέο γραφείο στην Αθήνα! #WeAreChorus'],
      ['any', 'da', 'Vi har åbnet et nyt kontor i Athen! 🇬🇷 #WeAreChorus'],
      ['any', 'sv', 'Vi har öppnat ett nytt kontor i Aten! 🇬🇷 #WeAreChorus'],
    ],
  },
  {
    url: 'https://news.chorus.example/2026/10/carbon-neutral-offices',
    kind: 'company_news',
    status: 'approved',
    title: 'All our offices now run on renewable power',
    summary:
      'From Stockholm to Athens, every Chorus office has switched to certified green energy.',
    siteName: 'Chorus Newsroom',
    topics: ['Sustainability'],
    daysAgo: 35,
    variants: [
      ['any', 'en', 'Every one of our offices now runs on renewable power. 🌱 #WeAreChorus'],
      [
        'linkedin',
        'en',
        'Proud that all our offices, from Stockholm to Athens, now run on certified green energy. Small steps add up. #Sustainability #WeAreChorus',
      ],
      ['any', 'sv', 'Alla våra kontor drivs nu med förnybar el. 🌱 #WeAreChorus'],
      ['any', 'da', 'Alle vores kontorer kører nu på vedvarende energi. 🌱 #WeAreChorus'],
      ['any', 'el', 'Όλα τα γραφεία μας λειτουργούν πλέον με ανανεώσιμη ενέργεια. 🌱 #WeAreChorus'],
      ['any', 'nl', 'Al onze kantoren draaien nu op groene stroom. 🌱 #WeAreChorus'],
    ],
  },
  {
    url: 'https://industry.example.org/articles/why-trust-beats-reach',
    kind: 'industry',
    status: 'approved',
    title: 'Why trust beats reach in B2B marketing',
    summary: 'People believe people: posts from employees earn more clicks than brand accounts.',
    siteName: 'Industry Review',
    topics: ['Industry'],
    daysAgo: 28,
    variants: [['any', 'en', 'Good read: people trust people more than brands. #B2B #Marketing']],
  },
  {
    url: 'https://news.chorus.example/2026/10/customer-story-nordbank',
    kind: 'company_news',
    status: 'approved',
    title: 'How Nordbank cut reporting time in half with Chorus',
    summary: 'Nordbank’s finance team shares how they moved 40 reports to Chorus in six weeks.',
    siteName: 'Chorus Newsroom',
    topics: ['Product'],
    daysAgo: 24,
    variants: [
      [
        'any',
        'en',
        'Great to see what Nordbank’s finance team built with our product. #CustomerStory',
      ],
      ['x', 'en', 'Nordbank halved its reporting time. Their story: #CustomerStory'],
      ['any', 'de', 'Wie die Nordbank ihre Berichtszeit halbiert hat. #CustomerStory'],
    ],
  },
  {
    url: 'https://news.chorus.example/2026/11/volunteering-days',
    kind: 'company_news',
    status: 'approved',
    title: 'Two paid volunteering days for everyone',
    summary: 'From January, every colleague gets two paid days a year to volunteer for a cause.',
    siteName: 'Chorus Newsroom',
    topics: ['Culture', 'Careers'],
    daysAgo: 16,
    variants: [
      ['any', 'en', 'Two paid volunteering days a year for all of us. Love this. #WeAreChorus'],
      ['any', 'nl', 'Twee betaalde vrijwilligersdagen per jaar voor iedereen. Mooi! #WeAreChorus'],
      ['any', 'fr', 'Deux jours de bénévolat payés par an pour tous. #WeAreChorus'],
      ['any', 'da', 'To betalte frivilligdage om året til os alle. Godt gået! #WeAreChorus'],
      ['any', 'sv', 'Två betalda volontärdagar om året för oss alla. Så bra! #WeAreChorus'],
      ['any', 'el', 'Δύο μέρες εθελοντισμού με αποδοχές τον χρόνο για όλους μας! #WeAreChorus'],
    ],
  },
  {
    url: 'https://news.chorus.example/2026/11/winter-release',
    kind: 'company_news',
    status: 'approved',
    title: 'The winter release: faster reports and offline mode',
    summary: 'Reports load three times faster, and the mobile app now works without a connection.',
    siteName: 'Chorus Newsroom',
    topics: ['Product'],
    campaign: true,
    daysAgo: 12,
    variants: [
      [
        'any',
        'en',
        'Our winter release is out: reports three times faster, and offline mode. #ProductNews',
      ],
      ['x', 'en', 'Winter release: 3× faster reports + offline mode 🚀 #ProductNews'],
      [
        'any',
        'nl',
        'De winterrelease is uit: rapporten drie keer sneller, en offline werken. #ProductNews',
      ],
    ],
  },
  {
    url: 'https://industry.example.org/reports/2026-state-of-employee-advocacy',
    kind: 'industry',
    status: 'approved',
    title: 'The state of employee advocacy in 2026',
    summary: 'A survey of 1,200 companies on what makes employees share, and what holds them back.',
    siteName: 'Industry Review',
    topics: ['Industry'],
    daysAgo: 9,
    expiresInDays: 40,
    variants: [
      ['any', 'en', 'Interesting read on why people share their company’s news. #EmployeeAdvocacy'],
    ],
  },
  {
    url: 'https://careers.chorus.example/jobs/senior-data-engineer-copenhagen',
    kind: 'job',
    status: 'approved',
    title: 'We are hiring: Senior Data Engineer in Copenhagen',
    summary: 'Join the team that turns millions of events into figures people trust.',
    siteName: 'Chorus Careers',
    topics: ['Careers'],
    daysAgo: 6,
    expiresInDays: 30,
    targetDepartments: ['Engineering'],
    variants: [
      [
        'linkedin',
        'en',
        'My team is hiring a Senior Data Engineer in Copenhagen. Know someone? #Hiring',
      ],
      [
        'linkedin',
        'da',
        'Mit team søger en Senior Data Engineer i København. Kender du en? #Hiring',
      ],
    ],
  },
  {
    url: 'https://events.chorus.example/2026/customer-day-berlin',
    kind: 'event',
    status: 'in_review',
    title: 'Customer Day Berlin, 12 December',
    summary: 'A day of talks and workshops with our customers and partners.',
    siteName: 'Chorus Events',
    topics: ['Events'],
    campaign: true,
    daysAgo: 2,
    // Lotte's, so that the demo curator may approve it (four-eyes) and is reminded that it waits.
    author: 'lotte.bakker@chorus.example',
    targetLanguages: ['de', 'en'],
    variants: [
      ['any', 'de', 'Am 12. Dezember in Berlin: unser Customer Day. Seid dabei! #CustomerDay'],
    ],
  },
  {
    url: 'https://news.chorus.example/2026/11/solar-roof',
    kind: 'company_news',
    status: 'draft',
    title: 'Our Amsterdam roof now runs on sunshine',
    summary: 'Six hundred solar panels cover a third of the office’s power.',
    siteName: 'Chorus Newsroom',
    topics: ['Sustainability'],
    daysAgo: 1,
    rejectionReason: 'Please add the figure for the yearly CO₂ saving before we share this.',
    variants: [['any', 'en', '600 solar panels on our Amsterdam roof ☀️ #Sustainability']],
  },
  {
    url: 'https://industry.example.org/articles/ai-and-trust-in-the-workplace',
    kind: 'industry',
    status: 'draft',
    title: 'AI and trust in the workplace',
    summary: 'What employees expect from their employer when AI enters daily work.',
    siteName: 'Industry Review',
    topics: ['Industry'],
    daysAgo: 0,
    variants: [],
  },
  {
    url: 'https://news.chorus.example/2026/09/summer-party',
    kind: 'company_news',
    status: 'archived',
    title: 'Summer party photos',
    summary: 'Thank you all for a wonderful evening.',
    siteName: 'Chorus Newsroom',
    topics: ['Culture'],
    daysAgo: 70,
    variants: [['any', 'en', 'What a night! #WeAreChorus']],
  },
];

/** What the curators made: the topics by name, and every item with its suggested posts. */
export interface DemoCatalogue {
  topics: Map<string, Topic>;
  items: { item: ContentItem; variants: ContentVariant[] }[];
}

/**
 * Topics, a campaign and content in every state, written by the demo curator;
 * each item with a header picture drawn here and stored as a fetched one would be.
 */
@Injectable()
export class DemoContent {
  constructor(
    private readonly topics: TopicsRepository,
    private readonly campaigns: CampaignsRepository,
    private readonly groups: GroupsService,
    private readonly items: ContentRepository,
    private readonly variants: ContentVariantsRepository,
    private readonly thumbnails: ThumbnailsService,
  ) {}

  async seed(manager: EntityManager, people: DemoPeople): Promise<DemoCatalogue> {
    const topics = new Map<string, Topic>();
    for (const name of DEMO_TOPICS) {
      topics.set(
        name,
        await this.topics.insert(
          { name, nameKey: nameKey(name), names: DEMO_TOPIC_NAMES[name] ?? {} },
          manager,
        ),
      );
    }
    const named = (names: string[] | undefined) =>
      (names ?? []).map((name) => topics.get(name) as Topic);
    const campaignName = 'Winter launch 2026';
    const campaign = await this.campaigns.insert(
      {
        name: campaignName,
        slug: slugFromName(campaignName),
        description: 'The winter release and Customer Day, from mid-November to mid-December.',
        startsAt: new Date(Date.now() - 15 * DAY),
        endsAt: new Date(Date.now() + 25 * DAY),
      },
      manager,
    );
    const curator = people.get('curator@chorus.example') as User;
    const reviewer = people.get('admin@chorus.example') as User;
    const departments = (await this.groups.all(manager)).filter(
      (group) => group.kind === 'department',
    );

    const catalogue: DemoCatalogue = { topics, items: [] };
    for (const demo of ITEMS) {
      const created = new Date(Date.now() - demo.daysAgo * DAY - 3_600_000);
      const approved = demo.status === 'approved' || demo.status === 'archived';
      const item = await this.items.insert(
        {
          url: demo.url,
          canonicalUrl: demo.url,
          kind: demo.kind,
          status: demo.status,
          title: demo.title,
          summary: demo.summary,
          siteName: demo.siteName,
          imageUrl: imageAddressOf(demo.url),
          language: demo.variants[0]?.[1] ?? 'en',
          campaignId: demo.campaign ? campaign.id : null,
          topics: named(demo.topics),
          targetGroups: departments.filter((group) => demo.targetDepartments?.includes(group.name)),
          targetLanguages: demo.targetLanguages ?? [],
          publishAt: approved ? new Date(created.getTime() + DAY / 2) : null,
          expiresAt: demo.expiresInDays ? new Date(Date.now() + demo.expiresInDays * DAY) : null,
          pinned: demo.pinned ?? false,
          authorId: demo.author ? people.get(demo.author)!.id : curator.id,
          approverId: approved ? reviewer.id : null,
          approvedAt: approved ? new Date(created.getTime() + DAY / 2) : null,
          submittedAt:
            approved || demo.status === 'in_review' ? new Date(created.getTime() + DAY / 4) : null,
          rejectionReason: demo.rejectionReason ?? null,
          // The demo works offline: these pages are described here rather than fetched.
          unfurlState: 'done',
          createdAt: created,
        },
        manager,
      );
      const picture = await makeThumbnail(await demoHeaderImage(demo.url, demo.topics[0]));
      await this.thumbnails.store(manager, item, picture);
      const variants: ContentVariant[] = [];
      for (const [network, language, text] of demo.variants) {
        variants.push(
          await this.variants.insert({ itemId: item.id, network, language, text }, manager),
        );
      }
      catalogue.items.push({ item, variants });
    }
    return catalogue;
  }
}

/** Where a demo article's header picture would be: beside it, on its own site. */
function imageAddressOf(url: string): string {
  const address = new URL(url);
  const slug = address.pathname.split('/').filter(Boolean).pop() ?? 'header';
  return `${address.origin}/images/${slug}.png`;
}
