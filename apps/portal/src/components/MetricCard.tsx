import { Paper, Text } from '@mantine/core';
import { useId, type ReactNode } from 'react';

interface MetricCardProps {
  /** What the figure is, e.g. "Clicks": also the card's accessible name. */
  title: string;
  /** The figure, formatted; "–" when there is none. */
  value?: string;
  /** What it is out of, or why there is no figure. */
  note?: ReactNode;
  /** Its definition, in a sentence: the same wherever the figure is shown. */
  help: string;
  /** Anything drawn under the figure (a split by stage). */
  children?: ReactNode;
  /** Dimmed while newer figures load. */
  busy?: boolean;
}

/** One figure with its definition beside it, so nobody has to guess what is counted. */
export function MetricCard({ title, value, note, help, children, busy = false }: MetricCardProps) {
  const titleId = useId();
  return (
    <Paper
      component="section"
      withBorder
      p="md"
      aria-labelledby={titleId}
      aria-busy={busy}
      style={{ opacity: busy ? 0.6 : 1 }}
    >
      <Text id={titleId} size="sm" fw={600} c="dimmed">
        {title}
      </Text>
      {value !== undefined && (
        <Text fz={28} fw={700} lh={1.3}>
          {value}
        </Text>
      )}
      {note && (
        <Text size="sm" mt={2}>
          {note}
        </Text>
      )}
      {children}
      <Text size="xs" c="dimmed" mt={4}>
        {help}
      </Text>
    </Paper>
  );
}
