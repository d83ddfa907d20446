import { INPUT_LIMITS } from '@chorus/core';
import { z } from 'zod';
import { requiredText } from '../../../lib/forms';
import type { PolicyVersion } from '../api/policy-version-queries';
import type { PublishPolicyBody } from './use-publish-policy';

/** A new version as its form checks it: a title and a text, a change summary if any. */
export const policySchema = z.object({
  title: requiredText(INPUT_LIMITS.policyTitle, 'policyAdmin.problems.titleRequired'),
  body: requiredText(INPUT_LIMITS.policyBody, 'policyAdmin.problems.bodyRequired'),
  changeSummary: z.string().trim().max(INPUT_LIMITS.policyChangeSummary),
  requiresAcknowledgment: z.boolean(),
});

/** A new version as its form holds it. */
export type PolicyValues = z.input<typeof policySchema>;

/** A new version starts from the one in force, if any, and asks everyone to acknowledge it. */
export function policyValues(current: PolicyVersion | null): PolicyValues {
  return {
    title: current?.title ?? '',
    body: current?.body ?? '',
    changeSummary: '',
    requiresAcknowledgment: true,
  };
}

/** The first version always needs acknowledging, whatever the box says. */
export function publishBody(
  { changeSummary, ...version }: z.output<typeof policySchema>,
  first: boolean,
): PublishPolicyBody {
  return {
    ...version,
    ...(changeSummary === '' ? {} : { changeSummary }),
    requiresAcknowledgment: first || version.requiresAcknowledgment,
  };
}
