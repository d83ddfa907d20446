import type { MySuggestionState } from '@chorus/core';
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormattedDate } from '../../components/FormattedDate';
import { PageLoader } from '../../components/PageLoader';
import { Pager } from '../../components/Pager';
import { QueryError } from '../../components/QueryError';
import { mySuggestionsQuery, type MySuggestion } from './api/suggestion-queries';
import { shareLinkOf } from './share-page';

export const MY_SUGGESTIONS_PAGE_SIZE = 10;

const STATE_COLORS: Record<MySuggestionState, string> = {
  waiting: 'blue',
  in_preparation: 'yellow',
  approved: 'green',
  declined: 'gray',
};

/** "Your suggestions": the pages I suggested, newest first, and what became of each. */
export function MySuggestions() {
  const { t } = useTranslation();
  const headingId = useId();
  const [page, setPage] = useState(1);
  const suggestions = useQuery(mySuggestionsQuery(page, MY_SUGGESTIONS_PAGE_SIZE));

  return (
    <Stack component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {t('suggestions.mine.title')}
      </Title>
      {suggestions.isPending ? (
        <PageLoader label={t('suggestions.mine.loading')} />
      ) : suggestions.isError ? (
        <QueryError
          title={t('suggestions.mine.loadFailed')}
          error={suggestions.error}
          onRetry={() => void suggestions.refetch()}
        />
      ) : suggestions.data.items.length === 0 ? (
        <Text c="dimmed">{t('suggestions.mine.empty')}</Text>
      ) : (
        <>
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {suggestions.data.items.map((suggestion) => (
              <SuggestionCard key={suggestion.id} suggestion={suggestion} />
            ))}
          </Stack>
          <Pager
            page={suggestions.data.page}
            pageSize={suggestions.data.pageSize}
            total={suggestions.data.total}
            shown={suggestions.data.items.length}
            onPageChange={setPage}
          />
        </>
      )}
    </Stack>
  );
}

function SuggestionCard({ suggestion }: { suggestion: MySuggestion }) {
  const { t } = useTranslation();
  return (
    <Paper component="li" withBorder p="md">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Anchor
            href={suggestion.url}
            target="_blank"
            rel="noopener noreferrer"
            fw={500}
            style={{ overflowWrap: 'anywhere' }}
          >
            {suggestion.title}
          </Anchor>
          <Badge color={STATE_COLORS[suggestion.state]} variant="light" style={{ flexShrink: 0 }}>
            {t(`suggestions.mine.states.${suggestion.state}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {t('suggestions.mine.suggestedOn')} <FormattedDate value={suggestion.createdAt} />
        </Text>
        {suggestion.reason !== null && (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('suggestions.mine.reason', { reason: suggestion.reason })}
          </Text>
        )}
        {/* Approved is not enough: the item may be scheduled, expired or meant for others. */}
        {suggestion.shareable && suggestion.itemId !== null && (
          <Group>
            <Button component={Link} to={shareLinkOf(suggestion.itemId, 'feed')} size="xs">
              {t('suggestions.mine.share')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
