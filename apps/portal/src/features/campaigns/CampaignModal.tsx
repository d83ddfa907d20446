import { CAMPAIGN_SLUG_PATTERN, INPUT_LIMITS } from '@chorus/core';
import { SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormModal } from '../../components/FormModal';
import { changedValues, optionalText, requiredText, useSchemaForm } from '../../lib/forms';
import type { Campaign } from './api/campaign-queries';
import { useCreateCampaign } from './use-create-campaign';
import { useUpdateCampaign } from './use-update-campaign';

const slugInvalid = { error: 'campaigns.problems.slugInvalid' } as const;

/** A day as the form holds it (`YYYY-MM-DD`, midnight UTC at the API); null when left empty. */
const day = z
  .string()
  .trim()
  .transform((value) => (value === '' ? null : value));

function campaignSchema(slug: z.ZodType<string, string>) {
  return z
    .object({
      name: requiredText(INPUT_LIMITS.campaignName, 'campaigns.problems.nameRequired'),
      slug,
      description: optionalText(INPUT_LIMITS.campaignDescription),
      startsAt: day,
      endsAt: day,
    })
    .refine(({ startsAt, endsAt }) => startsAt === null || endsAt === null || endsAt > startsAt, {
      path: ['endsAt'],
      error: 'campaigns.problems.endsBeforeStart',
    });
}

/** A new campaign's slug is made from its name when left empty. */
const newCampaignSchema = campaignSchema(
  z
    .string()
    .trim()
    .max(INPUT_LIMITS.campaignSlug, { error: 'forms.tooLong' })
    .refine((slug) => slug === '' || CAMPAIGN_SLUG_PATTERN.test(slug), slugInvalid),
);

/** An existing campaign keeps a slug. */
const campaignEditSchema = campaignSchema(
  requiredText(INPUT_LIMITS.campaignSlug, 'campaigns.problems.slugRequired').regex(
    CAMPAIGN_SLUG_PATTERN,
    slugInvalid,
  ),
);

type CampaignValues = z.output<typeof newCampaignSchema>;

/** The day of an API moment, as the API reads a date alone: in UTC. */
const dayOf = (iso: string | null) => (iso ? iso.slice(0, 10) : '');

interface CampaignModalProps {
  /** The campaign to edit; null for a new one. */
  campaign: Campaign | null;
  onClose: () => void;
}

export function CampaignModal({ campaign, onClose }: CampaignModalProps) {
  const { t } = useTranslation();
  const create = useCreateCampaign();
  const update = useUpdateCampaign();
  const form = useSchemaForm(
    campaign ? campaignEditSchema : newCampaignSchema,
    {
      name: campaign?.name ?? '',
      slug: campaign?.slug ?? '',
      description: campaign?.description ?? '',
      startsAt: dayOf(campaign?.startsAt ?? null),
      endsAt: dayOf(campaign?.endsAt ?? null),
    },
    // A range that ends before it starts shows at once; the other problems once it is sent.
    { liveFields: ['endsAt'] },
  );

  const save = async (values: CampaignValues) => {
    let saved: Campaign;
    if (campaign) {
      // Only what differs from the campaign as loaded.
      const body = changedValues(
        {
          name: campaign.name,
          slug: campaign.slug,
          description: campaign.description?.trim() || null,
          startsAt: dayOf(campaign.startsAt) || null,
          endsAt: dayOf(campaign.endsAt) || null,
        },
        values,
      );
      if (Object.keys(body).length === 0) return;
      saved = await update.mutateAsync({ id: campaign.id, body });
    } else {
      const { slug, ...rest } = values;
      saved = await create.mutateAsync(slug === '' ? rest : values);
    }
    notifications.show({
      color: 'green',
      message: t(campaign ? 'campaigns.saved' : 'campaigns.added', {
        name: saved.name,
        slug: saved.slug,
      }),
    });
  };

  return (
    <FormModal
      form={form}
      size="lg"
      title={campaign ? t('campaigns.editTitle', { name: campaign.name }) : t('campaigns.new')}
      errorTitle={t('campaigns.saveFailed')}
      onSubmit={save}
      onClose={onClose}
    >
      <TextInput
        label={t('campaigns.fields.name')}
        {...form.getInputProps('name')}
        maxLength={INPUT_LIMITS.campaignName}
        required
        withAsterisk
        data-autofocus
      />
      <TextInput
        label={t('campaigns.fields.slug')}
        description={t(campaign ? 'campaigns.fields.slugEditHint' : 'campaigns.fields.slugHint')}
        {...form.getInputProps('slug')}
        maxLength={INPUT_LIMITS.campaignSlug}
      />
      <Textarea
        label={t('campaigns.fields.description')}
        {...form.getInputProps('description')}
        maxLength={INPUT_LIMITS.campaignDescription}
        rows={2}
        resize="vertical"
      />
      <SimpleGrid cols={2}>
        <TextInput
          type="date"
          label={t('campaigns.fields.startsAt')}
          {...form.getInputProps('startsAt')}
          max={form.values.endsAt || undefined}
        />
        <TextInput
          type="date"
          label={t('campaigns.fields.endsAt')}
          {...form.getInputProps('endsAt')}
          min={form.values.startsAt || undefined}
        />
      </SimpleGrid>
    </FormModal>
  );
}
