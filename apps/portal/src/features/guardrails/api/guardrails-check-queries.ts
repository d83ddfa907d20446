import { keepPreviousData, skipToken, queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';

export type CheckPostBody = Schemas['CheckPostDto'];
export type CheckResult = Schemas['CheckResultDto'];

export const GUARDRAILS_CHECK_QUERY_KEY = ['guardrails', 'check'] as const;

export const guardrailsCheckQueryKey = (body: CheckPostBody | null) =>
  [...GUARDRAILS_CHECK_QUERY_KEY, body] as const;

/**
 * The server's check of a post, which alone knows the company's restricted terms; null checks
 * nothing. While another post is being checked, the previous answer stays as placeholder.
 */
export const guardrailsCheckQuery = (body: CheckPostBody | null) =>
  queryOptions({
    queryKey: guardrailsCheckQueryKey(body),
    queryFn: body ? () => unwrap(api.POST('/api/guardrails/check', { body })) : skipToken,
    placeholderData: keepPreviousData,
    // The terms change rarely: the same text need not be checked again while it is typed.
    staleTime: 60_000,
  });

export const GUARDRAIL_LANGUAGES_QUERY_KEY = ['guardrails', 'languages'] as const;

/**
 * The languages the organisation uses, whose profanity every post is checked for: the browser
 * passes them to its own check, so that it finds what the server finds.
 */
export const guardrailLanguagesQuery = () =>
  queryOptions({
    queryKey: GUARDRAIL_LANGUAGES_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/guardrails/languages')),
    // They change when people join or content in a new language goes live: rarely.
    staleTime: 5 * 60_000,
  });
