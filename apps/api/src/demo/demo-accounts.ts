import type { PreferredLanguage, Role, SocialNetwork, UserStatus } from '@chorus/core';

export const DEMO_PASSWORD = 'chorus-demo';

/** The demo company's name (its mail says "Sent by Chorus for …") and the zone it counts days in. */
export const DEMO_ORGANISATION_NAME = 'Kestrel & Finch';
export const DEMO_TIME_ZONE = 'Europe/Amsterdam';

export const DEMO_DEPARTMENTS = [
  'Marketing',
  'Sales',
  'Engineering',
  'People & Culture',
  'Customer Success',
  'Finance',
];

export const DEMO_LOCATIONS = [
  'Amsterdam',
  'Copenhagen',
  'Stockholm',
  'Oslo',
  'Athens',
  'Berlin',
  'Paris',
];

export interface DemoPerson {
  email: string;
  name: string;
  roles: Role[];
  language: PreferredLanguage;
  department: string;
  location: string;
  /** Active people sign in with the demo password; invited ones have a link in the outbox. */
  status: UserStatus;
  social: { network: SocialNetwork; handle: string; audienceSize: number | null }[];
}

/** One sign-in per role, printed at start-up so that a newcomer can try every part of Chorus. */
export const DEMO_ACCOUNTS: DemoPerson[] = [
  {
    email: 'admin@chorus.example',
    name: 'Ada Admin',
    roles: ['admin', 'employee'],
    language: 'en',
    department: 'People & Culture',
    location: 'Amsterdam',
    status: 'active',
    social: [{ network: 'linkedin', handle: 'ada-admin', audienceSize: 640 }],
  },
  {
    email: 'curator@chorus.example',
    name: 'Carlos Curator',
    roles: ['curator', 'employee'],
    language: 'en',
    department: 'Marketing',
    location: 'Amsterdam',
    status: 'active',
    social: [
      { network: 'linkedin', handle: 'carlos-curator', audienceSize: 2300 },
      { network: 'x', handle: '@carloscurates', audienceSize: 4100 },
    ],
  },
  {
    email: 'analyst@chorus.example',
    name: 'Anna Analyst',
    roles: ['analyst', 'employee'],
    language: 'en',
    department: 'People & Culture',
    location: 'Copenhagen',
    status: 'active',
    social: [{ network: 'linkedin', handle: 'anna-analyst', audienceSize: 410 }],
  },
  {
    email: 'employee@chorus.example',
    name: 'Emma Employee',
    roles: ['employee'],
    language: 'en',
    department: 'Sales',
    location: 'Amsterdam',
    status: 'active',
    social: [
      { network: 'linkedin', handle: 'emma-employee', audienceSize: 870 },
      { network: 'bluesky', handle: 'emma.bsky.social', audienceSize: 150 },
    ],
  },
];

/** Colleagues who make the demo look like a company rather than four test accounts. */
export const DEMO_COLLEAGUES: DemoPerson[] = [
  colleague('jan.devries', 'Jan de Vries', 'nl', 'Engineering', 'Amsterdam', [
    ['linkedin', 'jandevries', 1200],
    ['xing', 'Jan_deVries', 90],
  ]),
  colleague('sofie.jensen', 'Sofie Jensen', 'da', 'Sales', 'Copenhagen', [
    ['linkedin', 'sofiejensen', 1540],
    ['mastodon', '@sofiejensen@mastodon.social', 210],
  ]),
  colleague('lars.andersson', 'Lars Andersson', 'sv', 'Engineering', 'Stockholm', [
    ['linkedin', 'larsandersson', 760],
    ['mastodon', '@lars@fosstodon.org', 320],
  ]),
  colleague('nora.haugen', 'Nora Haugen', 'nb', 'Customer Success', 'Oslo', [
    ['linkedin', 'norahaugen', 690],
  ]),
  colleague('eleni.papadopoulou', 'Eleni Papadopoulou', 'el', 'Customer Success', 'Athens', [
    ['linkedin', 'elenipapadopoulou', 980],
    ['facebook', 'eleni.papadopoulou', 450],
    ['threads', '@eleni.papadopoulou', 260],
  ]),
  // A second curator, so that four-eyes approval can be tried in the demo.
  {
    ...colleague('lotte.bakker', 'Lotte Bakker', 'nl', 'Marketing', 'Amsterdam', [
      ['linkedin', 'lottebakker', 3100],
      ['instagram', '@lotte.bakker', 5200],
    ]),
    roles: ['curator', 'employee'],
  },
  colleague('marc.dubois', 'Marc Dubois', 'fr', 'Sales', 'Paris', [
    ['linkedin', 'marcdubois', 2050],
    ['x', '@marcdubois', null],
  ]),
  colleague('jonas.schmidt', 'Jonas Schmidt', 'de', 'Finance', 'Berlin', [
    ['xing', 'Jonas_Schmidt', 380],
  ]),
  colleague('priya.nair', 'Priya Nair', 'en', 'Engineering', 'Berlin', [
    ['linkedin', 'priyanair', 1720],
    ['bluesky', 'priya.bsky.social', 640],
  ]),
  // Sales and Marketing have enough people in the programme to be ranked on the leaderboards.
  colleague('astrid.nilsson', 'Astrid Nilsson', 'sv', 'Sales', 'Stockholm', [
    ['linkedin', 'astridnilsson', 1380],
    ['x', '@astridnilsson', 520],
  ]),
  colleague('katharina.weber', 'Katharina Weber', 'de', 'Sales', 'Berlin', [
    ['linkedin', 'katharinaweber', 940],
    ['xing', 'Katharina_Weber', 610],
  ]),
  colleague('maria.konstantinou', 'Maria Konstantinou', 'el', 'Marketing', 'Athens', [
    ['linkedin', 'mariakonstantinou', 1150],
    ['instagram', '@maria.konstantinou', 2700],
    ['facebook', 'maria.konstantinou', 530],
  ]),
  colleague('camille.laurent', 'Camille Laurent', 'fr', 'Marketing', 'Paris', [
    ['linkedin', 'camillelaurent', 1860],
    ['threads', '@camille.laurent', 340],
  ]),
  colleague('henrik.berg', 'Henrik Berg', 'nb', 'Marketing', 'Oslo', [
    ['linkedin', 'henrikberg', 820],
    ['bluesky', 'henrikberg.bsky.social', 290],
  ]),
  // Not yet joined: their invitation mails wait in the outbox, each in the person's language.
  invited('mikkel.holm', 'Mikkel Holm', 'da', 'Customer Success', 'Copenhagen'),
  invited('ingrid.lund', 'Ingrid Lund', 'sv', 'Marketing', 'Stockholm'),
  invited('nikos.georgiou', 'Nikos Georgiou', 'el', 'Sales', 'Athens'),
  invited('sanne.visser', 'Sanne Visser', 'nl', 'Engineering', 'Amsterdam'),
  invited('olivia.brown', 'Olivia Brown', 'en', 'Finance', 'Berlin'),
  // Left the company: kept for the figures, unable to sign in.
  {
    ...colleague('pieter.jansen', 'Pieter Jansen', 'nl', 'Sales', 'Amsterdam', [
      ['linkedin', 'pieterjansen', 530],
    ]),
    status: 'deactivated',
  },
];

function invited(
  handle: string,
  name: string,
  language: PreferredLanguage,
  department: string,
  location: string,
): DemoPerson {
  return { ...colleague(handle, name, language, department, location, []), status: 'invited' };
}

function colleague(
  handle: string,
  name: string,
  language: PreferredLanguage,
  department: string,
  location: string,
  social: [SocialNetwork, string, number | null][],
): DemoPerson {
  return {
    email: `${handle}@chorus.example`,
    name,
    roles: ['employee'],
    language,
    department,
    location,
    status: 'active',
    social: social.map(([network, profile, audienceSize]) => ({
      network,
      handle: profile,
      audienceSize,
    })),
  };
}
