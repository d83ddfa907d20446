import type { Role } from '@chorus/core';
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const ROLE_COLORS: Record<Role, string> = {
  employee: 'blue',
  curator: 'grape',
  analyst: 'teal',
  admin: 'orange',
};

export function RoleBadges({ roles, label }: { roles: readonly Role[]; label?: string }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} role="list" aria-label={label}>
      {roles.map((role) => (
        <Badge key={role} role="listitem" color={ROLE_COLORS[role]} variant="light">
          {t(`roles.${role}`)}
        </Badge>
      ))}
    </Group>
  );
}
