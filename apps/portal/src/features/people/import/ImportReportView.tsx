import { Alert, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ImportChangesTable, ImportProblemsTable } from './ImportTables';
import type { ImportReport } from './use-import-people';

/** What an import would do (a preview) or did: counts, new groups, problems and changes. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const headingId = report.applied ? 'import-result' : 'import-preview';
  return (
    <Stack component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {report.applied ? t('peopleImport.resultTitle') : t('peopleImport.previewTitle')}
      </Title>
      <List spacing={2}>
        <List.Item>{t('peopleImport.summary.rows', { count: report.rows })}</List.Item>
        <List.Item>{t('peopleImport.summary.created', { count: report.created })}</List.Item>
        <List.Item>{t('peopleImport.summary.updated', { count: report.updated })}</List.Item>
        <List.Item>{t('peopleImport.summary.unchanged', { count: report.unchanged })}</List.Item>
        {report.applied && (
          <List.Item>{t('peopleImport.summary.invited', { count: report.invited })}</List.Item>
        )}
        {report.invitationFailures > 0 && (
          <List.Item c="red">
            {t('peopleImport.summary.invitationFailures', { count: report.invitationFailures })}
          </List.Item>
        )}
        {report.newDepartments.length > 0 && (
          <List.Item>
            {t('peopleImport.summary.newDepartments', { names: report.newDepartments.join(', ') })}
          </List.Item>
        )}
        {report.newLocations.length > 0 && (
          <List.Item>
            {t('peopleImport.summary.newLocations', { names: report.newLocations.join(', ') })}
          </List.Item>
        )}
      </List>
      {report.problems.length > 0 && <ImportProblems problems={report.problems} />}
      {report.changes.length > 0 && (
        <>
          <Title order={3} size="h4">
            {t('peopleImport.changes.title')}
          </Title>
          {report.changes.length < report.rows && (
            <Text size="sm" c="dimmed">
              {t('peopleImport.changes.firstOnly', {
                shown: report.changes.length,
                rows: report.rows,
              })}
            </Text>
          )}
          <ImportChangesTable changes={report.changes} />
        </>
      )}
    </Stack>
  );
}

/** The lines the server found wrong; nothing can be imported until they are fixed. */
export function ImportProblems({ problems }: { problems: ImportReport['problems'] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Alert color="red" title={t('peopleImport.problems.title')}>
        {t('peopleImport.problems.explanation', { count: problems.length })}
      </Alert>
      <ImportProblemsTable problems={problems} />
    </Stack>
  );
}
