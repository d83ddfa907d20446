import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/api-error';
import { NoticePage } from '../../components/NoticePage';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { pageLookupQuery } from './api/suggestion-queries';
import { NotAllowedToSuggest } from './NotAllowedToSuggest';
import { readSharePageRequest, shareLinkOf } from './share-page';
import { SuggestPageForm } from './SuggestPageForm';
import { useMaySuggest } from './use-may-suggest';

/**
 * What the browser extension opens for the page the person is reading: the share dialog when
 * the page is live content for them; otherwise that the curators already have it, or that
 * Chorus does not, with the form to suggest it.
 */
export function SharePagePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const request = readSharePageRequest(params);
  const lookup = useQuery({ ...pageLookupQuery(request.url), enabled: request.url !== '' });

  if (request.url === '' || (lookup.error instanceof ApiError && lookup.error.status === 422)) {
    return (
      <NoticePage
        color="yellow"
        title={t('suggestions.sharePage.invalidTitle')}
        message={t('suggestions.sharePage.invalid')}
      />
    );
  }
  if (lookup.isPending) return <PageLoader label={t('suggestions.sharePage.loading')} />;
  if (!lookup.data) {
    return (
      <QueryError
        title={t('suggestions.sharePage.loadFailed')}
        error={lookup.error}
        onRetry={() => void lookup.refetch()}
      />
    );
  }
  if (lookup.data.state === 'shareable' && lookup.data.itemId) {
    return <Navigate replace to={shareLinkOf(lookup.data.itemId, request.source)} />;
  }
  if (lookup.data.state === 'known') {
    return (
      <NoticePage
        color="blue"
        title={t('suggestions.sharePage.knownTitle')}
        message={t('suggestions.sharePage.known')}
      />
    );
  }
  return <NotInChorus url={request.url} title={request.title} />;
}

/** The page is not in Chorus: say so, and offer to suggest it. */
function NotInChorus({ url, title }: { url: string; title: string }) {
  const { t } = useTranslation();
  const maySuggest = useMaySuggest();
  return (
    <Stack maw={640}>
      <div>
        <Title order={1}>{t('suggestions.sharePage.unknownTitle')}</Title>
        <Text c="dimmed">{t('suggestions.sharePage.unknown')}</Text>
      </div>
      {maySuggest === undefined ? (
        <PageLoader label={t('suggestions.loading')} />
      ) : maySuggest ? (
        <SuggestPageForm initial={{ url, title }} fixedUrl />
      ) : (
        <NotAllowedToSuggest />
      )}
    </Stack>
  );
}
