import type { ContentStatus } from '@chorus/core';
import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const STATUS_COLORS: Record<ContentStatus, string> = {
  draft: 'gray',
  in_review: 'yellow',
  approved: 'green',
  archived: 'dark',
};

export function ContentStatusBadge({
  status,
  size = 'lg',
}: {
  status: ContentStatus;
  size?: BadgeProps['size'];
}) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" size={size}>
      {t(`content.statuses.${status}`)}
    </Badge>
  );
}
