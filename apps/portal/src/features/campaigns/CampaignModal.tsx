import { INPUT_LIMITS } from '@chorus/core';
import { Alert, Button, Group, Modal, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import {
  campaignProblems,
  campaignValues,
  createBody,
  updateBody,
  type CampaignValues,
} from './campaign-form';
import type { Campaign } from './api/campaign-queries';
import { useCreateCampaign } from './use-create-campaign';
import { useUpdateCampaign } from './use-update-campaign';

interface CampaignModalProps {
  /** The campaign to edit; null for a new one. */
  campaign: Campaign | null;
  onClose: () => void;
}

export function CampaignModal({ campaign, onClose }: CampaignModalProps) {
  const { t } = useTranslation();
  const create = useCreateCampaign();
  const update = useUpdateCampaign();
  const save = campaign ? update : create;
  const [values, setValues] = useState(() => campaignValues(campaign));
  const [checked, setChecked] = useState(false);
  const set = (change: Partial<CampaignValues>) => setValues((now) => ({ ...now, ...change }));
  const problems = campaignProblems(values, campaign !== null);
  const shown = (field: keyof CampaignValues) => {
    const problem = problems[field];
    // The end's problem shows at once; the others once the form has been sent.
    return problem && (checked || field === 'endsAt') ? t(`campaigns.problems.${problem}`) : null;
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(problems).length > 0) return;
    const onSuccess = (saved: Campaign) => {
      notifications.show({
        color: 'green',
        message: t(campaign ? 'campaigns.saved' : 'campaigns.added', {
          name: saved.name,
          slug: saved.slug,
        }),
      });
      onClose();
    };
    if (!campaign) return create.mutate(createBody(values), { onSuccess });
    const body = updateBody(campaign, values);
    if (Object.keys(body).length === 0) return onClose();
    update.mutate({ id: campaign.id, body }, { onSuccess });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={campaign ? t('campaigns.editTitle', { name: campaign.name }) : t('campaigns.new')}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          {save.isError && (
            <Alert color="red" title={t('campaigns.saveFailed')}>
              {describeError(save.error, t)}
            </Alert>
          )}
          <TextInput
            label={t('campaigns.fields.name')}
            value={values.name}
            onChange={(event) => set({ name: event.currentTarget.value })}
            error={shown('name')}
            maxLength={INPUT_LIMITS.campaignName}
            required
            withAsterisk
            data-autofocus
          />
          <TextInput
            label={t('campaigns.fields.slug')}
            description={t(
              campaign ? 'campaigns.fields.slugEditHint' : 'campaigns.fields.slugHint',
            )}
            value={values.slug}
            onChange={(event) => set({ slug: event.currentTarget.value })}
            error={shown('slug')}
            maxLength={INPUT_LIMITS.campaignSlug}
          />
          <Textarea
            label={t('campaigns.fields.description')}
            value={values.description}
            onChange={(event) => set({ description: event.currentTarget.value })}
            maxLength={INPUT_LIMITS.campaignDescription}
            rows={2}
            resize="vertical"
          />
          <SimpleGrid cols={2}>
            <TextInput
              type="date"
              label={t('campaigns.fields.startsAt')}
              value={values.startsAt}
              max={values.endsAt || undefined}
              onChange={(event) => set({ startsAt: event.currentTarget.value })}
            />
            <TextInput
              type="date"
              label={t('campaigns.fields.endsAt')}
              value={values.endsAt}
              min={values.startsAt || undefined}
              onChange={(event) => set({ endsAt: event.currentTarget.value })}
              error={shown('endsAt')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('campaigns.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('campaigns.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
