import { INPUT_LIMITS } from '@chorus/core';
import type { GroupKind } from '@chorus/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { NameForm } from '../../components/NameForm';
import { useCreateGroup } from './use-create-group';

export function AddGroupForm({ kind }: { kind: GroupKind }) {
  const { t } = useTranslation();
  const create = useCreateGroup(kind);

  return (
    <NameForm
      label={t(`groups.newName.${kind}`)}
      submitLabel={t(`groups.add.${kind}`)}
      requiredMessage="groups.nameRequired"
      errorTitle={t('groups.addFailed')}
      maxLength={INPUT_LIMITS.groupName}
      onAdd={async (name) => {
        const group = await create.mutateAsync(name);
        notifications.show({ color: 'green', message: t('groups.added', { name: group.name }) });
      }}
    />
  );
}
