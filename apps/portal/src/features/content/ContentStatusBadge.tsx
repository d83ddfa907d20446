import type { ContentStatus } from '@chorus/core';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const STATUS_COLORS: Record<ContentStatus, string> = {
  draft: 'gray',
  in_review: 'yellow',
  approved: 'green',
  archived: 'dark',
};

export function ContentStatusBadge({ status }: { status: ContentStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" size="lg">
      {t(`content.statuses.${status}`)}
    </Badge>
  );
}
