import { Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguageName } from '../../../lib/use-language-name';

/** The main-language text a translator works from, shown beside the fields. */
export function OriginalText({
  language,
  children,
}: {
  language: string;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  const nameOf = useLanguageName();
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Stack gap={4}>
        <Text size="xs" fw={600} c="dimmed">
          {t('trainingEditor.translations.original', { language: nameOf(language) })}
        </Text>
        <ScrollArea.Autosize mah={180}>
          <Text size="sm" lang={language} style={{ whiteSpace: 'pre-wrap' }}>
            {children}
          </Text>
        </ScrollArea.Autosize>
      </Stack>
    </Paper>
  );
}
