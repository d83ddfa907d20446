import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal';
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
  return (
    <ConfirmModal
      title={t('campaigns.deleteTitle', { name: campaign.name })}
      message={
        campaign.itemCount === 0
          ? t('campaigns.deleteUnused')
          : t('campaigns.deleteUsed', { count: campaign.itemCount })
      }
      errorTitle={t('campaigns.deleteFailed')}
      pending={remove.isPending}
      error={remove.error}
      onClose={onClose}
      onConfirm={() =>
        remove.mutate(campaign.id, {
          onSuccess: () => {
            notifications.show({
              color: 'green',
              message: t('campaigns.deleted', { name: campaign.name }),
            });
            onClose();
          },
        })
      }
    />
  );
}
