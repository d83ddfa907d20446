import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { lastPageOf } from './use-last-page-fallback';

interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  /** How many items the current page shows. */
  shown: number;
  onPageChange: (page: number) => void;
}

/** "26–50 of 60" and the page buttons, under a server-paginated table. */
export function Pager({ page, pageSize, total, shown, onPageChange }: PagerProps) {
  const { t } = useTranslation();
  const totalPages = lastPageOf({ total, pageSize });
  const from = (page - 1) * pageSize + 1;
  const to = from + shown - 1;

  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed">
        {t('pager.summary', { from, to, total })}
      </Text>
      {totalPages > 1 && (
        <Pagination
          total={totalPages}
          value={page}
          onChange={onPageChange}
          aria-label={t('pager.label')}
          getControlProps={(control) => ({ 'aria-label': t(`pager.${control}`) })}
        />
      )}
    </Group>
  );
}
