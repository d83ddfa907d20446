import {
  CHAT_CHANNEL_KINDS,
  LANGUAGE_NAMES,
  PREFERRED_LANGUAGES,
  UI_LANGUAGES,
  WEBHOOK_URL_MAX_LENGTH,
} from '@chorus/core';
import {
  Checkbox,
  Fieldset,
  MultiSelect,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormModal } from '../../components/FormModal';
import { changedValues, useSchemaForm } from '../../lib/forms';
import { useTopicName } from '../../lib/use-topic-name';
import { groupsQuery } from '../groups/api/group-queries';
import { topicsQuery } from '../topics/api/topic-queries';
import type { Channel } from './api/channel-queries';
import {
  channelSettingsSchema,
  channelValues,
  newChannelSchema,
  newChannelValues,
  type ChannelValues,
} from './channel-schema';
import { useCreateChannel, useUpdateChannel } from './use-channels';

/** Connects a channel (`channel` left out) or changes one. */
export function ChannelFormModal({ channel, onClose }: { channel?: Channel; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const create = useCreateChannel();
  const update = useUpdateChannel();
  const initial = channel ? channelValues(channel) : newChannelValues(i18n.language);
  const form = useSchemaForm<ChannelValues, z.output<typeof newChannelSchema>>(
    channel ? channelSettingsSchema : newChannelSchema,
    initial,
  );

  const save = async (values: z.output<typeof newChannelSchema>) => {
    if (channel) {
      const { webhookUrl, ...changes } = changedValues(
        channelSettingsSchema.parse(initial),
        values,
      );
      await update.mutateAsync({
        id: channel.id,
        changes: webhookUrl ? { ...changes, webhookUrl } : changes,
      });
      notifications.show({
        color: 'green',
        message: t('channels.form.saved', { name: values.name }),
      });
    } else {
      await create.mutateAsync(values);
      notifications.show({
        color: 'green',
        message: t('channels.form.added', { name: values.name }),
      });
    }
  };

  return (
    <FormModal
      form={form}
      size="lg"
      title={
        channel ? t('channels.form.editTitle', { name: channel.name }) : t('channels.form.addTitle')
      }
      onSubmit={save}
      onClose={onClose}
      errorTitle={t('channels.form.saveFailed')}
      submitLabel={channel ? t('channels.form.save') : t('channels.form.add')}
    >
      <TextInput
        label={t('channels.form.name')}
        description={t('channels.form.nameDescription')}
        {...form.getInputProps('name')}
        maxLength={100}
        required
        withAsterisk
        data-autofocus
      />
      <Stack gap={4}>
        <Text size="sm" fw={500} id="channel-kind">
          {t('channels.form.kind')}
        </Text>
        <SegmentedControl
          aria-labelledby="channel-kind"
          data={CHAT_CHANNEL_KINDS.map((kind) => ({
            value: kind,
            label: t(`channels.kinds.${kind}`),
          }))}
          {...form.getInputProps('kind')}
        />
      </Stack>
      <TextInput
        type="url"
        label={t('channels.form.webhookUrl')}
        description={
          channel
            ? t('channels.form.webhookKeep', { hint: channel.webhookHint })
            : t(`channels.form.webhookHelp.${form.values.kind}`)
        }
        placeholder={t(`channels.form.webhookPlaceholder.${form.values.kind}`)}
        {...form.getInputProps('webhookUrl')}
        maxLength={WEBHOOK_URL_MAX_LENGTH}
        autoComplete="off"
        required={!channel}
        withAsterisk={!channel}
      />
      <Select
        label={t('channels.form.language')}
        description={t('channels.form.languageDescription')}
        data={UI_LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] }))}
        {...form.getInputProps('language')}
        allowDeselect={false}
      />
      <Fieldset
        legend={t('channels.form.receives')}
        variant="unstyled"
        styles={{ legend: { fontWeight: 500 } }}
      >
        <Stack gap="xs">
          <Checkbox
            label={t('channels.form.receivesItems')}
            {...form.getInputProps('receivesItems', { type: 'checkbox' })}
          />
          {form.values.receivesItems && <ItemFilters form={form} />}
          <Checkbox
            label={t('channels.form.receivesReports')}
            description={t('channels.form.receivesReportsDescription')}
            {...form.getInputProps('receivesReports', { type: 'checkbox' })}
          />
        </Stack>
      </Fieldset>
    </FormModal>
  );
}

/** Which approved items the channel receives: empty filters let every one through. */
function ItemFilters({
  form,
}: {
  form: ReturnType<typeof useSchemaForm<ChannelValues, z.output<typeof newChannelSchema>>>;
}) {
  const { t } = useTranslation();
  const topicName = useTopicName();
  const topics = useQuery(topicsQuery());
  const departments = useQuery(groupsQuery('department'));
  const { topicIds, departmentIds, languages } = form.values;
  return (
    <Stack gap="xs" pl="xl">
      <MultiSelect
        label={t('channels.form.topics')}
        placeholder={topicIds.length === 0 ? t('channels.form.allTopics') : undefined}
        data={(topics.data ?? []).map((topic) => ({ value: topic.id, label: topicName(topic) }))}
        value={topicIds}
        onChange={(value) => form.setFieldValue('topicIds', value)}
        searchable
        error={topics.isError ? t('channels.form.listFailed') : undefined}
      />
      <MultiSelect
        label={t('channels.form.departments')}
        placeholder={departmentIds.length === 0 ? t('channels.form.allDepartments') : undefined}
        data={(departments.data ?? []).map((group) => ({ value: group.id, label: group.name }))}
        value={departmentIds}
        onChange={(value) => form.setFieldValue('departmentIds', value)}
        searchable
        error={departments.isError ? t('channels.form.listFailed') : undefined}
      />
      <MultiSelect
        label={t('channels.form.languages')}
        placeholder={languages.length === 0 ? t('channels.form.allLanguages') : undefined}
        data={PREFERRED_LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] }))}
        value={languages}
        onChange={(value) => form.setFieldValue('languages', value as ChannelValues['languages'])}
        searchable
      />
    </Stack>
  );
}
