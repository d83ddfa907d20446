import type { GroupKind } from '@chorus/core';
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { useCreateGroup } from './use-create-group';

export function AddGroupForm({ kind }: { kind: GroupKind }) {
  const { t } = useTranslation();
  const create = useCreateGroup(kind);
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = name.trim();
    setMissing(trimmed === '');
    if (trimmed === '') return;
    create.mutate(trimmed, {
      onSuccess: (group) => {
        setName('');
        notifications.show({ color: 'green', message: t('groups.added', { name: group.name }) });
      },
    });
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="xs">
        {create.isError && (
          <Alert color="red" title={t('groups.addFailed')}>
            {describeError(create.error, t)}
          </Alert>
        )}
        <Group align="flex-start" wrap="nowrap">
          <TextInput
            label={t(`groups.newName.${kind}`)}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={missing ? t('groups.nameRequired') : undefined}
            maxLength={120}
            style={{ flex: 1 }}
          />
          <Button type="submit" mt={25} loading={create.isPending}>
            {t(`groups.add.${kind}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
