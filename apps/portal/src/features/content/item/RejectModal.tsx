import { INPUT_LIMITS } from '@chorus/core';
import { Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormModal } from '../../../components/FormModal';
import { requiredText, useSchemaForm } from '../../../lib/forms';
import { useContentAction } from './use-content-action';

const rejectionSchema = z.object({
  reason: requiredText(INPUT_LIMITS.rejectionReason, 'contentItem.reject.reasonRequired'),
});

/** Sends an item in review back to its author, with the reason they will read. */
export function RejectModal({ itemId, onClose }: { itemId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const reject = useContentAction(itemId);
  const form = useSchemaForm(rejectionSchema, { reason: '' });

  const send = async ({ reason }: z.output<typeof rejectionSchema>) => {
    await reject.mutateAsync({ action: 'reject', reason });
    notifications.show({ color: 'green', message: t('contentItem.workflow.done.reject') });
  };

  return (
    <FormModal
      form={form}
      title={t('contentItem.reject.title')}
      onSubmit={send}
      onClose={onClose}
      errorTitle={t('contentItem.workflow.failed')}
      submitLabel={t('contentItem.reject.submit')}
      submitColor="orange"
      cancelLabel={t('contentItem.reject.cancel')}
    >
      <Textarea
        label={t('contentItem.reject.reason')}
        description={t('contentItem.reject.reasonHint')}
        {...form.getInputProps('reason')}
        maxLength={INPUT_LIMITS.rejectionReason}
        rows={3}
        resize="vertical"
        required
        withAsterisk
        data-autofocus
      />
    </FormModal>
  );
}
