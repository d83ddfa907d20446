import { ROLES, isRole, type Role } from '@chorus/core';
import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface RolesMultiSelectProps extends Omit<
  MultiSelectProps,
  'data' | 'value' | 'onChange' | 'error'
> {
  value: Role[];
  onChange: (roles: Role[]) => void;
}

/** Every account needs at least one role; forms send nothing while this is true. */
export const missingRoles = (roles: readonly Role[]) => roles.length === 0;

/** The roles of a person, in the order of ROLES; says so at once when none is left. */
export function RolesMultiSelect({ value, onChange, ...props }: RolesMultiSelectProps) {
  const { t } = useTranslation();
  return (
    <MultiSelect
      data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      value={value}
      // Kept in the order of ROLES, whatever order they were picked in.
      onChange={(picked) => onChange(ROLES.filter((role) => picked.filter(isRole).includes(role)))}
      error={missingRoles(value) ? t('people.rolesRequired') : undefined}
      {...props}
    />
  );
}
