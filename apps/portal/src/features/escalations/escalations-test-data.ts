import type { Schemas } from '../../api/client';
import type { EscalationDetail, EscalationEvent } from './api/escalation-queries';
import type { Escalation, EscalationPage } from './api/escalations-queries';

/** Shared by the tests of reporting comments and of the inbox: reports and pages of them. */

let sequence = 0;
const nextId = (group: string) => {
  sequence += 1;
  return `00000000-0000-4000-${group}-${String(sequence).padStart(12, '0')}`;
};

export function personRef(name: string): Schemas['PersonRefDto'] {
  return { id: nextId('e100'), name };
}

export function makeEscalation(overrides: Partial<Escalation> = {}): Escalation {
  const id = nextId('e200');
  return {
    id,
    url: `https://www.linkedin.com/feed/update/urn:li:activity:${sequence}/`,
    network: 'linkedin',
    excerpt: `Your products are a scam (${sequence})`,
    description: '',
    status: 'open',
    reporter: personRef('Ada Lovelace'),
    assignee: null,
    createdAt: '2024-05-02T10:00:00.000Z',
    updatedAt: '2024-05-02T10:00:00.000Z',
    resolvedAt: null,
    ...overrides,
  };
}

export function makeEscalationDetail(overrides: Partial<EscalationDetail> = {}): EscalationDetail {
  return { ...makeEscalation(), events: [], ...overrides };
}

export function makeEvent(overrides: Partial<EscalationEvent> = {}): EscalationEvent {
  return {
    id: nextId('e300'),
    kind: 'note',
    author: null,
    body: null,
    status: null,
    assignee: null,
    createdAt: '2024-05-02T11:00:00.000Z',
    ...overrides,
  };
}

/** One page holding `items`, with the counts per status of those items unless given. */
export function escalationPage(
  items: Escalation[],
  overrides: Partial<EscalationPage> = {},
): EscalationPage {
  const count = (status: Escalation['status']) =>
    items.filter((item) => item.status === status).length;
  return {
    items,
    total: items.length,
    page: 1,
    pageSize: 25,
    counts: { open: count('open'), in_progress: count('in_progress'), resolved: count('resolved') },
    ...overrides,
  };
}
