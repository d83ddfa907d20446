import type { ShareNetwork } from '@chorus/core';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { hasShareMenu } from './share-networks';

/** Why the post cannot be shared yet; each has its sentence under `sharing.reasons`. */
export type NotYet =
  | 'checkingReadiness'
  | 'notReady'
  | 'mastodonHandle'
  | 'loadingText'
  | 'empty'
  | 'blocked'
  | 'checking';

interface ShareActionsProps {
  network: ShareNetwork;
  /** Null when the post may be shared. */
  notYet: NotYet | null;
  busy: boolean;
  onShare: () => void;
  onShareWithPhone: () => void;
}

/** "Share on LinkedIn", and on a phone its share menu; when they cannot be used, why not. */
export function ShareActions({
  network,
  notYet,
  busy,
  onShare,
  onShareWithPhone,
}: ShareActionsProps) {
  const { t } = useTranslation();
  const reasonId = useId();
  // The Web Share API exists on some desktops too; its menu is a phone's way of sharing.
  const touch = useMediaQuery('(pointer: coarse)');
  const phoneMenu = touch === true && hasShareMenu();
  const disabled = notYet !== null;
  const describedBy = disabled ? reasonId : undefined;

  return (
    <Stack gap="xs">
      {notYet && (
        <Text id={reasonId} size="sm" c="dimmed" ta="right">
          {t(`sharing.reasons.${notYet}`)}
        </Text>
      )}
      <Group justify="flex-end" gap="sm">
        {phoneMenu && (
          <Button
            variant="default"
            onClick={onShareWithPhone}
            disabled={disabled}
            loading={busy}
            aria-describedby={describedBy}
          >
            {t('sharing.phoneMenu')}
          </Button>
        )}
        <Button onClick={onShare} disabled={disabled} loading={busy} aria-describedby={describedBy}>
          {network === 'email'
            ? t('sharing.shareByEmail')
            : t('sharing.shareOn', { network: t(`networks.${network}`) })}
        </Button>
      </Group>
    </Stack>
  );
}
