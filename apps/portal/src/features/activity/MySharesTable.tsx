import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormattedDate } from '../../components/FormattedDate';
import { currentLanguage } from '../../i18n';
import { CopyTextButton } from '../sharing/CopyTextButton';
import type { MyShare } from './use-my-shares';

/** A badge cuts its text short when a column is narrow: in a table, the column makes room. */
const UNCUT = { minWidth: 'max-content' };

/** My shares, one a row, with what each tracked link counted. */
export function MySharesTable({ shares }: { shares: readonly MyShare[] }) {
  const { t, i18n } = useTranslation();
  const format = new Intl.NumberFormat(currentLanguage(i18n));
  const number = (value: number) => <Table.Td ta="right">{format.format(value)}</Table.Td>;

  return (
    <Table.ScrollContainer minWidth={960}>
      <Table aria-label={t('activity.table.title')} verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('activity.columns.sharedAt')}</Table.Th>
            <Table.Th scope="col">{t('activity.columns.item')}</Table.Th>
            <Table.Th scope="col">{t('activity.columns.network')}</Table.Th>
            <Table.Th scope="col">{t('activity.columns.verified')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('activity.columns.clicks')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('activity.columns.uniqueVisitors')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('activity.columns.previews')}
            </Table.Th>
            <Table.Th scope="col">{t('activity.columns.link')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shares.map((share) => {
            const title = share.item.title ?? share.item.url;
            return (
              <Table.Tr key={share.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <FormattedDate value={share.sharedAt} />
                </Table.Td>
                <Table.Td maw={280}>
                  <Anchor
                    href={share.item.url}
                    target="_blank"
                    rel="noopener noreferrer"
                    size="sm"
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`networks.${share.network}`)}</Table.Td>
                <Table.Td>
                  <Badge color={share.verified ? 'green' : 'gray'} variant="light" style={UNCUT}>
                    {t(share.verified ? 'activity.verified' : 'activity.notYet')}
                  </Badge>
                </Table.Td>
                {number(share.clicks)}
                {number(share.uniqueVisitors)}
                {number(share.previews)}
                <Table.Td>
                  {share.disabled ? (
                    <Badge color="red" variant="light" style={UNCUT}>
                      {t('activity.turnedOff')}
                    </Badge>
                  ) : (
                    // Not a link to follow: opening it would add a visit of one's own.
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm" ff="monospace">
                        {share.trackedUrl}
                      </Text>
                      <CopyTextButton
                        value={share.trackedUrl}
                        label={t('activity.copyLink', { title })}
                      />
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
