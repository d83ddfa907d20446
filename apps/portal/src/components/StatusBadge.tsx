import type { UserStatus } from '@chorus/core';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const STATUS_COLORS: Record<UserStatus, string> = {
  invited: 'blue',
  active: 'green',
  deactivated: 'gray',
};

export function StatusBadge({ status }: { status: UserStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="dot">
      {t(`status.${status}`)}
    </Badge>
  );
}
