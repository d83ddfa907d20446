import { AUDIT_ACTIONS, isAuditAction } from '@chorus/core';
import { Button, Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DebouncedSearchInput } from '../../components/DebouncedSearchInput';
import type { AuditFilters } from './audit-filters';

interface AuditFiltersBarProps {
  value: AuditFilters;
  onChange: (change: Partial<AuditFilters>, options?: { replace?: boolean }) => void;
}

export function AuditFiltersBar({ value, onChange }: AuditFiltersBarProps) {
  const { t } = useTranslation();

  return (
    <Group align="flex-end">
      <Select
        label={t('audit.filters.action')}
        placeholder={t('audit.filters.allActions')}
        data={AUDIT_ACTIONS.map((action) => ({
          value: action,
          label: t(`audit.actions.${action}`),
        }))}
        value={value.action}
        onChange={(action) => onChange({ action: isAuditAction(action) ? action : null })}
        clearable
        clearButtonProps={{ 'aria-label': t('audit.filters.allActions') }}
        searchable
        w={{ base: '100%', sm: 260 }}
      />
      <DebouncedSearchInput
        label={t('audit.filters.search')}
        placeholder={t('audit.filters.searchPlaceholder')}
        value={value.search}
        onChange={(search) => onChange({ search }, { replace: true })}
        w={{ base: '100%', sm: 260 }}
      />
      <TextInput
        type="date"
        label={t('audit.filters.from')}
        value={value.from}
        max={value.to || undefined}
        onChange={(event) => onChange({ from: event.currentTarget.value })}
      />
      <TextInput
        type="date"
        label={t('audit.filters.to')}
        value={value.to}
        min={value.from || undefined}
        onChange={(event) => onChange({ to: event.currentTarget.value })}
      />
      {value.targetId !== '' && (
        <Button variant="light" onClick={() => onChange({ targetId: '' })}>
          {t('audit.filters.clearTarget')}
        </Button>
      )}
      {value.actorId !== '' && (
        <Button variant="light" onClick={() => onChange({ actorId: '' })}>
          {t('audit.filters.clearActor')}
        </Button>
      )}
    </Group>
  );
}
