import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A labelled fact about a report: "Network: LinkedIn". */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}
