import type { PreferredLanguage } from '@chorus/core';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';
import { POLICY_QUERY_KEY } from '../api/policy-queries';

export type PolicyTranslationBody = Schemas['PolicyTranslationDto'];

/** Adds or corrects a version's text in a language other than its main one. */
export function useSaveTranslation(version: number) {
  return useMutation({
    mutationFn: ({ language, ...body }: PolicyTranslationBody & { language: PreferredLanguage }) =>
      unwrap(
        api.PUT('/api/policy/versions/{version}/texts/{language}', {
          params: { path: { version, language } },
          body,
        }),
      ),
    // The version's languages, and the text readers in that language get.
    meta: { invalidates: [POLICY_QUERY_KEY] },
  });
}
