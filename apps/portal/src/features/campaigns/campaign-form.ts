import { CAMPAIGN_SLUG_PATTERN } from '@chorus/core';
import type { Campaign } from './api/campaign-queries';
import type { CreateCampaignBody } from './use-create-campaign';
import type { UpdateCampaignBody } from './use-update-campaign';

/** A campaign as its form holds it; dates are `YYYY-MM-DD` (midnight UTC at the API). */
export interface CampaignValues {
  name: string;
  slug: string;
  description: string;
  startsAt: string;
  endsAt: string;
}

export const SLUG_PATTERN = CAMPAIGN_SLUG_PATTERN;

/** The day of an API moment, as the API reads a date alone: in UTC. */
export const dayOf = (iso: string | null) => (iso ? iso.slice(0, 10) : '');

export function campaignValues(campaign: Campaign | null): CampaignValues {
  return {
    name: campaign?.name ?? '',
    slug: campaign?.slug ?? '',
    description: campaign?.description ?? '',
    startsAt: dayOf(campaign?.startsAt ?? null),
    endsAt: dayOf(campaign?.endsAt ?? null),
  };
}

export type CampaignProblem = 'nameRequired' | 'slugInvalid' | 'slugRequired' | 'endsBeforeStart';

/** What keeps the form from being sent, field by field. */
export function campaignProblems(
  values: CampaignValues,
  editing: boolean,
): Partial<Record<keyof CampaignValues, CampaignProblem>> {
  const problems: Partial<Record<keyof CampaignValues, CampaignProblem>> = {};
  if (values.name.trim() === '') problems.name = 'nameRequired';
  const slug = values.slug.trim();
  // A new campaign's slug is made from its name when left empty; an existing one keeps one.
  if (slug === '' && editing) problems.slug = 'slugRequired';
  else if (slug !== '' && !SLUG_PATTERN.test(slug)) problems.slug = 'slugInvalid';
  if (values.startsAt && values.endsAt && values.endsAt <= values.startsAt) {
    problems.endsAt = 'endsBeforeStart';
  }
  return problems;
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function createBody(values: CampaignValues): CreateCampaignBody {
  return {
    name: values.name.trim(),
    ...(values.slug.trim() === '' ? {} : { slug: values.slug.trim() }),
    description: orNull(values.description),
    startsAt: orNull(values.startsAt),
    endsAt: orNull(values.endsAt),
  };
}

/** Only what differs from the campaign as loaded. */
export function updateBody(campaign: Campaign, values: CampaignValues): UpdateCampaignBody {
  const was = campaignValues(campaign);
  const body: UpdateCampaignBody = {};
  if (values.name.trim() !== was.name) body.name = values.name.trim();
  if (values.slug.trim() !== was.slug) body.slug = values.slug.trim();
  if (orNull(values.description) !== orNull(was.description)) {
    body.description = orNull(values.description);
  }
  if (values.startsAt !== was.startsAt) body.startsAt = orNull(values.startsAt);
  if (values.endsAt !== was.endsAt) body.endsAt = orNull(values.endsAt);
  return body;
}
