import { Box, Center, Group, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../components/use-document-title';
import { LanguageMenu } from '../language/LanguageMenu';

/**
 * The frame of the pages used before signing in: a language switch and one centred card, whose
 * title also names the browser tab.
 */
export function PublicCard({ title, children }: { title: string; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <Box mih="100dvh" p="md">
      <Group justify="flex-end">
        <LanguageMenu />
      </Group>
      <Center mt="xl">
        <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
          <Stack>
            <Title order={1} size="h2">
              {title}
            </Title>
            {children}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
