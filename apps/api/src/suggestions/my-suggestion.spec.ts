import type { SourceEntry } from '../sources/entities/source-entry.entity';
import { mySuggestion } from './my-suggestion';

const entry = (fields: Partial<SourceEntry>) =>
  ({ id: 'e1', state: 'new', itemId: null, ...fields }) as SourceEntry;
const approvedAt = new Date('2026-12-01T10:00:00Z');

describe('where a suggestion stands for its suggester', () => {
  it('waits in the inbox while new', () => {
    expect(mySuggestion(entry({}), null)).toMatchObject({ state: 'waiting', approvedAt: null });
  });

  it('is in preparation once made an item, until that item is approved', () => {
    const promoted = entry({ state: 'promoted', itemId: 'i1' });
    expect(mySuggestion(promoted, null).state).toBe('in_preparation');
    expect(mySuggestion(promoted, approvedAt)).toMatchObject({ state: 'approved', approvedAt });
  });

  it('is declined once dismissed, whatever became of the page since', () => {
    expect(mySuggestion(entry({ state: 'dismissed' }), approvedAt)).toMatchObject({
      state: 'declined',
      approvedAt: null,
    });
  });
});
