import type { Role } from '@chorus/core';

export const DEMO_PASSWORD = 'chorus-demo';

/** One sign-in per role, printed at start-up so that a newcomer can try every part of Chorus. */
export const DEMO_ACCOUNTS: { email: string; name: string; roles: Role[]; language: string }[] = [
  {
    email: 'admin@chorus.example',
    name: 'Ada Admin',
    roles: ['admin', 'employee'],
    language: 'en',
  },
  {
    email: 'curator@chorus.example',
    name: 'Carlos Curator',
    roles: ['curator', 'employee'],
    language: 'en',
  },
  {
    email: 'analyst@chorus.example',
    name: 'Anna Analyst',
    roles: ['analyst', 'employee'],
    language: 'en',
  },
  { email: 'employee@chorus.example', name: 'Emma Employee', roles: ['employee'], language: 'en' },
];

/** Colleagues who make the demo look like a company rather than four test accounts. */
export const DEMO_COLLEAGUES: { email: string; name: string; language: string }[] = [
  { email: 'jan.devries@chorus.example', name: 'Jan de Vries', language: 'nl' },
  { email: 'sofie.jensen@chorus.example', name: 'Sofie Jensen', language: 'en' },
  { email: 'lars.andersson@chorus.example', name: 'Lars Andersson', language: 'en' },
  { email: 'eleni.papadopoulou@chorus.example', name: 'Eleni Papadopoulou', language: 'en' },
  { email: 'lotte.bakker@chorus.example', name: 'Lotte Bakker', language: 'nl' },
  { email: 'marc.dubois@chorus.example', name: 'Marc Dubois', language: 'en' },
  { email: 'jonas.schmidt@chorus.example', name: 'Jonas Schmidt', language: 'en' },
  { email: 'priya.nair@chorus.example', name: 'Priya Nair', language: 'en' },
];
