import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { contentListPath } from '../content-filters';
import { ItemForm } from './ItemForm';
import { ItemHeader } from './ItemHeader';
import { UnfurlStatus } from './UnfurlStatus';
import { useContentItem } from './use-content-item';
import { VariantsSection } from './VariantsSection';
import { WorkflowBar } from './WorkflowBar';

/** One content item for a curator: what it says, its suggested posts, and its workflow. */
export function ContentItemPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { state } = useLocation();
  const item = useContentItem(id);

  return (
    <Stack maw={1040}>
      <Anchor component={Link} to={contentListPath(state)} size="sm">
        {t('contentItem.back')}
      </Anchor>
      {item.isPending ? (
        <PageLoader label={t('contentItem.loading')} />
      ) : item.isError ? (
        <QueryError
          title={t('contentItem.loadFailed')}
          error={item.error}
          onRetry={() => void item.refetch()}
        />
      ) : (
        <>
          <ItemHeader item={item.data} />
          <UnfurlStatus item={item.data} />
          <WorkflowBar item={item.data} />
          <ItemForm key={item.data.id} item={item.data} />
          <VariantsSection item={item.data} />
        </>
      )}
    </Stack>
  );
}
