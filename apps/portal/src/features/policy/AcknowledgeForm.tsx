import { INPUT_LIMITS } from '@chorus/core';
import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { useCurrentUser } from '../../lib/current-user';
import { useAcknowledgePolicy } from './use-acknowledge-policy';

/** Signs the policy in force: the full name, typed as on the account, is the signature. */
export function AcknowledgeForm({ version }: { version: number }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const acknowledge = useAcknowledgePolicy();
  const [fullName, setFullName] = useState('');
  const [missing, setMissing] = useState(false);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = fullName.trim();
    setMissing(trimmed === '');
    if (trimmed === '') return;
    acknowledge.mutate(trimmed, {
      onSuccess: (signed) =>
        notifications.show({
          color: 'green',
          message: t('policy.acknowledge.done', { version: signed.version }),
        }),
    });
  };

  return (
    <Paper withBorder p="lg">
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          <Title order={2} size="h3">
            {t('policy.acknowledge.title', { version })}
          </Title>
          <Text size="sm">{t('policy.acknowledge.explanation')}</Text>
          {acknowledge.isError && (
            <Alert color="red" title={t('policy.acknowledge.failed')}>
              {describeError(acknowledge.error, t)}
            </Alert>
          )}
          <TextInput
            label={t('policy.acknowledge.fullName')}
            description={t('policy.acknowledge.fullNameHint', { name: user.name })}
            autoComplete="name"
            value={fullName}
            onChange={(event) => setFullName(event.currentTarget.value)}
            error={missing ? t('policy.acknowledge.fullNameRequired') : undefined}
            maxLength={INPUT_LIMITS.signatureName}
          />
          <Group>
            <Button type="submit" loading={acknowledge.isPending}>
              {t('policy.acknowledge.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
