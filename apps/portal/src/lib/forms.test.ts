import { z } from 'zod';
import { createI18n } from '../i18n';
import { changedValues, optionalText, requiredText, schemaProblems } from './forms';

describe('form schemas', () => {
  const schema = z.object({
    name: requiredText(5, 'topics.nameRequired'),
    note: optionalText(5),
  });

  it('trims text and turns an empty optional field into null', () => {
    expect(schema.parse({ name: '  Sales ', note: '   ' })).toEqual({ name: 'Sales', note: null });
  });

  it('names the problem of each field by its i18n key', () => {
    const result = schema.safeParse({ name: ' ', note: 'far too long' });

    expect(result.error?.issues.map(({ path, message }) => [path.join('.'), message])).toEqual([
      ['name', 'topics.nameRequired'],
      ['note', 'forms.tooLong'],
    ]);
  });

  it("puts the rule's figures in the words: the longest a field may be, a refinement's own", () => {
    const { t } = createI18n('en');
    const dates = z
      .object({ note: optionalText(5), days: z.number() })
      .refine(({ days }) => days <= 30, {
        path: ['days'],
        error: 'settings.analytics.retention.invalid',
        params: { min: 1, max: 30 },
      });

    const problems = schemaProblems(dates, { note: 'far too long', days: 40 }, t);

    expect(problems.note).toMatch(/\b5\b/);
    expect(problems.days).toMatch(/\b1\b.*\b30\b/);
  });

  it('measures the limit after trimming', () => {
    expect(schema.safeParse({ name: '  Sales  ', note: '' }).success).toBe(true);
    expect(schema.safeParse({ name: 'Salesx', note: '' }).success).toBe(false);
  });
});

describe('changed values', () => {
  it('keeps only what differs, lists and nested values compared by content', () => {
    const before = {
      title: 'Intro',
      options: ['a', 'b'],
      when: { day: 1 },
      note: null as string | null,
    };
    const after = { title: 'Intro', options: ['a', 'b'], when: { day: 2 }, note: 'x' };

    expect(changedValues(before, after)).toEqual({ when: { day: 2 }, note: 'x' });
  });

  it('sees a reordered list as a change', () => {
    expect(changedValues({ options: ['a', 'b'] }, { options: ['b', 'a'] })).toEqual({
      options: ['b', 'a'],
    });
  });
});
