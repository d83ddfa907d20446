import type { GroupKind } from '@chorus/core';
import { Alert, Button, Group as Row, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import type { Group } from './use-groups';
import { useRenameGroup } from './use-rename-group';

interface RenameGroupModalProps {
  kind: GroupKind;
  group: Group;
  onClose: () => void;
}

export function RenameGroupModal({ kind, group, onClose }: RenameGroupModalProps) {
  const { t } = useTranslation();
  const rename = useRenameGroup(kind);
  const [name, setName] = useState(group.name);
  const [missing, setMissing] = useState(false);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = name.trim();
    setMissing(trimmed === '');
    if (trimmed === '') return;
    if (trimmed === group.name) return onClose();
    rename.mutate(
      { id: group.id, name: trimmed },
      {
        onSuccess: (renamed) => {
          notifications.show({
            color: 'green',
            message: t('groups.renamed', { from: group.name, to: renamed.name }),
          });
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={t('groups.renameTitle', { name: group.name })}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          {rename.isError && (
            <Alert color="red" title={t('groups.renameFailed')}>
              {describeError(rename.error, t)}
            </Alert>
          )}
          <TextInput
            label={t('groups.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={missing ? t('groups.nameRequired') : undefined}
            maxLength={120}
            data-autofocus
          />
          <Row justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('groups.cancel')}
            </Button>
            <Button type="submit" loading={rename.isPending}>
              {t('groups.save')}
            </Button>
          </Row>
        </Stack>
      </form>
    </Modal>
  );
}
