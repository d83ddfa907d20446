import { LANGUAGE_NAMES, isPreferredLanguage, type PreferredLanguage } from '@chorus/core';
import { Badge, Button, Group, Modal, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormattedDate } from '../../../components/FormattedDate';
import { Markdown } from '../../../components/Markdown';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { TranslationForm } from './TranslationForm';
import { usePolicyVersion } from './use-policy-version';
import type { PolicyTextSummary, PolicyVersionSummary } from '../api/policy-version-queries';

type Mode = { mode: 'read' } | { mode: 'add' } | { mode: 'correct'; language: PreferredLanguage };

/**
 * One version as it was published, for reading in each of its languages; its texts, who added
 * each and when; and adding or correcting a translation (the version stays the same).
 */
export function PolicyVersionModal({
  summary,
  onClose,
}: {
  summary: PolicyVersionSummary;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reading, setReading] = useState<PreferredLanguage>(summary.mainLanguage);
  const [mode, setMode] = useState<Mode>({ mode: 'read' });
  const version = usePolicyVersion(summary.version, reading);
  const languages = summary.texts.map((text) => text.language);

  const correcting = mode.mode === 'correct' ? mode.language : null;
  const text = usePolicyVersion(correcting === null ? null : summary.version, correcting);

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t('policyAdmin.viewTitle', { version: summary.version, title: summary.title })}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      {mode.mode === 'add' ? (
        <Stack>
          <Title order={3} size="h4">
            {t('policyAdmin.translation.addTitle', { version: summary.version })}
          </Title>
          <TranslationForm
            version={summary.version}
            languages={languages}
            editing={null}
            onDone={() => setMode({ mode: 'read' })}
          />
        </Stack>
      ) : mode.mode === 'correct' ? (
        <Stack>
          <Title order={3} size="h4">
            {t('policyAdmin.translation.correctTitle', {
              version: summary.version,
              language: LANGUAGE_NAMES[mode.language],
            })}
          </Title>
          {text.isPending || text.isPlaceholderData ? (
            <PageLoader label={t('policyAdmin.loadingVersion')} />
          ) : text.isError ? (
            <QueryError
              title={t('policyAdmin.versionFailed')}
              error={text.error}
              onRetry={() => void text.refetch()}
            />
          ) : (
            <TranslationForm
              version={summary.version}
              languages={languages}
              editing={{
                language: mode.language,
                title: text.data.title,
                body: text.data.body,
                changeSummary: text.data.changeSummary,
              }}
              onDone={() => setMode({ mode: 'read' })}
            />
          )}
        </Stack>
      ) : (
        <Stack>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t('policyAdmin.publishedOn')} <FormattedDate value={summary.publishedAt} />
            </Text>
            {summary.requiresAcknowledgment && (
              <Badge variant="light">{t('policyAdmin.acknowledgedAgain')}</Badge>
            )}
          </Group>
          <TextsTable
            summary={summary}
            onCorrect={(language) => setMode({ mode: 'correct', language })}
          />
          <Group justify="space-between" align="flex-end">
            <Select
              label={t('policyAdmin.readIn')}
              data={languages.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] }))}
              value={reading}
              onChange={(picked) => {
                if (isPreferredLanguage(picked)) setReading(picked);
              }}
              allowDeselect={false}
              w={{ base: '100%', xs: 240 }}
            />
            <Button variant="light" onClick={() => setMode({ mode: 'add' })}>
              {t('policyAdmin.translation.addButton')}
            </Button>
          </Group>
          {version.isPending ? (
            <PageLoader label={t('policyAdmin.loadingVersion')} />
          ) : version.isError ? (
            <QueryError
              title={t('policyAdmin.versionFailed')}
              error={version.error}
              onRetry={() => void version.refetch()}
            />
          ) : (
            <Stack lang={version.data.language}>
              {version.data.changeSummary && (
                <Text size="sm">
                  <Text span fw={500}>
                    {t('policyAdmin.whatChanged')}
                  </Text>{' '}
                  {version.data.changeSummary}
                </Text>
              )}
              <Markdown>{version.data.body}</Markdown>
            </Stack>
          )}
        </Stack>
      )}
    </Modal>
  );
}

/** The version's texts: language, title, who added and last corrected each, and when. */
function TextsTable({
  summary,
  onCorrect,
}: {
  summary: PolicyVersionSummary;
  onCorrect: (language: PreferredLanguage) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table aria-label={t('policyAdmin.texts.tableLabel', { version: summary.version })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('policyAdmin.texts.language')}</Table.Th>
            <Table.Th scope="col">{t('policyAdmin.texts.title')}</Table.Th>
            <Table.Th scope="col">{t('policyAdmin.texts.added')}</Table.Th>
            <Table.Th scope="col">{t('policyAdmin.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {summary.texts.map((text) => (
            <TextRow
              key={text.language}
              text={text}
              main={text.language === summary.mainLanguage}
              onCorrect={() => onCorrect(text.language)}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function TextRow({
  text,
  main,
  onCorrect,
}: {
  text: PolicyTextSummary;
  main: boolean;
  onCorrect: () => void;
}) {
  const { t } = useTranslation();
  const name = LANGUAGE_NAMES[text.language];
  return (
    <Table.Tr>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Text span>{name}</Text>
          {main && (
            <Badge variant="light" size="sm">
              {t('policyAdmin.texts.main')}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td lang={text.language}>{text.title}</Table.Td>
      <Table.Td>
        <Text size="sm">
          {text.addedBy ?? t('policyAdmin.texts.someone')}, <FormattedDate value={text.addedAt} />
        </Text>
        {text.updatedAt !== text.addedAt && (
          <Text size="sm" c="dimmed">
            {t('policyAdmin.texts.corrected', {
              name: text.updatedBy ?? t('policyAdmin.texts.someone'),
            })}{' '}
            <FormattedDate value={text.updatedAt} />
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {!main && (
          <Button
            size="xs"
            variant="default"
            aria-label={t('policyAdmin.translation.correctLabel', { language: name })}
            onClick={onCorrect}
          >
            {t('policyAdmin.translation.correct')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
