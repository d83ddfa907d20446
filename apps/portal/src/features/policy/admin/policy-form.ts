import { INPUT_LIMITS } from '@chorus/core';
import type { PolicyVersion } from '../api/policy-version-queries';
import type { PublishPolicyBody } from './use-publish-policy';

/** A new version as its form holds it. */
export interface PolicyValues {
  title: string;
  body: string;
  changeSummary: string;
  requiresAcknowledgment: boolean;
}

export const MAX_TITLE_LENGTH = INPUT_LIMITS.policyTitle;
export const MAX_BODY_LENGTH = INPUT_LIMITS.policyBody;
export const MAX_CHANGE_SUMMARY_LENGTH = INPUT_LIMITS.policyChangeSummary;

/** A new version starts from the one in force, if any, and asks everyone to acknowledge it. */
export function policyValues(current: PolicyVersion | null): PolicyValues {
  return {
    title: current?.title ?? '',
    body: current?.body ?? '',
    changeSummary: '',
    requiresAcknowledgment: true,
  };
}

export type PolicyProblem = 'titleRequired' | 'bodyRequired';

export function policyProblems(
  values: PolicyValues,
): Partial<Record<'title' | 'body', PolicyProblem>> {
  const problems: Partial<Record<'title' | 'body', PolicyProblem>> = {};
  if (values.title.trim() === '') problems.title = 'titleRequired';
  if (values.body.trim() === '') problems.body = 'bodyRequired';
  return problems;
}

/** The first version always needs acknowledging, whatever the box says. */
export function publishBody(values: PolicyValues, first: boolean): PublishPolicyBody {
  const changeSummary = values.changeSummary.trim();
  return {
    title: values.title.trim(),
    body: values.body.trim(),
    ...(changeSummary === '' ? {} : { changeSummary }),
    requiresAcknowledgment: first || values.requiresAcknowledgment,
  };
}
