import { RESTRICTED_TERM_CATEGORIES } from '@chorus/guardrails';
import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DebouncedSearchInput } from '../../../components/DebouncedSearchInput';
import { isTermCategory, type TermFilters } from './term-filters';

interface TermFiltersBarProps {
  value: TermFilters;
  onChange: (change: Partial<TermFilters>, options?: { replace?: boolean }) => void;
}

export function TermFiltersBar({ value, onChange }: TermFiltersBarProps) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end">
      <DebouncedSearchInput
        label={t('restrictedTerms.filters.search')}
        placeholder={t('restrictedTerms.filters.searchPlaceholder')}
        value={value.search}
        onChange={(search) => onChange({ search }, { replace: true })}
        w={{ base: '100%', sm: 260 }}
      />
      <Select
        label={t('restrictedTerms.filters.category')}
        placeholder={t('restrictedTerms.filters.allCategories')}
        data={RESTRICTED_TERM_CATEGORIES.map((category) => ({
          value: category,
          label: t(`restrictedTerms.categories.${category}`),
        }))}
        value={value.category}
        onChange={(category) => onChange({ category: isTermCategory(category) ? category : null })}
        clearable
        clearButtonProps={{ 'aria-label': t('restrictedTerms.filters.allCategories') }}
        w={{ base: '100%', sm: 220 }}
      />
    </Group>
  );
}
