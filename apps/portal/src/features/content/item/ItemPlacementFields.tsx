import { Select, SimpleGrid, Stack, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { campaignsQuery } from '../../campaigns/api/campaign-queries';
import type { ItemValues } from './item-schema';
import type { SetItemValues } from './ItemForm';
import { TopicsField } from './TopicsField';

/** The option for "no campaign"; a real option, so it can be chosen with the keyboard too. */
const NO_CAMPAIGN = '__none__';

interface ItemPlacementFieldsProps {
  values: ItemValues;
  set: SetItemValues;
  readOnly: boolean;
}

/** Where the item belongs: its topics, its campaign, and whether it is pinned. */
export function ItemPlacementFields({ values, set, readOnly }: ItemPlacementFieldsProps) {
  const { t } = useTranslation();
  const campaigns = useQuery(campaignsQuery());
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TopicsField
          value={values.topicIds}
          onChange={(topicIds) => set({ topicIds })}
          readOnly={readOnly}
        />
        <Select
          label={t('contentItem.fields.campaign')}
          description={t('contentItem.fields.campaignHint')}
          data={[
            { value: NO_CAMPAIGN, label: t('contentItem.fields.noCampaign') },
            ...(campaigns.data ?? []).map((campaign) => ({
              value: campaign.id,
              label: campaign.name,
            })),
          ]}
          value={values.campaignId ?? NO_CAMPAIGN}
          onChange={(picked) =>
            set({ campaignId: picked === null || picked === NO_CAMPAIGN ? null : picked })
          }
          allowDeselect={false}
          searchable
          disabled={readOnly}
          error={campaigns.isError ? t('contentItem.fields.campaignsFailed') : undefined}
        />
      </SimpleGrid>
      <Switch
        label={t('contentItem.fields.pinned')}
        // The label wraps the description too; the name is the label alone.
        aria-label={t('contentItem.fields.pinned')}
        description={t('contentItem.fields.pinnedHint')}
        checked={values.pinned}
        onChange={(event) => set({ pinned: event.currentTarget.checked })}
        disabled={readOnly}
      />
    </Stack>
  );
}
