import { MAX_URL_LENGTH } from '@chorus/core';
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useSchemaForm } from '../../lib/forms';
import { DEFAULT_INTERVAL_MINUTES, feedSchema } from './feed-schema';
import { IntervalInput } from './IntervalInput';
import { TopicsMultiSelect } from './TopicsMultiSelect';
import { useCreateSource } from './use-create-source';
import { sourceName } from './use-sources';
import type { Source } from './api/source-queries';

const NEW_FEED: z.input<typeof feedSchema> = {
  url: '',
  topicIds: [],
  pollIntervalMinutes: DEFAULT_INTERVAL_MINUTES,
};

/** Follows a new feed; `onAdded` hears of it, since it is read at once in the background. */
export function AddFeedForm({ onAdded }: { onAdded: (source: Source) => void }) {
  const { t } = useTranslation();
  const create = useCreateSource();
  const form = useSchemaForm(feedSchema, NEW_FEED);

  const add = async (feed: z.output<typeof feedSchema>) => {
    const source = await create.mutateAsync(feed);
    notifications.show({
      color: 'green',
      message: t('sources.form.added', { name: sourceName(source) }),
    });
    form.reset();
    onAdded(source);
  };

  return (
    <form onSubmit={form.onSubmit(add)} noValidate>
      <Stack gap="sm">
        {form.formError !== undefined && (
          <Alert color="red" title={t('sources.form.addFailed')}>
            {form.formError}
          </Alert>
        )}
        <TextInput
          type="url"
          label={t('sources.form.url')}
          placeholder={t('sources.form.urlPlaceholder')}
          {...form.getInputProps('url')}
          maxLength={MAX_URL_LENGTH}
          required
          withAsterisk
        />
        <Group grow align="flex-start">
          <TopicsMultiSelect
            value={form.values.topicIds}
            onChange={(topicIds) => form.setFieldValue('topicIds', topicIds)}
          />
          <IntervalInput
            value={form.values.pollIntervalMinutes}
            onChange={(minutes) => form.setFieldValue('pollIntervalMinutes', minutes)}
            invalid={form.errors.pollIntervalMinutes !== undefined}
          />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            {t('sources.form.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
