import { Anchor, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DebouncedSearchInput } from '../../components/DebouncedSearchInput';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { KeptMessage } from '../../components/KeptMessage';
import { peopleQuery } from '../people/api/people-queries';
import { digestPreviewQuery } from './api/digest-queries';

/** People offered for a search: a few, the closest by name. */
const MATCHES = 8;

/**
 * An admin picks a person and sees the digest they would receive now, as its recipient's mail
 * client would show it (the HTML part in a sandboxed frame) and as its text part.
 */
export function DigestPreviewPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = params.get('search') ?? '';
  const userId = params.get('userId');
  const people = useQuery({
    ...peopleQuery({ search, role: null, status: 'active', page: 1, pageSize: MATCHES }),
    enabled: search.trim() !== '',
  });
  const preview = useQuery({ ...digestPreviewQuery(userId ?? ''), enabled: userId !== null });
  const choose = (next: { search?: string; userId?: string | null }) =>
    setParams(
      (current) => {
        const changed = new URLSearchParams(current);
        if (next.search !== undefined) changed.set('search', next.search);
        if (next.userId === null) changed.delete('userId');
        else if (next.userId !== undefined) changed.set('userId', next.userId);
        return changed;
      },
      { replace: true },
    );

  return (
    <Stack maw={960}>
      <Title order={1}>{t('digestPreview.title')}</Title>
      <Text>{t('digestPreview.intro')}</Text>
      <Anchor component={Link} to="/outbox" w="fit-content">
        {t('digestPreview.backToOutbox')}
      </Anchor>
      <DebouncedSearchInput
        label={t('digestPreview.search')}
        placeholder={t('digestPreview.searchPlaceholder')}
        value={search}
        onChange={(text) => choose({ search: text })}
        maw={420}
      />
      {people.data && (
        <>
          {people.data.items.length === 0 ? (
            <Text c="dimmed">{t('digestPreview.noMatches')}</Text>
          ) : (
            <List listStyleType="none" spacing="xs" aria-label={t('digestPreview.matches')}>
              {people.data.items.map((person) => (
                <List.Item key={person.id}>
                  <Button
                    variant={person.id === userId ? 'filled' : 'light'}
                    size="xs"
                    aria-pressed={person.id === userId}
                    onClick={() => choose({ userId: person.id })}
                  >
                    {t('digestPreview.person', { name: person.name, email: person.email })}
                  </Button>
                </List.Item>
              ))}
            </List>
          )}
        </>
      )}
      {userId === null ? null : preview.isPending ? (
        <PageLoader label={t('digestPreview.loading')} />
      ) : preview.isError ? (
        <QueryError
          title={t('digestPreview.loadFailed')}
          error={preview.error}
          onRetry={() => void preview.refetch()}
        />
      ) : (
        <Stack gap="sm">
          <Group gap="sm">
            <Title order={2} size="h3">
              {preview.data.subject}
            </Title>
            <Badge variant="light">{preview.data.language}</Badge>
          </Group>
          <KeptMessage message={preview.data} initialPart="html" />
        </Stack>
      )}
    </Stack>
  );
}
