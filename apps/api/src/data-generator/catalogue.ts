import type { ContentKind, PreferredLanguage, ShareNetwork } from '@chorus/core';

// The names and habits of the generated organisations: what its people, groups, topics,
// campaigns and content look like, shared by every data set of this generator.

/** Departments and how many of the people work in each. */
export const DEPARTMENTS: readonly { name: string; weight: number }[] = [
  { name: 'Engineering', weight: 0.3 },
  { name: 'Sales', weight: 0.22 },
  { name: 'Support', weight: 0.18 },
  { name: 'Marketing', weight: 0.14 },
  { name: 'Finance', weight: 0.09 },
  { name: 'People & Culture', weight: 0.07 },
];

/** Locations, how many of the people work at each, and the language spoken there. */
export const LOCATIONS: readonly { name: string; weight: number; language: PreferredLanguage }[] = [
  { name: 'Amsterdam', weight: 0.35, language: 'nl' },
  { name: 'Berlin', weight: 0.2, language: 'de' },
  { name: 'Paris', weight: 0.15, language: 'fr' },
  { name: 'Copenhagen', weight: 0.1, language: 'da' },
  { name: 'Stockholm', weight: 0.1, language: 'sv' },
  { name: 'Athens', weight: 0.1, language: 'el' },
];

/** Languages of the locations, and English. */
export const LANGUAGES: readonly PreferredLanguage[] = [
  'en',
  ...LOCATIONS.map((location) => location.language),
];

export const TOPICS: readonly string[] = [
  'Cloud',
  'Security',
  'Sustainability',
  'Hiring',
  'Culture',
  'Product',
  'Events',
  'Research',
  'Partners',
  'Customers',
  'Leadership',
  'Data',
];

export const CAMPAIGNS: readonly string[] = [
  'Spring launch',
  'Customer stories',
  'Graduate programme',
  'Security month',
  'Summer events',
  'Sustainability report',
  'Partner summit',
  'Product update',
  'Hiring week',
  'Trade fair',
  'Anniversary',
  'Year in review',
];

// prettier-ignore
export const FIRST_NAMES: readonly string[] = [
  'Anna', 'Lars', 'Sofie', 'Jan', 'Eleni', 'Marc', 'Priya', 'Jonas', 'Lotte', 'Pieter', 'Camille',
  'Henrik', 'Maria', 'Nikos', 'Emma', 'Lukas', 'Ingrid', 'Thomas', 'Chloe', 'Mads', 'Julia',
  'Dimitris', 'Sara', 'Felix',
];
// prettier-ignore
export const LAST_NAMES: readonly string[] = [
  'de Vries', 'Jansen', 'Bakker', 'Jensen', 'Nielsen', 'Andersson', 'Johansson', 'Papadopoulou',
  'Georgiou', 'Schmidt', 'Weber', 'Dubois', 'Martin', 'Bernard', 'Visser', 'Hansen', 'Lindberg',
  'Nair', 'Fischer', 'Laurent', 'Smit', 'Berg', 'Costa', 'Meyer',
];

/** Content kinds: how common, the site they come from, and title patterns. */
export const KINDS: readonly {
  kind: ContentKind;
  weight: number;
  siteName: string;
  titles: readonly string[];
}[] = [
  {
    kind: 'company_news',
    weight: 0.4,
    siteName: 'Chorus newsroom',
    titles: [
      '{topic} at Chorus: what changed this quarter',
      'Our {city} team on {topic}',
      'Chorus opens a new office in {city}',
    ],
  },
  {
    kind: 'industry',
    weight: 0.3,
    siteName: 'Industry Weekly',
    titles: [
      'Why {topic} matters more than ever',
      'Five trends in {topic} to watch',
      'What {city} teaches us about {topic}',
    ],
  },
  {
    kind: 'event',
    weight: 0.15,
    siteName: 'Chorus events',
    titles: [
      'Join us in {city}: a day about {topic}',
      'Webinar: {topic} in practice',
      'Meet us at the {topic} summit in {city}',
    ],
  },
  {
    kind: 'job',
    weight: 0.15,
    siteName: 'Chorus careers',
    titles: [
      'We are hiring in {city}: {topic} lead',
      'Join our {topic} team in {city}',
      'Internships in {topic}, {city}',
    ],
  },
];

/**
 * Per network Chorus shares to: the share of people who use it (Xing three times as many in
 * Berlin), its pull (clicks relative to LinkedIn) and the median audience people declare there,
 * where they declare one. In the order people are asked about them.
 */
export const NETWORK_HABITS: Readonly<
  Record<ShareNetwork, { users: number; pull: number; audience: number | null }>
> = {
  linkedin: { users: 0.92, pull: 1, audience: 600 },
  x: { users: 0.3, pull: 0.6, audience: 300 },
  facebook: { users: 0.25, pull: 0.7, audience: 250 },
  whatsapp: { users: 0.2, pull: 0.8, audience: null },
  email: { users: 0.15, pull: 0.5, audience: null },
  xing: { users: 0.12, pull: 0.4, audience: 150 },
  bluesky: { users: 0.1, pull: 0.4, audience: 120 },
  telegram: { users: 0.03, pull: 0.5, audience: null },
  reddit: { users: 0.03, pull: 0.6, audience: 80 },
  threads: { users: 0.04, pull: 0.5, audience: 150 },
  mastodon: { users: 0.03, pull: 0.5, audience: 200 },
};

/** The networks in the order of NETWORK_HABITS. */
export const HABIT_NETWORKS = Object.keys(NETWORK_HABITS) as ShareNetwork[];
