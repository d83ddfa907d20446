import { Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A section's heading, with its controls and CSV link on the right (below it on a phone). */
export function SectionHeader({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-end" gap="xs">
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      <Group gap="xs">{children}</Group>
    </Group>
  );
}
