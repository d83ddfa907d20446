import { INPUT_LIMITS } from '@chorus/core';
import { Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormModal } from '../../components/FormModal';
import { requiredText, useSchemaForm, type FormMessage } from '../../lib/forms';
import type { SourceEntry } from './api/source-queries';
import { useDismissEntry } from './use-dismiss-entry';

const dismissalSchema = z.object({
  reason: requiredText(
    INPUT_LIMITS.suggestionDeclineReason,
    'sources.dismiss.reasonRequired' satisfies FormMessage,
  ),
});

/**
 * Dismisses a page a person suggested, with the reason they are told. A feed's suggestion needs
 * none and is dismissed from the inbox directly.
 */
export function DismissModal({ entry, onClose }: { entry: SourceEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const dismiss = useDismissEntry();
  const form = useSchemaForm(dismissalSchema, { reason: '' });

  const send = async ({ reason }: z.output<typeof dismissalSchema>) => {
    await dismiss.mutateAsync({ id: entry.id, reason });
    notifications.show({
      color: 'green',
      message: t('sources.inbox.dismissed', { title: entry.title }),
    });
  };

  return (
    <FormModal
      form={form}
      title={t('sources.dismiss.title')}
      onSubmit={send}
      onClose={onClose}
      errorTitle={t('sources.inbox.dismissFailed')}
      submitLabel={t('sources.dismiss.submit')}
      cancelLabel={t('sources.dismiss.cancel')}
    >
      <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
        {entry.title}
      </Text>
      <Text size="sm">
        {entry.suggestedBy !== null
          ? t('sources.dismiss.intro', { name: entry.suggestedBy.name })
          : t('sources.dismiss.introFormer')}
      </Text>
      <Textarea
        label={t('sources.dismiss.reason')}
        description={t('sources.dismiss.reasonHint')}
        rows={3}
        maxLength={INPUT_LIMITS.suggestionDeclineReason}
        {...form.getInputProps('reason')}
        required
        withAsterisk
        data-autofocus
      />
    </FormModal>
  );
}
