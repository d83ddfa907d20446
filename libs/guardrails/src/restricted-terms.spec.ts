import { renderMessage } from '@chorus/core';
import type { Finding, RestrictedTerm, Severity } from './findings';
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
    'The falconer came',
    'Two falcons',
    'superfalcon',
    'PROJECTFALCON in capitals is one word',
    'projectfalcon',
    'Falcon9',
    'mail falconer@example.com',
    'https://example.com/page#falconry',
  ])('does not find a term inside an ordinary word: %j', (text) => {
    expect(matches(text, BIRD)).toEqual([]);
  });

  it.each([
    ['#projectfalcon', 'falcon'],
    ['#PROJECTFALCON', 'FALCON'],
    ['#falconry', 'falcon'],
    ['#Falconry', 'Falcon'],
    ['#superfalcon2026', 'falcon'],
    ['@projectfalcon', 'falcon'],
    ['Thanks @TheFalconTeam!', 'Falcon'],
    ['(@falcon_hq)', 'falcon'],
  ])('finds a term anywhere in a hashtag or an @handle, whatever its case: %j', (text, match) => {
    expect(matches(text, BIRD)).toEqual([[match, 'Falcon', 'warn']]);
  });

  it.each([
    ['We love ProjectFalcon', 'Falcon'],
    ['FalconLaunch today', 'Falcon'],
    ['the AIFalcon team', 'Falcon'],
    ['myFalcon', 'Falcon'],
  ])('finds a term that is a part of a CamelCase word: %j', (text, match) => {
    expect(matches(text, BIRD)).toEqual([[match, 'Falcon', 'warn']]);
  });

  it('finds a term of several words written as one CamelCase word', () => {
    expect(matches('We love ProjectFalcon.', FALCON)).toEqual([
      ['ProjectFalcon', 'Project Falcon', 'block'],
    ]);
    expect(matches('MyProjectFalcon2027', [term('Project Falcon 2027')])).toEqual([
      ['ProjectFalcon2027', 'Project Falcon 2027', 'warn'],
    ]);
    expect(matches('Projectfalcon and PROJECTFALCON', FALCON)).toEqual([]);
    expect(matches('Facebook', [term('Face Book')])).toEqual([]);
  });

  it.each([
    ['soft hyphen', '\u00ad'],
    ['zero-width space', '\u200b'],
    ['zero-width non-joiner', '\u200c'],
    ['zero-width joiner', '\u200d'],
    ['word joiner', '\u2060'],
    ['byte order mark', '\ufeff'],
    ['left-to-right mark', '\u200e'],
    ['right-to-left override', '\u202e'],
    ['first strong isolate', '\u2068'],
    ['Hangul filler', '\u3164'],
    ['variation selector', '\ufe0f'],
    ['tag character', '\u{e0066}'],
  ])('is not fooled by a %s inside a term', (_name, invisible) => {
    const inside = `Fal${invisible}con`;
    expect(matches(`Our ${inside} flies`, BIRD)).toEqual([[inside, 'Falcon', 'warn']]);
    const joined = `Project${invisible}Falcon`;
    expect(matches(`Our ${joined} flies`, BIRD)).toEqual([['Falcon', 'Falcon', 'warn']]);
    expect(matches(`#project${invisible}falcon`, BIRD)).toEqual([['falcon', 'Falcon', 'warn']]);
    expect(matches(`Project${invisible} Falcon`, FALCON)).toEqual([
      [`Project${invisible} Falcon`, 'Project Falcon', 'block'],
    ]);
    expect(matches(`Falcon${invisible}ry`, BIRD)).toEqual([]);
  });

  it('reports a term in a hashtag once, with the span of its characters in the original', () => {
    const text = '🎉 #Pro\u00adject\u200bFal\u00adcon!';
    expect(matches(text, BIRD)).toEqual([['Fal\u00adcon', 'Falcon', 'warn']]);
    expect(matches(text, FALCON)).toEqual([
      ['Pro\u00adject\u200bFal\u00adcon', 'Project Falcon', 'block'],
    ]);
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
    expect(findings.map(said)).toEqual([
      {
        kind: 'restricted_term',
        severity: 'block',
        start: 0,
        end: 6,
        match: 'Falcon',
        message:
          '“Falcon” is a restricted term (confidential): Falcon is not announced yet: do not mention it',
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
        message: '“rival corp” is a restricted term (a competitor).',
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

/** The finding with its sentence said in English, as the API says it. */
function said({ key, params, ...finding }: Finding) {
  return { ...finding, message: renderMessage('en', key, params) };
}
