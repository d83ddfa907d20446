import { ESCALATION_NETWORKS, INPUT_LIMITS, MAX_URL_LENGTH } from '@chorus/core';
import { Button, Group, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useSchemaForm } from '../../../lib/forms';
import { EMPTY_REPORT, reportedNetwork, reportSchema } from './report-schema';
import { useReportComment } from './use-report-comment';
import { FormErrorAlert } from '../../../components/FormErrorAlert';

/** Reports a comment to the social media team; `onReported` follows a report they received. */
export function ReportForm({ onReported }: { onReported: () => void }) {
  const { t } = useTranslation();
  const report = useReportComment();
  const form = useSchemaForm(reportSchema, EMPTY_REPORT);

  const handleSubmit = form.onSubmit((body) =>
    report.mutateAsync(body).then(() => {
      form.reset();
      notifications.show({ color: 'green', message: t('reports.sent') });
      onReported();
    }),
  );

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        <FormErrorAlert form={form} title={t('reports.sendFailed')} />
        <TextInput
          type="url"
          label={t('reports.fields.url')}
          description={t('reports.fields.urlHint')}
          placeholder="https://"
          {...form.getInputProps('url')}
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
          // Until a network is picked, it follows the link's address.
          value={reportedNetwork(form.values)}
          onChange={(picked) => {
            const network = ESCALATION_NETWORKS.find((value) => value === picked);
            if (network) form.setFieldValue('network', network);
          }}
          error={form.errors.network}
          allowDeselect={false}
          required
          withAsterisk
        />
        <Textarea
          label={t('reports.fields.excerpt')}
          description={t('reports.fields.excerptHint')}
          {...form.getInputProps('excerpt')}
          rows={4}
          resize="vertical"
          maxLength={INPUT_LIMITS.escalationExcerpt}
          required
          withAsterisk
        />
        <Textarea
          label={t('reports.fields.description')}
          description={t('reports.fields.descriptionHint')}
          {...form.getInputProps('description')}
          rows={3}
          resize="vertical"
          maxLength={INPUT_LIMITS.escalationDescription}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            {t('reports.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
