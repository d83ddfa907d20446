import { ROLES, USER_STATUSES, isRole, isUserStatus } from '@chorus/core';
import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DebouncedSearchInput } from '../../components/DebouncedSearchInput';
import { GroupSelect } from '../groups/GroupSelect';
import type { PeopleFilters as PeopleFilterValues } from './people-filters';

type FilterChange = Partial<Omit<PeopleFilterValues, 'sort' | 'page'>>;

interface PeopleFiltersProps {
  value: PeopleFilterValues;
  onChange: (change: FilterChange, options?: { replace?: boolean }) => void;
}

export function PeopleFilters({ value, onChange }: PeopleFiltersProps) {
  const { t } = useTranslation();
  const width = { base: '100%', sm: 200 };
  return (
    <Group align="flex-end">
      <DebouncedSearchInput
        label={t('people.search')}
        placeholder={t('people.searchPlaceholder')}
        value={value.search}
        onChange={(search) => onChange({ search }, { replace: true })}
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
        onChange={(status) => onChange({ status: isUserStatus(status) ? status : null })}
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
