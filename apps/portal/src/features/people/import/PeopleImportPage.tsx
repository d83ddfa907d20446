import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { describeError } from '../../../api/describe-error';
import { useSchemaForm } from '../../../lib/forms';
import { peopleListPath } from '../people-filters';
import { ImportInstructions } from './ImportInstructions';
import { ImportOptionsForm, importOptionsSchema, type ImportOptions } from './ImportOptionsForm';
import { ImportProblems, ImportReportView } from './ImportReportView';
import { refusedImportReport, useApplyImport, usePreviewImport } from './use-import-people';

const INITIAL_OPTIONS: ImportOptions = { file: null, unknownGroups: 'create', invite: false };

/**
 * Import people from a CSV file in two steps: a preview that writes nothing, then, only when
 * the preview found no problems, the import itself with exactly the same bytes and options.
 */
export function PeopleImportPage() {
  const { t } = useTranslation();
  const { state } = useLocation();
  const form = useSchemaForm(importOptionsSchema, INITIAL_OPTIONS);
  const preview = usePreviewImport();
  const apply = useApplyImport();
  const previewed = preview.data;

  const discard = () => {
    preview.reset();
    apply.reset();
  };
  const previewOptions = form.onSubmit((options) => preview.mutate(options));
  const handleApply = () => {
    if (previewed === undefined) return;
    apply.mutate(previewed.request, { onSuccess: () => preview.reset() });
  };

  return (
    <Stack maw={960}>
      <Anchor component={Link} to={peopleListPath(state)} size="sm">
        {t('peopleImport.back')}
      </Anchor>
      <Title order={1}>{t('peopleImport.title')}</Title>
      <ImportInstructions />
      <Paper withBorder p="lg">
        <ImportOptionsForm
          form={form}
          onEdit={discard}
          onPreview={(event) => {
            discard();
            previewOptions(event);
          }}
          previewing={preview.isPending}
          disabled={apply.isPending}
        />
      </Paper>

      {preview.isError && (
        <ImportFailure title={t('peopleImport.previewFailed')} error={preview.error} />
      )}
      {previewed && (
        <>
          <ImportReportView report={previewed.report} />
          {previewed.report.problems.length > 0 && <Text>{t('peopleImport.fixAndRetry')}</Text>}
          <Group>
            <Button
              onClick={handleApply}
              disabled={previewed.report.problems.length > 0}
              loading={apply.isPending}
            >
              {t('peopleImport.apply', { count: previewed.report.rows })}
            </Button>
            <Button variant="default" onClick={discard} disabled={apply.isPending}>
              {t('peopleImport.cancel')}
            </Button>
          </Group>
        </>
      )}
      {apply.isError && <ImportFailure title={t('peopleImport.failed')} error={apply.error} />}
      {apply.data && (
        <>
          <Alert color="green" title={t('peopleImport.done')}>
            {t('peopleImport.doneMessage')}
          </Alert>
          <ImportReportView report={apply.data} />
        </>
      )}
    </Stack>
  );
}

/** A file that could not be read (400, 413), or an import refused for its problems (422). */
function ImportFailure({ title, error }: { title: string; error: unknown }) {
  const { t } = useTranslation();
  const refused = refusedImportReport(error);
  return (
    <Stack gap="xs">
      <Alert color="red" title={title}>
        {describeError(error, t)}
      </Alert>
      {refused && refused.problems.length > 0 && <ImportProblems problems={refused.problems} />}
    </Stack>
  );
}
