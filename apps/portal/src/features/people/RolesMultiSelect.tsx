import { ROLES, isRole, type Role } from '@chorus/core';
import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface RolesMultiSelectProps extends Omit<MultiSelectProps, 'data' | 'value' | 'onChange'> {
  value: Role[];
  onChange: (roles: Role[]) => void;
}

export function RolesMultiSelect({ value, onChange, ...props }: RolesMultiSelectProps) {
  const { t } = useTranslation();
  return (
    <MultiSelect
      data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      value={value}
      // Kept in the order of ROLES, whatever order they were picked in.
      onChange={(picked) => onChange(ROLES.filter((role) => picked.filter(isRole).includes(role)))}
      {...props}
    />
  );
}
