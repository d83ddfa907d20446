import { CHALLENGE_LIMITS, CHALLENGE_METRICS, type ChallengeMetric } from '@chorus/core';
import {
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormModal } from '../../components/FormModal';
import { useTopicName } from '../../lib/use-topic-name';
import { changedValues, optionalText, requiredText, useSchemaForm } from '../../lib/forms';
import { useQuery } from '@tanstack/react-query';
import { campaignsQuery } from '../campaigns/api/campaign-queries';
import { groupsQuery } from '../groups/api/group-queries';
import { topicsQuery } from '../topics/api/topic-queries';
import type { Challenge } from './api/challenge-queries';
import { useCreateChallenge, useUpdateChallenge } from './use-challenges';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const challengeSchema = z
  .object({
    title: requiredText(CHALLENGE_LIMITS.title, 'challenges.problems.titleRequired'),
    description: optionalText(CHALLENGE_LIMITS.description),
    metric: z.enum(CHALLENGE_METRICS),
    target: z
      .union([z.number(), z.string()])
      .pipe(
        z
          .number({ error: 'challenges.problems.target' })
          .int({ error: 'challenges.problems.target' })
          .min(CHALLENGE_LIMITS.targetMin, { error: 'challenges.problems.target' })
          .max(CHALLENGE_LIMITS.targetMax, { error: 'challenges.problems.target' }),
      ),
    scope: z.enum(['campaign', 'topic']),
    campaignId: z.string(),
    topicId: z.string(),
    departmentIds: z.array(z.string()).max(CHALLENGE_LIMITS.departments),
    startsOn: z.string().regex(DAY, { error: 'challenges.problems.dayRequired' }),
    endsOn: z.string().regex(DAY, { error: 'challenges.problems.dayRequired' }),
  })
  .refine(({ scope, campaignId }) => scope !== 'campaign' || campaignId !== '', {
    path: ['campaignId'],
    error: 'challenges.problems.campaignRequired',
    // Said with the other fields' problems, not after they are fixed.
    when: () => true,
  })
  .refine(({ scope, topicId }) => scope !== 'topic' || topicId !== '', {
    path: ['topicId'],
    error: 'challenges.problems.topicRequired',
    // Said with the other fields' problems, not after they are fixed.
    when: () => true,
  })
  .refine(
    ({ startsOn, endsOn }) => !DAY.test(startsOn) || !DAY.test(endsOn) || endsOn >= startsOn,
    {
      path: ['endsOn'],
      error: 'challenges.problems.endsBeforeStart',
      // Said with the other fields' problems, not after they are fixed.
      when: () => true,
    },
  )
  .transform(({ scope, campaignId, topicId, ...rest }) => ({
    ...rest,
    campaignId: scope === 'campaign' ? campaignId : null,
    topicId: scope === 'topic' ? topicId : null,
  }));

type ChallengeOutput = z.output<typeof challengeSchema>;

/**
 * A choice whose options come from a request: disabled, saying so, while they load; if they could
 * not be loaded, the field says that rather than offering nothing to choose from.
 */
function choicesState(
  query: { isPending: boolean; isError: boolean },
  words: { loading: string; failed: string },
): { disabled?: boolean; placeholder?: string; error?: ReactNode } {
  if (query.isPending) return { disabled: true, placeholder: words.loading };
  if (query.isError) return { disabled: true, error: words.failed };
  return {};
}

interface ChallengeModalProps {
  /** The challenge to edit; null for a new one. */
  challenge: Challenge | null;
  onClose: () => void;
}

/** Sets a challenge, or changes one that has not ended (a started one keeps its metric). */
export function ChallengeModal({ challenge, onClose }: ChallengeModalProps) {
  const { t } = useTranslation();
  const create = useCreateChallenge();
  const update = useUpdateChallenge();
  const campaigns = useQuery(campaignsQuery());
  const topics = useQuery(topicsQuery());
  const departments = useQuery(groupsQuery('department'));
  const topicName = useTopicName();
  const started = challenge !== null && challenge.state !== 'upcoming';
  const form = useSchemaForm(
    challengeSchema,
    {
      title: challenge?.title ?? '',
      description: challenge?.description ?? '',
      metric: challenge?.metric ?? ('shares' as ChallengeMetric),
      target: challenge?.target ?? (100 as number | string),
      scope: challenge?.topic ? ('topic' as const) : ('campaign' as const),
      campaignId: challenge?.campaign?.id ?? '',
      topicId: challenge?.topic?.id ?? '',
      departmentIds: challenge?.departments.map((department) => department.id) ?? [],
      startsOn: challenge?.startsOn ?? '',
      endsOn: challenge?.endsOn ?? '',
    },
    { liveFields: ['endsOn'] },
  );

  const save = async (values: ChallengeOutput) => {
    let saved: Challenge;
    if (challenge) {
      const body = changedValues(
        {
          title: challenge.title,
          description: challenge.description?.trim() || null,
          metric: challenge.metric,
          target: challenge.target,
          campaignId: challenge.campaign?.id ?? null,
          topicId: challenge.topic?.id ?? null,
          departmentIds: challenge.departments.map((department) => department.id),
          startsOn: challenge.startsOn,
          endsOn: challenge.endsOn,
        },
        values,
      );
      if (Object.keys(body).length === 0) return;
      saved = await update.mutateAsync({ id: challenge.id, body });
    } else {
      saved = await create.mutateAsync(values);
    }
    notifications.show({
      color: 'green',
      message: t(challenge ? 'challenges.saved' : 'challenges.added', { title: saved.title }),
    });
  };

  return (
    <FormModal
      form={form}
      size="lg"
      title={
        challenge ? t('challenges.editTitle', { title: challenge.title }) : t('challenges.new')
      }
      errorTitle={t('challenges.saveFailed')}
      onSubmit={save}
      onClose={onClose}
    >
      <TextInput
        label={t('challenges.fields.title')}
        placeholder={t('challenges.fields.titlePlaceholder')}
        {...form.getInputProps('title')}
        maxLength={CHALLENGE_LIMITS.title}
        required
        withAsterisk
        data-autofocus
      />
      <Textarea
        label={t('challenges.fields.description')}
        {...form.getInputProps('description')}
        maxLength={CHALLENGE_LIMITS.description}
        rows={2}
        resize="vertical"
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Select
          label={t('challenges.fields.metric')}
          description={started ? t('challenges.fields.metricLocked') : undefined}
          data={CHALLENGE_METRICS.map((metric) => ({
            value: metric,
            label: t(`challenges.metrics.${metric}`),
          }))}
          allowDeselect={false}
          disabled={started}
          {...form.getInputProps('metric')}
        />
        <NumberInput
          label={t('challenges.fields.target')}
          min={CHALLENGE_LIMITS.targetMin}
          max={CHALLENGE_LIMITS.targetMax}
          allowDecimal={false}
          allowNegative={false}
          required
          withAsterisk
          {...form.getInputProps('target')}
        />
      </SimpleGrid>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="challenge-scope">
          {t('challenges.fields.scope')}
        </Text>
        <SegmentedControl
          aria-labelledby="challenge-scope"
          data={[
            { value: 'campaign', label: t('challenges.fields.campaign') },
            { value: 'topic', label: t('challenges.fields.topic') },
          ]}
          {...form.getInputProps('scope')}
        />
      </Stack>
      {form.values.scope === 'campaign' ? (
        <Select
          label={t('challenges.fields.campaign')}
          data={(campaigns.data ?? []).map((campaign) => ({
            value: campaign.id,
            label: campaign.name,
          }))}
          searchable
          required
          withAsterisk
          {...form.getInputProps('campaignId')}
          {...choicesState(campaigns, {
            loading: t('challenges.fields.campaignsLoading'),
            failed: t('challenges.fields.campaignsFailed'),
          })}
        />
      ) : (
        <Select
          label={t('challenges.fields.topic')}
          data={(topics.data ?? []).map((topic) => ({ value: topic.id, label: topicName(topic) }))}
          searchable
          required
          withAsterisk
          {...form.getInputProps('topicId')}
          {...choicesState(topics, {
            loading: t('challenges.fields.topicsLoading'),
            failed: t('challenges.fields.topicsFailed'),
          })}
        />
      )}
      <MultiSelect
        label={t('challenges.fields.departments')}
        description={t('challenges.fields.departmentsHint')}
        data={(departments.data ?? []).map((group) => ({ value: group.id, label: group.name }))}
        searchable
        {...form.getInputProps('departmentIds')}
        {...choicesState(departments, {
          loading: t('challenges.fields.departmentsLoading'),
          failed: t('challenges.fields.departmentsFailed'),
        })}
      />
      <SimpleGrid cols={2}>
        <TextInput
          type="date"
          label={t('challenges.fields.startsOn')}
          required
          withAsterisk
          disabled={started}
          {...form.getInputProps('startsOn')}
          max={form.values.endsOn || undefined}
        />
        <TextInput
          type="date"
          label={t('challenges.fields.endsOn')}
          required
          withAsterisk
          {...form.getInputProps('endsOn')}
          min={form.values.startsOn || undefined}
        />
      </SimpleGrid>
    </FormModal>
  );
}
