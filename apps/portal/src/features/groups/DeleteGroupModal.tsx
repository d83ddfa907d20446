import type { GroupKind } from '@chorus/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal';
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
  return (
    <ConfirmModal
      title={t('groups.deleteTitle', { name: group.name })}
      message={
        group.memberCount === 0
          ? t(`groups.deleteEmpty.${kind}`)
          : t(`groups.deleteMembers.${kind}`, { count: group.memberCount })
      }
      errorTitle={t('groups.deleteFailed')}
      pending={remove.isPending}
      error={remove.error}
      onClose={onClose}
      onConfirm={() =>
        remove.mutate(group.id, {
          onSuccess: () => {
            notifications.show({
              color: 'green',
              message: t('groups.deleted', { name: group.name }),
            });
            onClose();
          },
        })
      }
    />
  );
}
