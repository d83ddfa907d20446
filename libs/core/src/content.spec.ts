import {
  actionsFrom,
  CONTENT_ACTIONS,
  CONTENT_STATUSES,
  isLive,
  nextStatus,
  publicationOf,
} from './content';

describe('the content workflow', () => {
  it.each([
    ['draft', 'submit', 'in_review'],
    ['in_review', 'approve', 'approved'],
    ['in_review', 'reject', 'draft'],
    ['draft', 'archive', 'archived'],
    ['in_review', 'archive', 'archived'],
    ['approved', 'archive', 'archived'],
  ] as const)('goes from %s by %s to %s', (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });

  it('has no other steps', () => {
    const legal = new Set([
      'draft submit',
      'in_review approve',
      'in_review reject',
      'draft archive',
      'in_review archive',
      'approved archive',
    ]);
    for (const status of CONTENT_STATUSES) {
      for (const action of CONTENT_ACTIONS) {
        expect({ step: `${status} ${action}`, legal: nextStatus(status, action) !== null }).toEqual(
          {
            step: `${status} ${action}`,
            legal: legal.has(`${status} ${action}`),
          },
        );
      }
    }
  });

  it('lists the actions open from each status', () => {
    expect(actionsFrom('draft')).toEqual(['submit', 'archive']);
    expect(actionsFrom('in_review')).toEqual(['approve', 'reject', 'archive']);
    expect(actionsFrom('approved')).toEqual(['archive']);
    expect(actionsFrom('archived')).toEqual([]);
  });
});

describe('isLive', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  const at = (iso: string) => new Date(iso);

  it('is live when approved and inside the window, publishAt inclusive and expiresAt exclusive', () => {
    expect(isLive({ status: 'approved', publishAt: null, expiresAt: null }, now)).toBe(true);
    expect(isLive({ status: 'approved', publishAt: now, expiresAt: null }, now)).toBe(true);
    expect(isLive({ status: 'approved', publishAt: null, expiresAt: now }, now)).toBe(false);
    expect(
      isLive({ status: 'approved', publishAt: at('2026-11-22T12:00:01Z'), expiresAt: null }, now),
    ).toBe(false);
  });

  it('is never live unless approved', () => {
    expect(isLive({ status: 'in_review', publishAt: null, expiresAt: null }, now)).toBe(false);
    expect(isLive({ status: 'archived', publishAt: null, expiresAt: null }, now)).toBe(false);
  });
});

describe('publicationOf', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  const approved = (publishAt: string | null, expiresAt: string | null) => ({
    status: 'approved' as const,
    publishAt: publishAt ? new Date(publishAt) : null,
    expiresAt: expiresAt ? new Date(expiresAt) : null,
  });

  it('tells a scheduled, a live and an expired approved item apart', () => {
    expect(publicationOf(approved('2026-11-22T12:00:01Z', null), now)).toBe('scheduled');
    expect(publicationOf(approved('2026-11-22T12:00:00Z', null), now)).toBe('live');
    expect(publicationOf(approved(null, '2026-11-22T12:00:01Z'), now)).toBe('live');
    expect(publicationOf(approved(null, '2026-11-22T12:00:00Z'), now)).toBe('expired');
  });

  it('says nothing of an item that is not approved', () => {
    for (const status of ['draft', 'in_review', 'archived'] as const) {
      expect(publicationOf({ status, publishAt: null, expiresAt: null }, now)).toBeNull();
    }
  });
});
