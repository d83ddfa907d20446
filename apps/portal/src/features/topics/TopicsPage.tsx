import { Button, EmptyState, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { LANGUAGE_NAMES, UI_LANGUAGES } from '@chorus/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { AddTopicForm } from './AddTopicForm';
import { DeleteTopicModal } from './DeleteTopicModal';
import { RenameTopicModal } from './RenameTopicModal';
import { TopicTranslationsModal } from './TopicTranslationsModal';
import type { Topic } from './api/topic-queries';
import { useTopics } from './use-topics';

type Editing = { mode: 'rename' | 'translate' | 'delete'; topic: Topic } | null;

/** The curated list of topics items are tagged with, and employees will follow. */
export function TopicsPage() {
  const { t } = useTranslation();
  const topics = useTopics();
  const [editing, setEditing] = useState<Editing>(null);
  const close = () => setEditing(null);

  return (
    <Stack maw={880}>
      <Title order={1}>{t('topics.title')}</Title>
      <Text>{t('topics.intro')}</Text>
      <Paper withBorder p="lg">
        <Stack>
          <AddTopicForm />
          {topics.isPending ? (
            <PageLoader label={t('topics.loading')} />
          ) : topics.isError ? (
            <QueryError
              title={t('topics.loadFailed')}
              error={topics.error}
              onRetry={() => void topics.refetch()}
            />
          ) : topics.data.length === 0 ? (
            <EmptyState title={t('topics.empty')} />
          ) : (
            <Table striped highlightOnHover aria-label={t('topics.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('topics.columns.name')}</Table.Th>
                  <Table.Th scope="col">{t('topics.columns.items')}</Table.Th>
                  <Table.Th scope="col">{t('topics.columns.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {topics.data.map((topic) => (
                  <Table.Tr key={topic.id}>
                    <Table.Td>
                      {topic.name}
                      <TranslatedNames names={topic.names} />
                    </Table.Td>
                    <Table.Td>{topic.itemCount}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('topics.renameLabel', { name: topic.name })}
                          onClick={() => setEditing({ mode: 'rename', topic })}
                        >
                          {t('topics.rename')}
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('topics.translateLabel', { name: topic.name })}
                          onClick={() => setEditing({ mode: 'translate', topic })}
                        >
                          {t('topics.translate')}
                        </Button>
                        <Button
                          size="xs"
                          variant="light"
                          color="red"
                          aria-label={t('topics.deleteLabel', { name: topic.name })}
                          onClick={() => setEditing({ mode: 'delete', topic })}
                        >
                          {t('topics.delete')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Paper>
      {editing?.mode === 'rename' && <RenameTopicModal topic={editing.topic} onClose={close} />}
      {editing?.mode === 'translate' && (
        <TopicTranslationsModal topic={editing.topic} onClose={close} />
      )}
      {editing?.mode === 'delete' && <DeleteTopicModal topic={editing.topic} onClose={close} />}
    </Stack>
  );
}

/** The topic's names in other languages, each after its language's own name, under the main name. */
function TranslatedNames({ names }: { names: Topic['names'] }) {
  const translated = UI_LANGUAGES.filter((language) => names[language]);
  if (translated.length === 0) return null;
  return (
    <Text size="xs" c="dimmed">
      {translated.map((language, index) => (
        <span key={language}>
          {index > 0 && ' · '}
          <span lang={language}>
            {LANGUAGE_NAMES[language]}: {names[language]}
          </span>
        </span>
      ))}
    </Text>
  );
}
