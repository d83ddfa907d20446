import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormModal } from '../../components/FormModal';
import { useSchemaForm } from '../../lib/forms';
import { feedSettingsSchema } from './feed-schema';
import { IntervalInput } from './IntervalInput';
import { TopicsMultiSelect } from './TopicsMultiSelect';
import { sourceName } from './use-sources';
import type { Source } from './api/source-queries';
import { useUpdateSource } from './use-update-source';

/** Changes a feed's default topics and how often it is read. */
export function EditFeedModal({ source, onClose }: { source: Source; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateSource();
  const name = sourceName(source);
  const settings: z.input<typeof feedSettingsSchema> = {
    topicIds: source.topics.map((topic) => topic.id),
    pollIntervalMinutes: source.pollIntervalMinutes,
  };
  const form = useSchemaForm(
    feedSettingsSchema,
    settings,
    // The interval says at once when it is out of range, as it did before the form was sent.
    { liveFields: ['pollIntervalMinutes'] },
  );

  const save = async (changes: z.output<typeof feedSettingsSchema>) => {
    await update.mutateAsync({ id: source.id, changes });
    notifications.show({ color: 'green', message: t('sources.form.saved', { name }) });
  };

  return (
    <FormModal
      form={form}
      title={t('sources.form.editTitle', { name })}
      onSubmit={save}
      onClose={onClose}
      errorTitle={t('sources.form.saveFailed')}
      submitLabel={t('sources.form.save')}
      submitDisabled={form.errors.pollIntervalMinutes !== undefined}
      cancelLabel={t('sources.form.cancel')}
    >
      <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {source.url}
      </Text>
      <TopicsMultiSelect
        value={form.values.topicIds}
        onChange={(topicIds) => form.setFieldValue('topicIds', topicIds)}
        data-autofocus
      />
      <IntervalInput
        value={form.values.pollIntervalMinutes}
        onChange={(minutes) => form.setFieldValue('pollIntervalMinutes', minutes)}
        invalid={form.errors.pollIntervalMinutes !== undefined}
      />
    </FormModal>
  );
}
