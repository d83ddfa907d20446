import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormattedDate } from '../../components/FormattedDate';
import { ResponsiveTable, type DataColumn } from '../../components/ResponsiveTable';
import { currentLanguage } from '../../i18n';
import { CopyTextButton } from '../../components/CopyTextButton';
import type { MyShare } from './api/my-shares-queries';

/** A badge cuts its text short when a column is narrow: in a table, the column makes room. */
const UNCUT = { minWidth: 'max-content' };

const titleOf = (share: MyShare) => share.item.title ?? share.item.url;

/** My shares, one a row (a card on a phone), with what each tracked link counted. */
export function MySharesTable({ shares }: { shares: readonly MyShare[] }) {
  const { t, i18n } = useTranslation();
  const format = new Intl.NumberFormat(currentLanguage(i18n));
  const figure = (key: 'clicks' | 'uniqueVisitors' | 'previews'): DataColumn<MyShare> => ({
    key,
    label: t(`activity.columns.${key}`),
    numeric: true,
    cell: (share) => format.format(share[key]),
  });

  const columns: DataColumn<MyShare>[] = [
    {
      key: 'sharedAt',
      label: t('activity.columns.sharedAt'),
      td: { style: { whiteSpace: 'nowrap' } },
      cell: (share) => <FormattedDate value={share.sharedAt} />,
    },
    {
      key: 'item',
      label: t('activity.columns.item'),
      phone: 'title',
      td: { maw: 280 },
      cell: (share) => (
        <Anchor
          href={share.item.url}
          target="_blank"
          rel="noopener noreferrer"
          size="sm"
          style={{ overflowWrap: 'anywhere' }}
        >
          {titleOf(share)}
        </Anchor>
      ),
    },
    {
      key: 'network',
      label: t('activity.columns.network'),
      cell: (share) => t(`networks.${share.network}`),
    },
    {
      key: 'verified',
      label: t('activity.columns.verified'),
      cell: (share) => (
        <Badge color={share.verified ? 'green' : 'gray'} variant="light" style={UNCUT}>
          {t(share.verified ? 'activity.verified' : 'activity.notYet')}
        </Badge>
      ),
    },
    {
      ...figure('clicks'),
      cell: (share) => (
        <>
          {format.format(share.clicks)}
          {share.ownVisits > 0 && (
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {t('activity.ownVisits', { count: share.ownVisits })}
            </Text>
          )}
        </>
      ),
    },
    figure('uniqueVisitors'),
    figure('previews'),
    {
      key: 'link',
      label: t('activity.columns.link'),
      cell: (share) =>
        share.disabled ? (
          <Badge color="red" variant="light" style={UNCUT}>
            {t('activity.turnedOff')}
          </Badge>
        ) : (
          // Not a link to follow: opening it adds a visit of one's own (recorded, never a click).
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {share.trackedUrl}
            </Text>
            <CopyTextButton
              value={share.trackedUrl}
              label={t('activity.copyLink', { title: titleOf(share) })}
            />
          </Group>
        ),
    },
  ];

  return (
    <ResponsiveTable
      label={t('activity.table.title')}
      rows={shares}
      rowKey={(share) => share.id}
      columns={columns}
      minWidth={960}
      verticalSpacing="sm"
    />
  );
}
