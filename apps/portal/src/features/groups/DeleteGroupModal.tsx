import type { GroupKind } from '@chorus/core';
import { Alert, Button, Group as Row, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { useDeleteGroup } from './use-delete-group';
import type { Group } from './api/group-queries';

interface DeleteGroupModalProps {
  kind: GroupKind;
  group: Group;
  onClose: () => void;
}

/** Asks before deleting, saying how many people lose the group. */
export function DeleteGroupModal({ kind, group, onClose }: DeleteGroupModalProps) {
  const { t } = useTranslation();
  const remove = useDeleteGroup(kind);

  const confirm = () =>
    remove.mutate(group.id, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('groups.deleted', { name: group.name }) });
        onClose();
      },
    });

  return (
    <Modal opened onClose={onClose} title={t('groups.deleteTitle', { name: group.name })}>
      <Stack>
        {remove.isError && (
          <Alert color="red" title={t('groups.deleteFailed')}>
            {describeError(remove.error, t)}
          </Alert>
        )}
        <Text>
          {group.memberCount === 0
            ? t(`groups.deleteEmpty.${kind}`)
            : t(`groups.deleteMembers.${kind}`, { count: group.memberCount })}
        </Text>
        <Row justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('groups.cancel')}
          </Button>
          <Button color="red" onClick={confirm} loading={remove.isPending} data-autofocus>
            {t('groups.delete')}
          </Button>
        </Row>
      </Stack>
    </Modal>
  );
}
