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
      requiredMessage={t('groups.nameRequired')}
      failedTitle={t('groups.addFailed')}
      maxLength={INPUT_LIMITS.groupName}
      pending={create.isPending}
      error={create.error}
      onSubmit={(name, clear) =>
        create.mutate(name, {
          onSuccess: (group) => {
            clear();
            notifications.show({
              color: 'green',
              message: t('groups.added', { name: group.name }),
            });
          },
        })
      }
    />
  );
}
