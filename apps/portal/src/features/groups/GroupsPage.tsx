import { GROUP_KINDS } from '@chorus/core';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GroupSection } from './GroupSection';

/** The managed lists people are grouped by: departments and locations. */
export function GroupsPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={880}>
      <Title order={1}>{t('groups.title')}</Title>
      <Text>{t('groups.intro')}</Text>
      {GROUP_KINDS.map((kind) => (
        <GroupSection key={kind} kind={kind} />
      ))}
    </Stack>
  );
}
