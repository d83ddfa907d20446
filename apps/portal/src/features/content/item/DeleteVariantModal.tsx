import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../api/describe-error';
import type { Variant } from './use-content-item';
import { useDeleteVariant } from './use-delete-variant';
import { variantNames } from './variant-labels';

interface DeleteVariantModalProps {
  itemId: string;
  variant: Variant;
  onClose: () => void;
}

export function DeleteVariantModal({ itemId, variant, onClose }: DeleteVariantModalProps) {
  const { t } = useTranslation();
  const remove = useDeleteVariant(itemId);
  const names = variantNames(variant, t);

  const confirm = () =>
    remove.mutate(variant.id, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('contentItem.variants.deleted') });
        onClose();
      },
    });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('contentItem.variants.deleteTitle', names)}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <Stack>
        {remove.isError && (
          <Alert color="red" title={t('contentItem.variants.deleteFailed')}>
            {describeError(remove.error, t)}
          </Alert>
        )}
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lineClamp={4}>
          {variant.text}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('contentItem.variants.cancel')}
          </Button>
          <Button color="red" onClick={confirm} loading={remove.isPending} data-autofocus>
            {t('contentItem.variants.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
