import { Stack, Text, Title } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FeedsSection } from './FeedsSection';
import { InboxSection } from './InboxSection';
import { readInboxFilters, writeInboxFilters, type InboxFilters } from './inbox-filters';

/** The inbox of links the feeds suggest, and the feeds; the inbox's filter is in the address. */
export function SourcesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = readInboxFilters(params);
  const inbox = useRef<HTMLElement>(null);
  const update = (change: Partial<InboxFilters>, options?: { replace?: boolean }) =>
    setParams((current) => writeInboxFilters(current, change), options);

  const showSuggestionsOf = (sourceId: string) => {
    update({ sourceId });
    inbox.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  return (
    <Stack>
      <Title order={1}>{t('sources.title')}</Title>
      <Text>{t('sources.intro')}</Text>
      <InboxSection ref={inbox} filters={filters} onChange={update} />
      <FeedsSection onShowSuggestions={showSuggestionsOf} />
    </Stack>
  );
}
