import { publicationOf } from '@chorus/core';
import { Anchor, Badge, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormattedDate } from '../../components/FormattedDate';
import { contentItemPath } from '../../lib/content-paths';
import type { FromContentState } from './content-filters';
import { ContentStatusBadge } from './ContentStatusBadge';
import { ContentThumbnail } from './ContentThumbnail';
import { UnfurlBadge } from './UnfurlBadge';
import type { ContentSummary } from './use-content-list';
import { useTopicName } from '../../lib/use-topic-name';

const COLUMNS = [
  'title',
  'site',
  'kind',
  'topics',
  'campaign',
  'author',
  'schedule',
  'state',
] as const;

interface ContentTableProps {
  items: ContentSummary[];
  busy: boolean;
  /** Passed to each item's page, so that it can lead back to the queue as it is. */
  linkState: FromContentState;
}

export function ContentTable({ items, busy, linkState }: ContentTableProps) {
  const { t } = useTranslation();
  const topicName = useTopicName();
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table
        striped
        highlightOnHover
        verticalSpacing="sm"
        aria-label={t('content.title')}
        aria-busy={busy}
        style={{ opacity: busy ? 0.6 : 1 }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">
              <VisuallyHidden>{t('content.columns.image')}</VisuallyHidden>
            </Table.Th>
            {COLUMNS.map((key) => (
              <Table.Th key={key} scope="col">
                {t(`content.columns.${key}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <ContentThumbnail src={item.thumbnailUrl} />
              </Table.Td>
              <Table.Td maw={360}>
                <Anchor
                  component={Link}
                  to={contentItemPath(item.id)}
                  state={linkState}
                  fw={500}
                  style={item.title ? undefined : { wordBreak: 'break-all' }}
                >
                  {item.title ?? item.url}
                </Anchor>
              </Table.Td>
              <Table.Td>{item.siteName}</Table.Td>
              <Table.Td>{t(`content.kinds.${item.kind}`)}</Table.Td>
              <Table.Td>
                <Text size="sm">{item.topics.map(topicName).join(', ')}</Text>
              </Table.Td>
              <Table.Td>{item.campaign?.name}</Table.Td>
              <Table.Td>{item.author?.name ?? t('content.unknownAuthor')}</Table.Td>
              <Table.Td>
                <Schedule publishAt={item.publishAt} expiresAt={item.expiresAt} />
              </Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <ContentStatusBadge status={item.status} size="sm" />
                  <Publication item={item} />
                  {item.pinned && (
                    <Badge color="orange" variant="light" tt="none">
                      {t('content.pinned')}
                    </Badge>
                  )}
                  <UnfurlBadge state={item.unfurlState} />
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** For an approved item: whether employees see it now, will later, or no longer do. */
function Publication({ item }: { item: ContentSummary }) {
  const { t } = useTranslation();
  const publication = publicationOf(
    {
      status: item.status,
      publishAt: item.publishAt ? new Date(item.publishAt) : null,
      expiresAt: item.expiresAt ? new Date(item.expiresAt) : null,
    },
    new Date(),
  );
  if (!publication) return null;
  return (
    <Text size="sm" c={publication === 'live' ? 'green' : 'dimmed'} fw={500}>
      {t(`content.publication.${publication}`)}
    </Text>
  );
}

function Schedule({
  publishAt,
  expiresAt,
}: {
  publishAt: string | null;
  expiresAt: string | null;
}) {
  const { t } = useTranslation();
  if (!publishAt && !expiresAt) {
    return (
      <Text size="sm" c="dimmed">
        {t('content.schedule.always')}
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      {publishAt && (
        <Text size="sm">
          {t('content.schedule.from')} <FormattedDate value={publishAt} withTime />
        </Text>
      )}
      {expiresAt && (
        <Text size="sm">
          {t('content.schedule.until')} <FormattedDate value={expiresAt} withTime />
        </Text>
      )}
    </Stack>
  );
}
