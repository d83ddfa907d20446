import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { intervalMinutes } from './feed-form';
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
  const [topicIds, setTopicIds] = useState(source.topics.map((topic) => topic.id));
  const [minutes, setMinutes] = useState<string | number>(source.pollIntervalMinutes);
  const badInterval = intervalMinutes(minutes) === null;

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const pollIntervalMinutes = intervalMinutes(minutes);
    if (pollIntervalMinutes === null) return;
    update.mutate(
      { id: source.id, changes: { topicIds, pollIntervalMinutes } },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('sources.form.saved', { name }) });
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={t('sources.form.editTitle', { name })}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          {update.isError && (
            <Alert color="red" title={t('sources.form.saveFailed')}>
              {describeError(update.error, t)}
            </Alert>
          )}
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {source.url}
          </Text>
          <TopicsMultiSelect value={topicIds} onChange={setTopicIds} data-autofocus />
          <IntervalInput value={minutes} onChange={setMinutes} invalid={badInterval} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('sources.form.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending} disabled={badInterval}>
              {t('sources.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
