import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import type { Campaign } from './api/campaign-queries';
import { useDeleteCampaign } from './use-delete-campaign';

/** Asks before deleting, saying how many items leave the campaign. */
export function DeleteCampaignModal({
  campaign,
  onClose,
}: {
  campaign: Campaign;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const remove = useDeleteCampaign();

  const confirm = () =>
    remove.mutate(campaign.id, {
      onSuccess: () => {
        notifications.show({
          color: 'green',
          message: t('campaigns.deleted', { name: campaign.name }),
        });
        onClose();
      },
    });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('campaigns.deleteTitle', { name: campaign.name })}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <Stack>
        {remove.isError && (
          <Alert color="red" title={t('campaigns.deleteFailed')}>
            {describeError(remove.error, t)}
          </Alert>
        )}
        <Text>
          {campaign.itemCount === 0
            ? t('campaigns.deleteUnused')
            : t('campaigns.deleteUsed', { count: campaign.itemCount })}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('campaigns.cancel')}
          </Button>
          <Button color="red" onClick={confirm} loading={remove.isPending} data-autofocus>
            {t('campaigns.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
