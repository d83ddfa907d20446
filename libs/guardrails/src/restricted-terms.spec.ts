import type { RestrictedTerm, Severity } from './findings';
import { check, compileTerms } from './index';

function term(text: string, severity: Severity = 'warn', note = ''): RestrictedTerm {
  return { term: text, category: 'confidential', severity, note };
}

function matches(text: string, terms: readonly RestrictedTerm[]) {
  return check(text, { network: 'linkedin', language: 'en', terms: compileTerms(terms) })
    .filter((finding) => finding.kind === 'restricted_term')
    .map((finding) => {
      expect(text.slice(finding.start, finding.end)).toBe(finding.match);
      return [finding.match, finding.term, finding.severity];
    });
}

const FALCON = [term('Project Falcon', 'block')];
const BIRD = [term('Falcon')];

describe('restricted terms', () => {
  it.each([
    ['We love Project Falcon.', 'Project Falcon'],
    ['PROJECT FALCON ships', 'PROJECT FALCON'],
    ['see project-falcon', 'project-falcon'],
    ['see Project  Falcon', 'Project  Falcon'],
    ['see project_falcon', 'project_falcon'],
    ['see Project\nFalcon', 'Project\nFalcon'],
    ['see Project \u2014 Falcon', 'Project \u2014 Falcon'],
    ['Proud of #ProjectFalcon!', 'ProjectFalcon'],
    ['Proud of #projectfalcon!', 'projectfalcon'],
    ['Proud of #Project_Falcon!', 'Project_Falcon'],
    ['(Project Falcon)', 'Project Falcon'],
  ])('finds a multiword term in %j', (text, match) => {
    expect(matches(text, FALCON)).toEqual([[match, 'Project Falcon', 'block']]);
  });

  it.each([
    ['Falcon', 'Falcon'],
    ["Falcon's wings", 'Falcon'],
    ['#ProjectFalcon', 'Falcon'],
    ['#FalconLaunch', 'Falcon'],
    ['#AIFalcon', 'Falcon'],
    ['#Falcon2026', 'Falcon'],
    ['#launch_falcon', 'falcon'],
    ['🦅👨‍👩‍👧 Our Falcon', 'Falcon'],
    ['Ｆａｌｃｏｎ', 'Ｆａｌｃｏｎ'],
  ])('finds a whole word or hashtag segment in %j', (text, match) => {
    expect(matches(text, BIRD)).toEqual([[match, 'Falcon', 'warn']]);
  });

  it.each([
    'Falconry is an old art',
    'Two falcons',
    '#falconry',
    '#projectfalcon',
    '#Falconry',
    'superfalcon',
    'Falcon9',
    'https://example.com/page#falconry',
  ])('does not find a term inside another word: %j', (text) => {
    expect(matches(text, BIRD)).toEqual([]);
  });

  it('keeps exact spans after emoji and astral characters', () => {
    const text = '🎉🎉 𝒳 Falcon 👍 falcon';
    const findings = check(text, { network: 'any', terms: compileTerms(BIRD) });
    expect(findings.map((finding) => [finding.start, finding.end])).toEqual([
      [text.indexOf('Falcon'), text.indexOf('Falcon') + 6],
      [text.lastIndexOf('falcon'), text.lastIndexOf('falcon') + 6],
    ]);
  });

  it.each([
    ['Coffee at Café Noir', 'Café Noir'],
    ['Coffee at cafe noir', 'cafe noir'],
    ['Coffee at CAFE-NOIR', 'CAFE-NOIR'],
    ['Coffee at Cafe\u0301 Noir', 'Cafe\u0301 Noir'],
    ['#CaféNoir', 'CaféNoir'],
  ])('ignores case and diacritics: %j', (text, match) => {
    expect(matches(text, [term('Café Noir')])).toEqual([[match, 'Café Noir', 'warn']]);
    expect(matches(text, [term('cafe noir')])).toEqual([[match, 'cafe noir', 'warn']]);
  });

  it('checks word boundaries only on the sides of a term that are letters or digits', () => {
    const terms = [term('C++'), term('.NET')];
    expect(matches('We code C++ and ASP.NET daily', terms)).toEqual([
      ['C++', 'C++', 'warn'],
      ['.NET', '.NET', 'warn'],
    ]);
    expect(matches('ABC++ and .NETwork', terms)).toEqual([]);
  });

  it('reports both of two terms that overlap', () => {
    const terms = [term('Project Falcon'), term('Falcon Launch', 'block')];
    expect(matches('The Project Falcon Launch', terms)).toEqual([
      ['Project Falcon', 'Project Falcon', 'warn'],
      ['Falcon Launch', 'Falcon Launch', 'block'],
    ]);
  });

  it('reports only the longest term at a place, unless a shorter one inside it blocks', () => {
    expect(matches('Project Falcon', [term('Project Falcon', 'block'), term('Falcon')])).toEqual([
      ['Project Falcon', 'Project Falcon', 'block'],
    ]);
    expect(matches('Project Falcon', [term('Project Falcon'), term('Falcon', 'block')])).toEqual([
      ['Project Falcon', 'Project Falcon', 'warn'],
      ['Falcon', 'Falcon', 'block'],
    ]);
  });

  it('reports the blocking one of two terms with the same key, once', () => {
    expect(matches('Falcon', [term('Falcon'), term('FALCON', 'block')])).toEqual([
      ['Falcon', 'FALCON', 'block'],
    ]);
    expect(matches('Falcon', [term('FALCON', 'block'), term('falcon', 'block')])).toEqual([
      ['Falcon', 'FALCON', 'block'],
    ]);
  });

  it('explains the finding with the category and the note', () => {
    const terms: RestrictedTerm[] = [
      {
        term: 'Falcon',
        category: 'confidential',
        severity: 'block',
        note: 'Falcon is not announced yet: do not mention it',
      },
      { term: 'Rival Corp', category: 'competitor', severity: 'warn', note: '' },
    ];
    const findings = check('Falcon beats rival corp', {
      network: 'any',
      terms: compileTerms(terms),
    });
    expect(findings).toEqual([
      {
        kind: 'restricted_term',
        severity: 'block',
        start: 0,
        end: 6,
        match: 'Falcon',
        message:
          '"Falcon" is a restricted term (confidential): Falcon is not announced yet: do not mention it',
        term: 'Falcon',
        category: 'confidential',
        note: 'Falcon is not announced yet: do not mention it',
      },
      {
        kind: 'restricted_term',
        severity: 'warn',
        start: 13,
        end: 23,
        match: 'rival corp',
        message: '"rival corp" is a restricted term (competitor)',
        term: 'Rival Corp',
        category: 'competitor',
        note: '',
      },
    ]);
  });

  it('counts the terms that can match and ignores those that fold to nothing', () => {
    expect(compileTerms([term('Falcon'), term(' -- '), term('Eagle')]).size).toBe(2);
    expect(compileTerms([]).size).toBe(0);
    expect(matches('Falcon', [])).toEqual([]);
  });

  it('refuses terms that were not compiled', () => {
    expect(() => check('Falcon', { network: 'any', terms: { size: 1 } })).toThrow(TypeError);
  });
});
