import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ConfirmModal';
import type { Variant } from './use-content-item';
import { useDeleteVariant } from './use-delete-variant';
import { variantNames } from './variant-labels';

interface DeleteVariantModalProps {
  itemId: string;
  variant: Variant;
  onClose: () => void;
}

/** Asks before a suggested post goes, showing the start of its text. */
export function DeleteVariantModal({ itemId, variant, onClose }: DeleteVariantModalProps) {
  const { t } = useTranslation();
  const remove = useDeleteVariant(itemId);

  const confirm = () =>
    remove.mutate(variant.id, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('contentItem.variants.deleted') });
        onClose();
      },
    });

  return (
    <ConfirmModal
      title={t('contentItem.variants.deleteTitle', variantNames(variant, t))}
      message={
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lineClamp={4}>
          {variant.text}
        </Text>
      }
      confirmLabel={t('contentItem.variants.delete')}
      cancelLabel={t('contentItem.variants.cancel')}
      pending={remove.isPending}
      error={remove.error}
      errorTitle={t('contentItem.variants.deleteFailed')}
      onConfirm={confirm}
      onClose={onClose}
    />
  );
}
