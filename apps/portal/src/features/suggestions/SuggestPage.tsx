import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageLoader } from '../../components/PageLoader';
import { MySuggestions } from './MySuggestions';
import { NotAllowedToSuggest } from './NotAllowedToSuggest';
import { titleFrom } from './share-page';
import { SuggestPageForm } from './SuggestPageForm';
import { useMaySuggest } from './api/use-may-suggest';

/** `/suggest?url=&title=`: suggest a page to the curators, the form filled in from the address. */
export function SuggestPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const maySuggest = useMaySuggest();
  const initial = { url: params.get('url') ?? '', title: titleFrom(params) };

  return (
    <Stack maw={640}>
      <div>
        <Title order={1}>{t('suggestions.title')}</Title>
        <Text c="dimmed">{t('suggestions.intro')}</Text>
      </div>
      {maySuggest === undefined ? (
        <PageLoader label={t('suggestions.loading')} />
      ) : maySuggest ? (
        <SuggestPageForm initial={initial} />
      ) : (
        <NotAllowedToSuggest />
      )}
      <MySuggestions />
    </Stack>
  );
}
