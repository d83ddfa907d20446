import { ESCALATION_NETWORKS, INPUT_LIMITS, MAX_URL_LENGTH } from '@chorus/core';
import { Alert, Button, Group, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../api/describe-error';
import {
  EMPTY_REPORT,
  isEscalationNetwork,
  networkOfUrl,
  reportBody,
  reportProblems,
  type ReportValues,
} from './report-form';
import { useReportComment } from './use-report-comment';

/** Reports a comment to the social media team; `onReported` follows a report they received. */
export function ReportForm({ onReported }: { onReported: () => void }) {
  const { t } = useTranslation();
  const report = useReportComment();
  const [values, setValues] = useState(EMPTY_REPORT);
  // Until a network is picked, it follows the link's address.
  const [picked, setPicked] = useState(false);
  const [checked, setChecked] = useState(false);
  const set = (change: Partial<ReportValues>) => setValues((now) => ({ ...now, ...change }));
  const problems = reportProblems(values);
  const shown = (field: keyof ReportValues) => {
    const problem = problems[field];
    return checked && problem ? t(`reports.problems.${problem}`) : null;
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(problems).length > 0) return;
    report.mutate(reportBody(values), {
      onSuccess: () => {
        setValues(EMPTY_REPORT);
        setPicked(false);
        setChecked(false);
        notifications.show({ color: 'green', message: t('reports.sent') });
        onReported();
      },
    });
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        {report.isError && (
          <Alert color="red" title={t('reports.sendFailed')}>
            {describeError(report.error, t)}
          </Alert>
        )}
        <TextInput
          type="url"
          label={t('reports.fields.url')}
          description={t('reports.fields.urlHint')}
          placeholder="https://"
          value={values.url}
          onChange={(event) => {
            const url = event.currentTarget.value;
            set(picked ? { url } : { url, network: networkOfUrl(url) });
          }}
          error={shown('url')}
          maxLength={MAX_URL_LENGTH}
          required
          withAsterisk
        />
        <Select
          label={t('reports.fields.network')}
          placeholder={t('reports.fields.networkPlaceholder')}
          data={ESCALATION_NETWORKS.map((value) => ({
            value,
            label: t(`networks.${value}`),
          }))}
          value={values.network}
          onChange={(network) => {
            setPicked(true);
            set({ network: isEscalationNetwork(network) ? network : null });
          }}
          error={shown('network')}
          allowDeselect={false}
          required
          withAsterisk
        />
        <Textarea
          label={t('reports.fields.excerpt')}
          description={t('reports.fields.excerptHint')}
          value={values.excerpt}
          onChange={(event) => set({ excerpt: event.currentTarget.value })}
          error={shown('excerpt')}
          rows={4}
          resize="vertical"
          maxLength={INPUT_LIMITS.escalationExcerpt}
          required
          withAsterisk
        />
        <Textarea
          label={t('reports.fields.description')}
          description={t('reports.fields.descriptionHint')}
          value={values.description}
          onChange={(event) => set({ description: event.currentTarget.value })}
          rows={3}
          resize="vertical"
          maxLength={INPUT_LIMITS.escalationDescription}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={report.isPending}>
            {t('reports.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
