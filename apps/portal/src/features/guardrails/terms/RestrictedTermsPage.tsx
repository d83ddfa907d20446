import { Button, EmptyState, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { DeleteTermModal } from './DeleteTermModal';
import { readTermFilters, writeTermFilters, type TermFilters } from './term-filters';
import { TermFiltersBar } from './TermFiltersBar';
import { TermModal } from './TermModal';
import { TermsTable } from './TermsTable';
import type { RestrictedTerm } from '../api/restricted-term-queries';
import { useRestrictedTerms } from './use-restricted-terms';

type Editing =
  { mode: 'edit'; term: RestrictedTerm | null } | { mode: 'delete'; term: RestrictedTerm };

/** The words posts are checked for: confidential projects, competitors, taboo topics. */
export function RestrictedTermsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = readTermFilters(params);
  const terms = useRestrictedTerms(filters);
  const [editing, setEditing] = useState<Editing | null>(null);
  const close = () => setEditing(null);
  const update = (change: Partial<TermFilters>, options?: { replace?: boolean }) =>
    setParams((current) => writeTermFilters(current, change), options);
  const filtered = filters.search.trim() !== '' || filters.category !== null;

  return (
    <Stack maw={1040}>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('restrictedTerms.title')}</Title>
        <Button onClick={() => setEditing({ mode: 'edit', term: null })}>
          {t('restrictedTerms.add')}
        </Button>
      </Group>
      <Text>{t('restrictedTerms.intro')}</Text>
      <section aria-labelledby="term-matching-title">
        <Title order={2} size="h5" id="term-matching-title">
          {t('restrictedTerms.matchingTitle')}
        </Title>
        <List size="sm" c="dimmed" spacing={4}>
          <List.Item>{t('restrictedTerms.matchingWords')}</List.Item>
          <List.Item>{t('restrictedTerms.matchingTags')}</List.Item>
          <List.Item>{t('restrictedTerms.matchingInvisible')}</List.Item>
        </List>
      </section>
      <TermFiltersBar value={filters} onChange={update} />
      {terms.isPending ? (
        <PageLoader label={t('restrictedTerms.loading')} />
      ) : terms.isError ? (
        <QueryError
          title={t('restrictedTerms.loadFailed')}
          error={terms.error}
          onRetry={() => void terms.refetch()}
        />
      ) : terms.data.length === 0 ? (
        <EmptyState title={t(filtered ? 'restrictedTerms.noMatch' : 'restrictedTerms.empty')} />
      ) : (
        <TermsTable
          terms={terms.data}
          busy={terms.isPlaceholderData}
          onEdit={(term) => setEditing({ mode: 'edit', term })}
          onDelete={(term) => setEditing({ mode: 'delete', term })}
        />
      )}
      {editing?.mode === 'edit' && <TermModal term={editing.term} onClose={close} />}
      {editing?.mode === 'delete' && <DeleteTermModal term={editing.term} onClose={close} />}
    </Stack>
  );
}
