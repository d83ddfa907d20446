import { Alert, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { FormattedDate } from '../../components/FormattedDate';
import type { CurrentPolicy } from './api/policy-queries';

/**
 * Where I stand with the policy: signed (which version, when, the name typed), or signed an
 * older version that a new one replaces, with what changed. Nothing before a first signature.
 */
export function PolicyStandingAlert({ policy }: { policy: CurrentPolicy }) {
  const { t } = useTranslation();
  const { upToDate, acknowledged } = policy.standing;
  if (acknowledged === null) return null;

  if (upToDate) {
    return (
      <Alert color="green">
        <Trans
          i18nKey="policy.acknowledgedAs"
          values={{ version: acknowledged.version, name: acknowledged.typedName }}
          components={{ date: <FormattedDate value={acknowledged.acknowledgedAt} /> }}
        />
      </Alert>
    );
  }

  return (
    <Alert color="yellow" title={t('policy.newVersion.title', { version: policy.version })}>
      <Text size="sm">{t('policy.newVersion.signedOlder', { version: acknowledged.version })}</Text>
      {policy.changeSummary.trim() !== '' && (
        <Text size="sm" mt="xs">
          {t('policy.newVersion.changes', { summary: policy.changeSummary })}
        </Text>
      )}
    </Alert>
  );
}
