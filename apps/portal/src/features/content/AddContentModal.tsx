import { CONTENT_KINDS, type ContentKind } from '@chorus/core';
import { Alert, Anchor, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { describeError } from '../../api/describe-error';
import { contentItemPath } from '../../lib/content-paths';
import { isContentKind } from '../../lib/value-guards';
import { existingItemOf, useCreateContent } from './use-create-content';

export function AddContentModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('content.add.title')}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      {/* Mounted only while open, so every page starts from an empty form. */}
      <AddContentForm onCancel={onClose} />
    </Modal>
  );
}

/** A page by its address and kind; Chorus reads the rest, and the editor opens on it. */
function AddContentForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateContent();
  const [url, setUrl] = useState('');
  const [kind, setKind] = useState<ContentKind>('company_news');
  const [checked, setChecked] = useState(false);
  const missingUrl = checked && url.trim() === '';
  const existingId = existingItemOf(create.error);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (url.trim() === '') return;
    create.mutate(
      { url: url.trim(), kind },
      {
        onSuccess: (item) => {
          notifications.show({ color: 'green', message: t('content.add.added') });
          void navigate(contentItemPath(item.id));
        },
      },
    );
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        {create.isError && (
          <Alert color={existingId ? 'orange' : 'red'} title={t('content.add.failed')}>
            <Text size="sm">{describeError(create.error, t)}</Text>
            {existingId && (
              <Anchor component={Link} to={contentItemPath(existingId)} size="sm" fw={500}>
                {t('content.add.openExisting')}
              </Anchor>
            )}
          </Alert>
        )}
        <TextInput
          type="url"
          label={t('content.add.url')}
          placeholder="https://"
          value={url}
          onChange={(event) => setUrl(event.currentTarget.value)}
          error={missingUrl ? t('content.add.urlRequired') : undefined}
          required
          withAsterisk
          data-autofocus
        />
        <Select
          label={t('content.add.kind')}
          data={CONTENT_KINDS.map((value) => ({ value, label: t(`content.kinds.${value}`) }))}
          value={kind}
          onChange={(value) => {
            if (isContentKind(value)) setKind(value);
          }}
          allowDeselect={false}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('content.add.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('content.add.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
