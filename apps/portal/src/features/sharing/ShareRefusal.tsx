import type { Finding } from '@chorus/guardrails';
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/api-error';
import { describeError } from '../../api/describe-error';
import { FindingsList } from '../guardrails/FindingsList';
import { RESOLVED_AT } from '../guardrails/post-check/ReadinessAlert';
import type { ShareBlocker } from '../advocacy/api/advocacy-queries';

const isBlocker = (code: string | undefined): code is ShareBlocker =>
  code !== undefined && code in RESOLVED_AT;

/** What a refused share's `details` carry when the guardrails blocked the text. */
function findingsOf(details: unknown): Finding[] {
  const findings = (details as { findings?: unknown } | null | undefined)?.findings;
  return Array.isArray(findings) ? (findings as Finding[]) : [];
}

/** Why the share was refused, in the API's words, with the way to resolve it when there is one. */
export function ShareRefusal({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const code = error instanceof ApiError ? error.code : undefined;
  const findings =
    error instanceof ApiError && code === 'guardrails_blocked' ? findingsOf(error.details) : [];

  return (
    <Alert color="red" title={t('sharing.refused')}>
      <Stack gap="xs">
        <Text size="sm">{describeError(error, t)}</Text>
        {isBlocker(code) && (
          <Anchor component={Link} to={RESOLVED_AT[code]} size="sm" fw={600}>
            {t(`sharing.resolve.${code}`)}
          </Anchor>
        )}
        {findings.length > 0 && <FindingsList findings={findings} />}
      </Stack>
    </Alert>
  );
}
