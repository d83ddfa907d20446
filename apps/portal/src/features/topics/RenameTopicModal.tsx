import { INPUT_LIMITS } from '@chorus/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { RenameModal } from '../../components/RenameModal';
import { useRenameTopic } from './use-rename-topic';
import type { Topic } from './api/topic-queries';

export function RenameTopicModal({ topic, onClose }: { topic: Topic; onClose: () => void }) {
  const { t } = useTranslation();
  const rename = useRenameTopic();

  return (
    <RenameModal
      currentName={topic.name}
      title={t('topics.renameTitle', { name: topic.name })}
      label={t('topics.name')}
      requiredMessage={t('topics.nameRequired')}
      failedTitle={t('topics.renameFailed')}
      cancelLabel={t('topics.cancel')}
      saveLabel={t('topics.save')}
      closeLabel={t('app.close')}
      maxLength={INPUT_LIMITS.topicName}
      pending={rename.isPending}
      error={rename.error}
      onClose={onClose}
      onSubmit={(name) =>
        rename.mutate(
          { id: topic.id, name },
          {
            onSuccess: (renamed) => {
              notifications.show({
                color: 'green',
                message: t('topics.renamed', { from: topic.name, to: renamed.name }),
              });
              onClose();
            },
          },
        )
      }
    />
  );
}
