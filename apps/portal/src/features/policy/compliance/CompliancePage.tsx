import { Divider, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CoverageSection } from './CoverageSection';
import { DistributionSection } from './DistributionSection';

/** For HR: how far each department is with the policy and the training. */
export function CompliancePage() {
  const { t } = useTranslation();
  return (
    <Stack maw={1040} gap="lg">
      <Title order={1}>{t('compliance.title')}</Title>
      <Text>{t('compliance.intro')}</Text>
      <CoverageSection />
      <Divider />
      <DistributionSection />
    </Stack>
  );
}
