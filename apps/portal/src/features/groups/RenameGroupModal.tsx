import { INPUT_LIMITS } from '@chorus/core';
import type { GroupKind } from '@chorus/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { RenameModal } from '../../components/RenameModal';
import type { Group } from './api/group-queries';
import { useRenameGroup } from './use-rename-group';

interface RenameGroupModalProps {
  kind: GroupKind;
  group: Group;
  onClose: () => void;
}

export function RenameGroupModal({ kind, group, onClose }: RenameGroupModalProps) {
  const { t } = useTranslation();
  const rename = useRenameGroup(kind);

  return (
    <RenameModal
      currentName={group.name}
      title={t('groups.renameTitle', { name: group.name })}
      label={t('groups.name')}
      requiredMessage="groups.nameRequired"
      errorTitle={t('groups.renameFailed')}
      maxLength={INPUT_LIMITS.groupName}
      onClose={onClose}
      onRename={async (name) => {
        const renamed = await rename.mutateAsync({ id: group.id, name });
        notifications.show({
          color: 'green',
          message: t('groups.renamed', { from: group.name, to: renamed.name }),
        });
      }}
    />
  );
}
