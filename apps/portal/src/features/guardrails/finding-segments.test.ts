import type { Finding } from '@chorus/guardrails';
import { segmentsOf } from './finding-segments';

function finding(start: number, end: number, overrides: Partial<Finding> = {}): Finding {
  return {
    kind: 'email',
    severity: 'warn',
    start,
    end,
    key: 'guardrails:email',
    params: {},
    match: '',
    ...overrides,
  };
}

const covered = (text: string, findings: Finding[]) =>
  segmentsOf(text, findings).map((segment) => [segment.text, segment.findings.length]);

describe('segmentsOf', () => {
  it('is the whole text when nothing was found', () => {
    expect(covered('All good', [])).toEqual([['All good', 0]]);
  });

  it('cuts the text around each finding', () => {
    expect(covered('Mail ada@example.com today', [finding(5, 20)])).toEqual([
      ['Mail ', 0],
      ['ada@example.com', 1],
      [' today', 0],
    ]);
  });

  it('keeps both findings where they overlap', () => {
    const term = finding(4, 10, { kind: 'restricted_term', severity: 'block' });
    const tail = finding(8, 14, { kind: 'length', severity: 'block' });
    expect(covered('Our Falcon is big', [term, tail])).toEqual([
      ['Our ', 0],
      ['Falc', 1],
      ['on', 2],
      [' is ', 1],
      ['big', 0],
    ]);
  });
});
