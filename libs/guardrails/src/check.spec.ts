import { FINDING_KINDS, check, compileTerms, isBlocked, type Finding } from './index';

const TERMS = compileTerms([
  {
    term: 'Project Falcon',
    category: 'confidential',
    severity: 'block',
    note: 'Falcon is not announced yet: do not mention it',
  },
  { term: 'Rival Corp', category: 'competitor', severity: 'warn', note: 'Say "a competitor"' },
]);

const CLEAN_POSTS: [string, string][] = [
  [
    'en',
    'Proud of our team! 🎉 Our Q3 results are in: revenue up 12% to €1,234,567, and 2019-2026 ' +
      'was our best stretch yet. Read the analysis of how we assess class-leading assets in ' +
      'Scunthorpe and Penistone, from the cockpit to the cocktail bar. #Teamwork #Growth ' +
      'https://news.example.com/2026/11/22/results?ref=linkedin',
  ],
  [
    'nl',
    'Trots op ons team! Vanaf 22.11.2026 rijden we met een nieuwe fietsbel door Amsterdam. ' +
      'Bestelling ORD-2023-114578 is onderweg. Wie is er aan de beurt? #Duurzaam',
  ],
  ['sv', 'Nu är det slutspurt: vi firar med våra fans i Stockholm. Jag fick ett pris! #Teamet'],
  ['da', 'Slutrapporten er klar, og vi er stolte af holdet. Vi ses i København!'],
  ['de', 'Bitte lesen: dicke Bretter bohren wir gern. Herzlichen Glückwunsch, Peter!'],
  ['fr', 'Une idée folle, bourrée de talent: rejoignez-nous à Paris le 22/11/2026.'],
  ['el', 'Συγχαρητήρια στην ομάδα μας για τον γάμο της χρονιάς! Καλή επιτυχία σε όλους.'],
];

describe('check', () => {
  it.each(CLEAN_POSTS)('finds nothing in a clean business post (%s)', (language, text) => {
    expect(check(text, { network: 'linkedin', language, terms: TERMS })).toEqual([]);
    expect(check(text, { network: 'linkedin', terms: TERMS })).toEqual([]);
  });

  it('checks the languages the organisation uses, so Swedish "slut" needs Swedish among them', () => {
    const text = 'Slut på veckan';
    expect(check(text, { network: 'any', language: 'sv' })).toEqual([]);
    expect(check(text, { network: 'any', languages: ['en', 'sv'] })).toEqual([]);
    const english = check(text, { network: 'any', language: 'en', languages: ['en', 'de'] });
    expect(english.map((finding) => finding.match)).toEqual(['Slut']);
  });

  it('finds every kind of problem in one post, sorted by start then end', () => {
    const text =
      `Call +31 6 1234 5678 about #ProjectFalcon 🦅, sh*t, mail jan@example.com, rival corp ` +
      `pays to NL91 ABNA 0417 1643 00 with 4111 1111 1111 1111. ${'More words. '.repeat(20)}`;
    const findings = check(text, { network: 'x', language: 'en', terms: TERMS });
    expect(findings.map((finding) => [finding.kind, finding.match.slice(0, 22)])).toEqual([
      ['phone', '+31 6 1234 5678'],
      ['restricted_term', 'ProjectFalcon'],
      ['profanity', 'sh*t'],
      ['email', 'jan@example.com'],
      ['restricted_term', 'rival corp'],
      ['iban', 'NL91 ABNA 0417 1643 00'],
      ['payment_card', '4111 1111 1111 1111'],
      ['length', expect.any(String)],
    ]);
    const length = findings[findings.length - 1];
    // X weighs the eagle 2 and every other character here 1.
    expect(length).toMatchObject({ end: text.length, limit: 280, length: [...text].length + 1 });
    expect([...text.slice(0, length.start)]).toHaveLength(279);
    expect(new Set(findings.map((finding) => finding.kind))).toEqual(new Set(FINDING_KINDS));
    expect(isSorted(findings)).toBe(true);
    for (const finding of findings) {
      expect(text.slice(finding.start, finding.end)).toBe(finding.match);
    }
  });

  it('sorts findings that start at the same place by where they end', () => {
    const terms = compileTerms([
      { term: 'Falcon', category: 'taboo', severity: 'block', note: '' },
      { term: 'Falcon Shit', category: 'taboo', severity: 'warn', note: '' },
    ]);
    const findings = check('Falcon shit happens', { network: 'any', language: 'en', terms });
    expect(findings.map((finding) => [finding.kind, finding.start, finding.end])).toEqual([
      ['restricted_term', 0, 6],
      ['restricted_term', 0, 11],
      ['profanity', 7, 11],
    ]);
  });

  it('blocks only on a blocking finding', () => {
    const warn = check('Mail jan@example.com', { network: 'any' });
    expect(warn.map((finding) => finding.severity)).toEqual(['warn']);
    expect(isBlocked(warn)).toBe(false);
    expect(isBlocked(check('Oh f**k', { network: 'any' }))).toBe(true);
    expect(isBlocked([])).toBe(false);
  });

  it('copes with long and odd input', () => {
    const odd = [
      'a1'.repeat(100_000),
      `#${'aB'.repeat(50_000)}`,
      'a@'.repeat(50_000),
      '0 '.repeat(50_000),
    ];
    for (const text of odd) {
      const findings = check(text, { network: 'linkedin', terms: TERMS });
      expect(findings.map((finding) => finding.kind)).toEqual(['length']);
    }
  });

  it('works without terms, language or link', () => {
    expect(check('', { network: 'any' })).toEqual([]);
    expect(check('Project Falcon', { network: 'any', language: null })).toEqual([]);
  });
});

function isSorted(findings: readonly Finding[]): boolean {
  return findings.every(
    (finding, i) =>
      i === 0 ||
      findings[i - 1].start < finding.start ||
      (findings[i - 1].start === finding.start && findings[i - 1].end <= finding.end),
  );
}
