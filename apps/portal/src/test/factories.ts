import type { Person, User } from '../api/client';

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
    createdAt: '2024-03-15T09:30:00.000Z',
    ...overrides,
  };
}

export function makePerson(overrides: Partial<Person> = {}): Person {
  return makeUser(overrides);
}
