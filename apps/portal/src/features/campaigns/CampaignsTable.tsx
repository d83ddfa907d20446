import { Button, Code, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import type { Campaign } from './api/campaign-queries';

interface CampaignsTableProps {
  campaigns: Campaign[];
  onEdit: (campaign: Campaign) => void;
  onDelete: (campaign: Campaign) => void;
}

export function CampaignsTable({ campaigns, onEdit, onDelete }: CampaignsTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover aria-label={t('campaigns.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('campaigns.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('campaigns.columns.slug')}</Table.Th>
            <Table.Th scope="col">{t('campaigns.columns.dates')}</Table.Th>
            <Table.Th scope="col">{t('campaigns.columns.items')}</Table.Th>
            <Table.Th scope="col">{t('campaigns.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {campaigns.map((campaign) => (
            <Table.Tr key={campaign.id}>
              <Table.Td>
                <Text fw={500}>{campaign.name}</Text>
                {campaign.description && (
                  <Text size="sm" c="dimmed" lineClamp={2}>
                    {campaign.description}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Code>{campaign.slug}</Code>
              </Table.Td>
              <Table.Td>
                <CampaignDates startsAt={campaign.startsAt} endsAt={campaign.endsAt} />
              </Table.Td>
              <Table.Td>{campaign.itemCount}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={t('campaigns.editLabel', { name: campaign.name })}
                    onClick={() => onEdit(campaign)}
                  >
                    {t('campaigns.edit')}
                  </Button>
                  <Button
                    size="xs"
                    variant="light"
                    color="red"
                    aria-label={t('campaigns.deleteLabel', { name: campaign.name })}
                    onClick={() => onDelete(campaign)}
                  >
                    {t('campaigns.delete')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The campaign's days, read in UTC as the API stores a date alone. */
function CampaignDates({ startsAt, endsAt }: { startsAt: string | null; endsAt: string | null }) {
  const { t, i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(currentLanguage(i18n), {
    dateStyle: 'medium',
    timeZone: 'UTC',
  });
  const day = (iso: string) => <time dateTime={iso}>{format.format(new Date(iso))}</time>;
  if (!startsAt && !endsAt) return <Text c="dimmed">{t('campaigns.noDates')}</Text>;
  return (
    <Text size="sm">
      {startsAt ? day(startsAt) : t('campaigns.open')} –{' '}
      {endsAt ? day(endsAt) : t('campaigns.open')}
    </Text>
  );
}
