import type { Person, Schemas, User } from '../api/client';

let sequence = 0;

export function makeUser(overrides: Partial<User> = {}): User {
  sequence += 1;
  return {
    id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    email: `person${sequence}@example.com`,
    name: `Person ${sequence}`,
    roles: ['employee'],
    status: 'active',
    language: 'en',
    department: null,
    location: null,
    lastSignInAt: null,
    createdAt: '2024-03-15T09:30:00.000Z',
    ...overrides,
  };
}

export function makePerson(overrides: Partial<Person> = {}): Person {
  return makeUser(overrides);
}

export function makeGroup(overrides: Partial<Schemas['GroupDto']> = {}): Schemas['GroupDto'] {
  sequence += 1;
  return {
    id: `00000000-0000-4000-9000-${String(sequence).padStart(12, '0')}`,
    name: `Group ${sequence}`,
    kind: 'department',
    memberCount: 0,
    ...overrides,
  };
}

/** The profile of `user` (GET /api/me/profile), without groups or social profiles by default. */
export function makeProfile(
  user: Pick<User, 'email' | 'name'>,
  overrides: Partial<Schemas['ProfileDto']> = {},
): Schemas['ProfileDto'] {
  return {
    email: user.email,
    name: user.name,
    language: 'en',
    department: null,
    location: null,
    socialProfiles: [],
    ...overrides,
  };
}
