import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { useDeleteSource } from './use-delete-source';
import { sourceName } from './use-sources';
import type { Source } from './api/source-queries';

/** Asks before a feed is no longer followed, saying that its waiting suggestions go too. */
export function RemoveFeedModal({ source, onClose }: { source: Source; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteSource();
  const name = sourceName(source);

  const confirm = () =>
    remove.mutate(source.id, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('sources.remove.removed', { name }) });
        onClose();
      },
    });

  return (
    <Modal opened onClose={onClose} title={t('sources.remove.title', { name })}>
      <Stack>
        {remove.isError && (
          <Alert color="red" title={t('sources.remove.failed')}>
            {describeError(remove.error, t)}
          </Alert>
        )}
        <Text>
          {source.newEntries === 0
            ? t('sources.remove.noEntries')
            : t('sources.remove.withEntries', { count: source.newEntries })}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('sources.remove.cancel')}
          </Button>
          <Button color="red" onClick={confirm} loading={remove.isPending} data-autofocus>
            {t('sources.remove.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
