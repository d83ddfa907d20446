import { readFileSync } from 'node:fs';
import path from 'node:path';
import { check } from './index';
import { PROFANITY_LANGUAGES } from './profanity-lists';

/**
 * The corpora written for Chorus (libs/guardrails/corpus): per language, profane and ordinary
 * workplace posts. Each is checked with all eight languages enabled and marked as each of them,
 * as an organisation using all eight would check it, whatever language its writer picked.
 */
interface Corpus {
  language: string;
  profane: string[];
  ordinary: string[];
}

const corpus = (language: string): Corpus =>
  JSON.parse(
    readFileSync(path.join(__dirname, '..', 'corpus', `${language}.json`), 'utf8'),
  ) as Corpus;

/** The targets of issue 15: recall per language, false blocks per ordinary post checked. */
const MIN_RECALL = 0.95;
const MAX_FALSE_BLOCKS_PER_POST = 1 / 10_000;

const profanityIn = (text: string, marked: string) =>
  check(text, { network: 'any', language: marked, languages: PROFANITY_LANGUAGES }).filter(
    (finding) => finding.kind === 'profanity',
  );

describe.each(PROFANITY_LANGUAGES)('the %s corpus', (language) => {
  const { profane, ordinary, language: declared } = corpus(language);

  it('has at least 40 profane and 200 ordinary posts, none twice', () => {
    expect(declared).toBe(language);
    expect(profane.length).toBeGreaterThanOrEqual(40);
    expect(ordinary.length).toBeGreaterThanOrEqual(200);
    expect(new Set([...profane, ...ordinary]).size).toBe(profane.length + ordinary.length);
  });

  it(`finds the profanity in at least ${MIN_RECALL * 100}% of its profane posts, however marked`, () => {
    const missed = PROFANITY_LANGUAGES.flatMap((marked) =>
      profane
        .filter((text) => profanityIn(text, marked).length === 0)
        .map((text) => `${marked}: ${text}`),
    );
    const recall = 1 - missed.length / (profane.length * PROFANITY_LANGUAGES.length);
    expect({ recall: recall >= MIN_RECALL, missed }).toEqual({
      recall: true,
      missed: expect.any(Array),
    });
  });

  it('blocks none of its ordinary posts, however marked', () => {
    const blocked = PROFANITY_LANGUAGES.flatMap((marked) =>
      ordinary.flatMap((text) =>
        profanityIn(text, marked).map(
          (finding) => `${marked}: ${finding.match} (${finding.language}) in ${text}`,
        ),
      ),
    );
    const allowed = Math.floor(
      ordinary.length * PROFANITY_LANGUAGES.length * MAX_FALSE_BLOCKS_PER_POST,
    );
    expect(blocked.length <= allowed ? [] : blocked).toEqual([]);
  });
});
