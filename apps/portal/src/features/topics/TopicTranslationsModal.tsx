import { INPUT_LIMITS } from '@chorus/core';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormModal } from '../../components/FormModal';
import { TranslationsFields } from '../../components/TranslationsFields';
import { useSchemaForm } from '../../lib/forms';
import { translationsSchema, translationValues } from '../../lib/translations-form';
import type { Topic } from './api/topic-queries';
import { useUpdateTopic } from './use-update-topic';

/** The topic's name in each UI language; an empty field reads the main name. */
export function TopicTranslationsModal({ topic, onClose }: { topic: Topic; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateTopic();
  const schema = useMemo(() => z.object({ names: translationsSchema(INPUT_LIMITS.topicName) }), []);
  const form = useSchemaForm(schema, { names: translationValues(topic.names) });

  return (
    <FormModal
      form={form}
      size="lg"
      title={t('topics.translationsTitle', { name: topic.name })}
      errorTitle={t('topics.translationsFailed')}
      onSubmit={async ({ names }) => {
        if (!form.isDirty()) return;
        await update.mutateAsync({ id: topic.id, body: { names } });
        notifications.show({
          color: 'green',
          message: t('topics.translationsSaved', { name: topic.name }),
        });
      }}
      onClose={onClose}
    >
      <TranslationsFields
        legend={t('topics.translations')}
        description={t('topics.translationsHint', { name: topic.name })}
        inputProps={(language) => form.getInputProps(`names.${language}`)}
        maxLength={INPUT_LIMITS.topicName}
        placeholder={topic.name}
      />
    </FormModal>
  );
}
