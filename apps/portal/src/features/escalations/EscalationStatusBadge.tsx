import type { EscalationStatus } from '@chorus/core';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const STATUS_COLORS: Record<EscalationStatus, string> = {
  open: 'orange',
  in_progress: 'blue',
  resolved: 'green',
};

export function EscalationStatusBadge({ status }: { status: EscalationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light">
      {t(`escalations.statuses.${status}`)}
    </Badge>
  );
}
