import { findingSentence } from './finding-sentence';
import type { Finding, Severity } from '@chorus/guardrails';
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Red for what stops a share, orange for what only asks for a second look. */
export const SEVERITY_COLORS: Record<Severity, string> = { block: 'red', warn: 'orange' };

export const findingKey = (finding: Finding) => `${finding.kind}-${finding.start}-${finding.end}`;

/** Each finding in words: how serious, what kind, the text concerned, and why. */
export function FindingsList({ findings }: { findings: readonly Finding[] }) {
  const { t } = useTranslation();
  return (
    <Stack
      component="ul"
      gap="sm"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('guardrails.findings')}
    >
      {findings.map((finding) => (
        <Stack component="li" key={findingKey(finding)} gap={2}>
          <Group gap="xs">
            <Badge color={SEVERITY_COLORS[finding.severity]} variant="light">
              {t(`guardrails.severities.${finding.severity}`)}
            </Badge>
            <Text size="sm" fw={600}>
              {t(`guardrails.kinds.${finding.kind}`)}
            </Text>
            {finding.kind !== 'length' && (
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {t('guardrails.quoted', { text: finding.match })}
              </Text>
            )}
          </Group>
          {finding.note && <Text fw={600}>{finding.note}</Text>}
          <Text size="sm" c="dimmed">
            {findingSentence(t, finding)}
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}
