import { Button, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { CampaignModal } from './CampaignModal';
import { CampaignsTable } from './CampaignsTable';
import { DeleteCampaignModal } from './DeleteCampaignModal';
import type { Campaign } from './api/campaign-queries';
import { useCampaigns } from './use-campaigns';

type Editing = { mode: 'edit'; campaign: Campaign | null } | { mode: 'delete'; campaign: Campaign };

/** Campaigns group content; a campaign's slug is the utm_campaign of links shared for it. */
export function CampaignsPage() {
  const { t } = useTranslation();
  const campaigns = useCampaigns();
  const [editing, setEditing] = useState<Editing | null>(null);
  const close = () => setEditing(null);

  return (
    <Stack maw={1040}>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('campaigns.title')}</Title>
        <Button onClick={() => setEditing({ mode: 'edit', campaign: null })}>
          {t('campaigns.new')}
        </Button>
      </Group>
      <Text>{t('campaigns.intro')}</Text>
      {campaigns.isPending ? (
        <PageLoader label={t('campaigns.loading')} />
      ) : campaigns.isError ? (
        <QueryError
          title={t('campaigns.loadFailed')}
          error={campaigns.error}
          onRetry={() => void campaigns.refetch()}
        />
      ) : campaigns.data.length === 0 ? (
        <EmptyState title={t('campaigns.empty')} />
      ) : (
        <CampaignsTable
          campaigns={campaigns.data}
          onEdit={(campaign) => setEditing({ mode: 'edit', campaign })}
          onDelete={(campaign) => setEditing({ mode: 'delete', campaign })}
        />
      )}
      {editing?.mode === 'edit' && <CampaignModal campaign={editing.campaign} onClose={close} />}
      {editing?.mode === 'delete' && (
        <DeleteCampaignModal campaign={editing.campaign} onClose={close} />
      )}
    </Stack>
  );
}
