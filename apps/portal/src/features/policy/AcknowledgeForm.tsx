import { INPUT_LIMITS, type PreferredLanguage } from '@chorus/core';
import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { requiredText, useSchemaForm } from '../../lib/forms';
import { useCurrentUser } from '../../lib/current-user';
import { useAcknowledgePolicy } from './use-acknowledge-policy';
import { FormErrorAlert } from '../../components/FormErrorAlert';

/** The signature: the full name, as on the account (the API compares it). */
const signatureSchema = z.object({
  fullName: requiredText(INPUT_LIMITS.signatureName, 'policy.acknowledge.fullNameRequired'),
});

interface AcknowledgeFormProps {
  version: number;
  /** The language of the text shown, which is the one signed. */
  language: PreferredLanguage;
}

/** Signs the policy in force: the full name, typed as on the account, is the signature. */
export function AcknowledgeForm({ version, language }: AcknowledgeFormProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const acknowledge = useAcknowledgePolicy();
  const form = useSchemaForm(signatureSchema, { fullName: '' });

  const handleSubmit = form.onSubmit(({ fullName }) =>
    acknowledge.mutateAsync({ fullName, language }).then((signed) =>
      notifications.show({
        color: 'green',
        message: t('policy.acknowledge.done', { version: signed.version }),
      }),
    ),
  );

  return (
    <Paper withBorder p="lg">
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          <Title order={2} size="h3">
            {t('policy.acknowledge.title', { version })}
          </Title>
          <Text size="sm">{t('policy.acknowledge.explanation')}</Text>
          <FormErrorAlert form={form} title={t('policy.acknowledge.failed')} />
          <TextInput
            label={t('policy.acknowledge.fullName')}
            description={t('policy.acknowledge.fullNameHint', { name: user.name })}
            autoComplete="name"
            {...form.getInputProps('fullName')}
            maxLength={INPUT_LIMITS.signatureName}
          />
          <Group>
            <Button type="submit" loading={form.submitting}>
              {t('policy.acknowledge.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
