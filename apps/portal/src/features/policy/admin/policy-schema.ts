import { INPUT_LIMITS, PREFERRED_LANGUAGES, type PreferredLanguage } from '@chorus/core';
import { z } from 'zod';
import { requiredText, text } from '../../../lib/forms';
import type { PolicyVersion } from '../api/policy-version-queries';
import type { PublishPolicyBody } from './use-publish-policy';

/** A version's text in one language, as its form checks it. */
export const policyTextSchema = z.object({
  title: requiredText(INPUT_LIMITS.policyTitle, 'policyAdmin.problems.titleRequired'),
  body: requiredText(INPUT_LIMITS.policyBody, 'policyAdmin.problems.bodyRequired'),
  changeSummary: text(INPUT_LIMITS.policyChangeSummary),
});

const languageText = policyTextSchema.extend({ language: z.enum(PREFERRED_LANGUAGES) });

/**
 * A new version as its form checks it: one or more texts, one per language, a title and a text
 * each (a change summary if any), and the main language among them.
 */
export const policySchema = z
  .object({
    mainLanguage: z.enum(PREFERRED_LANGUAGES),
    texts: z.array(languageText).min(1),
    requiresAcknowledgment: z.boolean(),
  })
  .superRefine(({ texts }, context) => {
    const seen = new Set<string>();
    texts.forEach(({ language }, index) => {
      if (seen.has(language)) {
        context.addIssue({
          code: 'custom',
          path: ['texts', index, 'language'],
          message: 'policyAdmin.problems.languageTwice',
        });
      }
      seen.add(language);
    });
  });

/** A new version as its form holds it. */
export type PolicyValues = z.input<typeof policySchema>;
export type PolicyTextValues = PolicyValues['texts'][number];

/** An empty text in `language`, to write. */
export const emptyText = (language: PreferredLanguage): PolicyTextValues => ({
  language,
  title: '',
  body: '',
  changeSummary: '',
});

/**
 * A new version starts from the texts of the one in force, if any, its main language's first (the
 * first version from an empty text in `language`), and asks everyone to acknowledge it.
 */
export function policyValues(
  current: readonly PolicyVersion[],
  language: PreferredLanguage,
): PolicyValues {
  const mainLanguage = current[0]?.mainLanguage ?? language;
  const texts = current
    .filter((text) => !text.fellBack)
    .sort((a, b) => Number(b.language === mainLanguage) - Number(a.language === mainLanguage))
    .map((text) => ({
      language: text.language,
      title: text.title,
      body: text.body,
      changeSummary: '',
    }));
  return {
    mainLanguage,
    texts: texts.length > 0 ? texts : [emptyText(mainLanguage)],
    requiresAcknowledgment: true,
  };
}

/** The first version always needs acknowledging, whatever the box says. */
export function publishBody(
  { texts, ...version }: z.output<typeof policySchema>,
  first: boolean,
): PublishPolicyBody {
  return {
    ...version,
    texts: texts.map(({ changeSummary, ...text }) => ({
      ...text,
      ...(changeSummary === '' ? {} : { changeSummary }),
    })),
    requiresAcknowledgment: first || version.requiresAcknowledgment,
  };
}
