import type { BreakdownSort } from '@chorus/core';
import { ActionIcon, Anchor, Group, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LineIcon } from '../../components/LineIcon';
import { contentItemPath } from '../../lib/content-paths';
import { SortableHeader } from '../../components/SortableHeader';
import type { BreakdownRow } from './analytics-types';
import { breakdownLabel } from './breakdown-labels';
import { FIGURE_COLUMNS, FigureCells } from './BreakdownTable';

/** An arrow out of a box: the link opens the article itself, in a new tab. */
const EXTERNAL_ICON = 'M9 2.5h4.5V7M13.5 2.5L7.5 8.5M11.5 9.5v4h-9v-9h4';

interface ContentPerformanceTableProps {
  rows: readonly BreakdownRow[];
  /** The figure the API ordered the rows by, most first. */
  sort: BreakdownSort;
  onSort: (sort: BreakdownSort) => void;
  /**
   * Whether the reader may open an item's page (curators and admins); others get the title
   * linked to the article itself.
   */
  linkItems: boolean;
  busy: boolean;
}

/** Each item's figures in the period, as ordered; a row opens to show them network by network. */
export function ContentPerformanceTable({
  rows,
  sort,
  onSort,
  linkItems,
  busy,
}: ContentPerformanceTableProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table
        aria-label={t('contentPerformance.tableLabel')}
        aria-busy={busy}
        style={{ opacity: busy ? 0.6 : 1 }}
        verticalSpacing="xs"
        highlightOnHover
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('contentPerformance.columns.item')}</Table.Th>
            {FIGURE_COLUMNS.map((column) => (
              <SortableHeader
                key={column}
                column={column}
                label={t(`analytics.columns.${column}`)}
                order={column === sort ? 'desc' : null}
                onSort={onSort}
                ta="right"
              />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            // A row without a key is the figures of deleted items, at most one such row.
            const id = row.key ?? '';
            const title = breakdownLabel('item', row, t);
            const expanded = open.has(id);
            return (
              <Fragment key={id}>
                <Table.Tr>
                  <Table.Th scope="row" fw={400} maw={360}>
                    <Group gap="xs" wrap="nowrap" align="flex-start">
                      <ActionIcon
                        variant="subtle"
                        size="sm"
                        aria-expanded={expanded}
                        aria-label={t(
                          expanded
                            ? 'contentPerformance.hideNetworks'
                            : 'contentPerformance.showNetworks',
                          { title },
                        )}
                        onClick={() => toggle(id)}
                      >
                        <LineIcon path={expanded ? 'M4 6l4 4 4-4' : 'M6 4l4 4-4 4'} />
                      </ActionIcon>
                      <ItemTitle row={row} title={title} linkItem={linkItems} />
                    </Group>
                  </Table.Th>
                  <FigureCells figures={row} />
                </Table.Tr>
                {expanded &&
                  (row.networks ?? []).map((network) => (
                    <Table.Tr key={network.network} bg="var(--mantine-color-gray-light)">
                      <Table.Th scope="row" fw={400} pl={48}>
                        <Text size="sm" c="dimmed">
                          {t('contentPerformance.onNetwork', {
                            network: t(`networks.${network.network}`),
                          })}
                        </Text>
                      </Table.Th>
                      <FigureCells figures={network} />
                    </Table.Tr>
                  ))}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * An item's title: for curators and admins a link to its page, with the article beside it; for
 * others a link to the article, which opens in a new tab.
 */
function ItemTitle({
  row,
  title,
  linkItem,
}: {
  row: BreakdownRow;
  title: string;
  linkItem: boolean;
}) {
  const { t } = useTranslation();
  const wrap = { overflowWrap: 'anywhere' } as const;
  if (linkItem && row.key) {
    return (
      <Group gap={4} wrap="nowrap" align="flex-start">
        <Anchor component={Link} to={contentItemPath(row.key)} size="sm" style={wrap}>
          {title}
        </Anchor>
        {row.url && (
          <ActionIcon
            component="a"
            href={row.url}
            target="_blank"
            rel="noopener noreferrer"
            variant="subtle"
            size="sm"
            aria-label={t('contentPerformance.openArticle', { title })}
          >
            <LineIcon path={EXTERNAL_ICON} />
          </ActionIcon>
        )}
      </Group>
    );
  }
  if (row.url) {
    return (
      <Anchor href={row.url} target="_blank" rel="noopener noreferrer" size="sm" style={wrap}>
        {title}
        <LineIcon path={EXTERNAL_ICON} style={{ marginLeft: 4, verticalAlign: 'middle' }} />
      </Anchor>
    );
  }
  return (
    <Text size="sm" style={wrap}>
      {title}
    </Text>
  );
}
