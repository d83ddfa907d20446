import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionsFrom, CONTENT_STATUSES } from '../content';
import { UI_LANGUAGES } from '../languages';
import { MESSAGE_CATALOGUE, PLURAL_CATEGORIES, renderMessage } from './index';

const ROOT = __dirname;
const languages = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const namespacesOf = (language: string) =>
  readdirSync(join(ROOT, language))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''))
    .sort();
const load = (language: string, namespace: string): unknown =>
  JSON.parse(readFileSync(join(ROOT, language, `${namespace}.json`), 'utf8'));

/** Every sentence by its dotted key. */
function flatten(tree: unknown, prefix = ''): Map<string, string> {
  const sentences = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    if (typeof value === 'string') sentences.set(`${prefix}${key}`, value);
    else for (const entry of flatten(value, `${prefix}${key}.`)) sentences.set(...entry);
  }
  return sentences;
}

const PLURAL = new RegExp(`^(.*)_(${PLURAL_CATEGORIES.join('|')})$`);

/** Sentences grouped by key, a plural group under its base key with its categories. */
function groups(sentences: Map<string, string>) {
  const grouped = new Map<string, { categories: string[]; texts: string[] }>();
  for (const [key, text] of sentences) {
    const match = PLURAL.exec(key);
    const base = match ? match[1] : key;
    const group = grouped.get(base) ?? { categories: [], texts: [] };
    if (match) group.categories.push(match[2]);
    group.texts.push(text);
    grouped.set(base, group);
  }
  return grouped;
}

/** `{{param}}` and `$t(nested)` references a sentence makes, in any order. */
function placeholders(texts: string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const [token] of text.matchAll(/\{\{[^}]+\}\}|\$t\([^)]+\)/g)) {
      // A form for exactly one thing may say "one" instead of {{count}}.
      if (token !== '{{count}}') found.add(token);
    }
  }
  return [...found].sort();
}

describe('the message catalogue', () => {
  const english = namespacesOf('en');

  it('has a folder for every language the portal speaks', () => {
    expect([...languages].sort()).toEqual([...UI_LANGUAGES].sort());
  });

  it('registers every language folder', () => {
    expect(Object.keys(MESSAGE_CATALOGUE).sort()).toEqual([...languages].sort());
    for (const language of languages) {
      expect(Object.keys(MESSAGE_CATALOGUE[language as 'en']).sort()).toEqual(
        namespacesOf(language),
      );
    }
  });

  it('says every count as a number in the reader’s language ({{count, number}})', () => {
    for (const language of languages) {
      for (const namespace of namespacesOf(language)) {
        const text = JSON.stringify(MESSAGE_CATALOGUE[language as 'en'][namespace as 'errors']);
        expect({
          file: `${language}/${namespace}`,
          bareCount: /{{\s*count\s*}}/.test(text),
        }).toEqual({
          file: `${language}/${namespace}`,
          bareCount: false,
        });
      }
    }
  });

  describe.each(languages.filter((language) => language !== 'en'))('%s', (language) => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

    it('has every namespace English has, and no other', () => {
      expect(namespacesOf(language)).toEqual(english);
    });

    it.each(namespacesOf(language))(
      'has exactly the English keys in %s, plurals by its own rules',
      (ns) => {
        const source = groups(flatten(load('en', ns)));
        const translated = groups(flatten(load(language, ns)));
        expect([...translated.keys()].sort()).toEqual([...source.keys()].sort());
        for (const [key, group] of source) {
          const own = translated.get(key);
          if (!own) continue;
          const expected = group.categories.length ? [...categories].sort() : [];
          expect({ key, categories: own.categories.sort() }).toEqual({ key, categories: expected });
          expect({ key, placeholders: placeholders(own.texts) }).toEqual({
            key,
            placeholders: placeholders(group.texts),
          });
        }
      },
    );
  });
});

describe('renderMessage', () => {
  it('fills in the values a sentence needs, in the language asked for', () => {
    expect(renderMessage('en', 'errors:topics.notFound', { id: 'abc' })).toBe(
      'No topic with id abc.',
    );
    expect(renderMessage('nl', 'errors:topics.notFound', { id: 'abc' })).toBe(
      'Er is geen onderwerp met id abc.',
    );
  });

  it("picks the plural form by the language's rules", () => {
    expect(renderMessage('en', 'errors:import.problems', { count: 1 })).toMatch(
      /^The file has 1 problem;/,
    );
    expect(renderMessage('nl', 'errors:import.problems', { count: 3 })).toMatch(
      /^Het bestand bevat 3 problemen;/,
    );
  });

  it('names words passed as codes in the reader’s language', () => {
    const params = { kind: 'department', name: 'Sales (EMEA)' };
    expect(renderMessage('en', 'errors:groups.nameTaken', params)).toBe(
      'A department called "Sales (EMEA)" already exists.',
    );
    expect(renderMessage('nl', 'errors:groups.nameTaken', params)).toBe(
      'Er bestaat al een afdeling met de naam ‘Sales (EMEA)’.',
    );
  });

  it('lists words passed as codes as the reader’s language lists alternatives', () => {
    expect(renderMessage('en', 'errors:auth.needsRole', { roles: 'curator,admin' })).toBe(
      'This needs one of these roles: curator or admin.',
    );
    expect(renderMessage('nl', 'errors:auth.needsRole', { roles: 'admin' })).toBe(
      'Hiervoor heb je een van deze rollen nodig: beheerder.',
    );
  });

  it('says what can happen to an item next exactly as the workflow allows', () => {
    const words = MESSAGE_CATALOGUE.en.errors.words;
    for (const status of CONTENT_STATUSES) {
      const next = actionsFrom(status).map((action) => words.contentActionDone[action]);
      const said = words.contentNextSteps[status];
      expect({
        status,
        next: next.length ? `From here it can be: ${next.join(', ')}.` : said,
      }).toEqual({
        status,
        next: said,
      });
    }
  });

  it('never evaluates a value as a template', () => {
    expect(renderMessage('en', 'errors:topics.nameTaken', { name: '{{name}} $t(x)' })).toBe(
      'A topic called "{{name}} $t(x)" already exists.',
    );
  });

  it('says in English what a language has not translated', () => {
    expect(renderMessage('xx', 'errors:topics.notFound', { id: '1' })).toBe('No topic with id 1.');
  });
});
