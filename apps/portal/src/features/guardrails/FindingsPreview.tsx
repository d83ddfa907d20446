import { findingSentence } from './finding-sentence';
import type { Finding } from '@chorus/guardrails';
import { Box, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { segmentsOf } from './finding-segments';
import { SEVERITY_COLORS } from './FindingsList';

/** The post as typed, read-only, each finding underlined where it is; hover for why. */
export function FindingsPreview({
  text,
  findings,
}: {
  text: string;
  findings: readonly Finding[];
}) {
  const { t } = useTranslation();
  return (
    <Paper
      component="figure"
      m={0}
      withBorder
      p="sm"
      bg="gray.0"
      aria-label={t('guardrails.editor.preview')}
    >
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {segmentsOf(text, findings).map((segment) => {
          if (segment.findings.length === 0) return segment.text;
          const blocks = segment.findings.some((finding) => finding.severity === 'block');
          const color = SEVERITY_COLORS[blocks ? 'block' : 'warn'];
          return (
            <Box
              component="mark"
              key={segment.start}
              title={segment.findings.map((finding) => findingSentence(t, finding)).join('\n')}
              data-severity={blocks ? 'block' : 'warn'}
              style={{
                background: 'transparent',
                color: 'inherit',
                textDecorationLine: 'underline',
                textDecorationStyle: 'wavy',
                textDecorationColor: `var(--mantine-color-${color}-6)`,
                textDecorationSkipInk: 'none',
                textUnderlineOffset: 3,
              }}
            >
              {segment.text}
            </Box>
          );
        })}
      </Text>
    </Paper>
  );
}
