import { MAX_URL_LENGTH } from '@chorus/core';
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { DEFAULT_INTERVAL_MINUTES, intervalMinutes } from './feed-form';
import { IntervalInput } from './IntervalInput';
import { TopicsMultiSelect } from './TopicsMultiSelect';
import { useCreateSource } from './use-create-source';
import { sourceName } from './use-sources';
import type { Source } from './api/source-queries';

/** Follows a new feed; `onAdded` hears of it, since it is read at once in the background. */
export function AddFeedForm({ onAdded }: { onAdded: (source: Source) => void }) {
  const { t } = useTranslation();
  const create = useCreateSource();
  const [url, setUrl] = useState('');
  const [topicIds, setTopicIds] = useState<string[]>([]);
  const [minutes, setMinutes] = useState<string | number>(DEFAULT_INTERVAL_MINUTES);
  const [checked, setChecked] = useState(false);
  const missingUrl = checked && url.trim() === '';
  const badInterval = checked && intervalMinutes(minutes) === null;

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    const pollIntervalMinutes = intervalMinutes(minutes);
    if (url.trim() === '' || pollIntervalMinutes === null) return;
    create.mutate(
      { url: url.trim(), topicIds, pollIntervalMinutes },
      {
        onSuccess: (source) => {
          notifications.show({
            color: 'green',
            message: t('sources.form.added', { name: sourceName(source) }),
          });
          setUrl('');
          setTopicIds([]);
          setMinutes(DEFAULT_INTERVAL_MINUTES);
          setChecked(false);
          onAdded(source);
        },
      },
    );
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="sm">
        {create.isError && (
          <Alert color="red" title={t('sources.form.addFailed')}>
            {describeError(create.error, t)}
          </Alert>
        )}
        <TextInput
          type="url"
          label={t('sources.form.url')}
          placeholder={t('sources.form.urlPlaceholder')}
          value={url}
          onChange={(event) => setUrl(event.currentTarget.value)}
          error={missingUrl ? t('sources.form.urlRequired') : undefined}
          maxLength={MAX_URL_LENGTH}
          required
          withAsterisk
        />
        <Group grow align="flex-start">
          <TopicsMultiSelect value={topicIds} onChange={setTopicIds} />
          <IntervalInput value={minutes} onChange={setMinutes} invalid={badInterval} />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {t('sources.form.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
