import { Code, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const IMPORT_COLUMNS = 'email,name,department,location,language,roles';

const EXAMPLE = [
  IMPORT_COLUMNS,
  'ada@example.com,Ada Lovelace,Engineering,London,en,employee;curator',
  'jan@example.com,Jan de Vries,Sales,Amsterdam,nl,',
].join('\n');

/** What the file must look like, and what importing it does. */
export function ImportInstructions() {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text>{t('peopleImport.intro')}</Text>
      <Text size="sm" fw={500}>
        {t('peopleImport.exampleLabel')}
      </Text>
      <Code block>{EXAMPLE}</Code>
      <List spacing={4} size="sm">
        <List.Item>{t('peopleImport.rules.required')}</List.Item>
        <List.Item>{t('peopleImport.rules.existing')}</List.Item>
        <List.Item>{t('peopleImport.rules.roles')}</List.Item>
        <List.Item>{t('peopleImport.rules.language')}</List.Item>
        <List.Item>{t('peopleImport.rules.groups')}</List.Item>
        <List.Item>{t('peopleImport.rules.file')}</List.Item>
        <List.Item>{t('peopleImport.rules.preview')}</List.Item>
      </List>
    </Stack>
  );
}
