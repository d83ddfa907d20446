import { schemaResolver } from '@mantine/form';
import { makeContentItem } from '../../../test/factories';
import { changesFrom, itemSchema, rebase, valuesOf, type ItemValues } from './item-schema';
import { fromLocalInput, toLocalInput } from './local-date-time';

/** Why the schedule cannot be saved, or null, as the schema words it. */
const scheduleProblem = (values: ItemValues) =>
  schemaResolver(itemSchema, { sync: true })(values).expiresAt ?? null;

describe('the item form', () => {
  it('sends nothing when nothing changed', () => {
    const item = makeContentItem({ title: 'Title', publishAt: '2026-05-01T07:30:45.000Z' });
    expect(changesFrom(item, valuesOf(item))).toEqual({});
  });

  it('sends emptied text as null, trimmed text as typed, and lists in any order as unchanged', () => {
    const item = makeContentItem({
      title: 'Title',
      summary: 'Summary',
      topics: [
        { id: 'a', name: 'A', names: {} },
        { id: 'b', name: 'B', names: {} },
      ],
    });
    const values = { ...valuesOf(item), title: '  New  ', summary: ' ', topicIds: ['b', 'a'] };
    expect(changesFrom(item, values)).toEqual({ title: 'New', summary: null });
  });

  it('follows the item where the curator has not typed', () => {
    const before = valuesOf(makeContentItem({ title: null, summary: null }));
    const after = { ...before, title: 'Read title', summary: 'Read summary' };
    const typing = { ...before, title: 'Typed title' };
    expect(rebase(typing, before, after)).toMatchObject({
      title: 'Typed title',
      summary: 'Read summary',
    });
  });

  it('wants the expiry after the publish time', () => {
    const values = valuesOf(makeContentItem());
    expect(scheduleProblem({ ...values, publishAt: '2026-05-01T09:00' })).toBeNull();
    expect(
      scheduleProblem({ ...values, publishAt: '2026-05-01T09:00', expiresAt: '2026-05-01T09:00' }),
    ).toBe('contentItem.schedule.expiresBeforePublish');
  });
});

describe('datetime-local values', () => {
  it('round-trip through the API moment in the local time zone', () => {
    const iso = fromLocalInput('2026-05-01T09:30');
    expect(iso).toBe(new Date(2026, 4, 1, 9, 30).toISOString());
    expect(toLocalInput(iso)).toBe('2026-05-01T09:30');
  });

  it('are empty for no moment, and no moment when empty', () => {
    expect(toLocalInput(null)).toBe('');
    expect(fromLocalInput('')).toBeNull();
  });
});
