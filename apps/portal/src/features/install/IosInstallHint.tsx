import { Affix, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browserStorage } from '../../lib/browser-storage';
import { currentBrowser, dismissIosInstallHint, offersIosInstallHint } from './ios-install-hint';

/**
 * Once, on iOS Safari: how to put Chorus on the home screen (Safari has no install prompt; its
 * Share menu does it). At the foot of the screen, near Safari's Share button, over the page
 * rather than pushing it down, until dismissed.
 */
export function IosInstallHint() {
  const { t } = useTranslation();
  const [shown, setShown] = useState(() => offersIosInstallHint(currentBrowser(browserStorage())));
  if (!shown) return null;
  const dismiss = () => {
    dismissIosInstallHint(browserStorage());
    setShown(false);
  };
  return (
    <Affix position={{ bottom: 12, left: 12, right: 12 }}>
      <Paper
        withBorder
        shadow="md"
        p="sm"
        maw={480}
        mx="auto"
        role="region"
        aria-label={t('install.title')}
      >
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t('install.title')}
          </Text>
          <Text size="sm">{t('install.iosSteps')}</Text>
          <Group justify="flex-end">
            <Button size="compact-sm" variant="light" onClick={dismiss}>
              {t('install.dismiss')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Affix>
  );
}
