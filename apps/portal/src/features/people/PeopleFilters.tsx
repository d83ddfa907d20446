import { ROLES, USER_STATUSES, isRole, type Role, type UserStatus } from '@chorus/core';
import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GroupSelect } from '../groups/GroupSelect';

export interface PeopleFilterValues {
  search: string;
  role: Role | null;
  status: UserStatus | null;
  departmentId: string | null;
  locationId: string | null;
}

export const NO_PEOPLE_FILTERS: PeopleFilterValues = {
  search: '',
  role: null,
  status: null,
  departmentId: null,
  locationId: null,
};

const isStatus = (value: unknown): value is UserStatus =>
  typeof value === 'string' && (USER_STATUSES as readonly string[]).includes(value);

interface PeopleFiltersProps {
  value: PeopleFilterValues;
  onChange: (change: Partial<PeopleFilterValues>) => void;
}

export function PeopleFilters({ value, onChange }: PeopleFiltersProps) {
  const { t } = useTranslation();
  const width = { base: '100%', sm: 200 };
  return (
    <Group align="flex-end">
      <TextInput
        type="search"
        label={t('people.search')}
        placeholder={t('people.searchPlaceholder')}
        value={value.search}
        onChange={(event) => onChange({ search: event.currentTarget.value })}
        w={{ base: '100%', sm: 280 }}
      />
      <Select
        label={t('people.role')}
        placeholder={t('people.allRoles')}
        data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        value={value.role}
        onChange={(role) => onChange({ role: isRole(role) ? role : null })}
        clearable
        clearButtonProps={{ 'aria-label': t('people.allRoles') }}
        w={width}
      />
      <Select
        label={t('people.status')}
        placeholder={t('people.allStatuses')}
        data={USER_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        value={value.status}
        onChange={(status) => onChange({ status: isStatus(status) ? status : null })}
        clearable
        clearButtonProps={{ 'aria-label': t('people.allStatuses') }}
        w={width}
      />
      <GroupSelect
        kind="department"
        label={t('people.department')}
        noneLabel={t('people.allDepartments')}
        value={value.departmentId}
        onChange={(departmentId) => onChange({ departmentId })}
        w={width}
      />
      <GroupSelect
        kind="location"
        label={t('people.location')}
        noneLabel={t('people.allLocations')}
        value={value.locationId}
        onChange={(locationId) => onChange({ locationId })}
        w={width}
      />
    </Group>
  );
}
