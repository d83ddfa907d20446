import { INPUT_LIMITS } from '@chorus/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { NameForm } from '../../components/NameForm';
import { useCreateTopic } from './use-create-topic';

export function AddTopicForm() {
  const { t } = useTranslation();
  const create = useCreateTopic();

  return (
    <NameForm
      label={t('topics.newName')}
      submitLabel={t('topics.add')}
      requiredMessage="topics.nameRequired"
      errorTitle={t('topics.addFailed')}
      maxLength={INPUT_LIMITS.topicName}
      onAdd={async (name) => {
        const topic = await create.mutateAsync(name);
        notifications.show({ color: 'green', message: t('topics.added', { name: topic.name }) });
      }}
    />
  );
}
