import { Alert, Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CopyTextButton } from '../../components/CopyTextButton';
import { openShareMenu } from './share-networks';
import type { ShareOutcome } from './use-share-flow';

/** The share is recorded: where the post went, my tracked link, and what is left to do. */
export function ShareDone({ outcome, onDone }: { outcome: ShareOutcome; onDone: () => void }) {
  const { t } = useTranslation();
  const { network, share, delivery, text, clipboard } = outcome;
  const name = t(`networks.${network}`);
  const message = delivery === 'link' && network === 'email' ? 'linkEmail' : delivery;

  return (
    <Stack>
      <Alert color="green">
        <Stack gap="xs" align="flex-start">
          <Text fw={600}>{t(`sharing.done.${message}`, { network: name })}</Text>
          {delivery === 'link' && (
            <Button
              component="a"
              href={share.intentUrl}
              // A mailto: link opens the mail app; a new tab would stay blank.
              target={network === 'email' ? undefined : '_blank'}
              rel="noopener noreferrer"
            >
              {network === 'email'
                ? t('sharing.done.openEmail')
                : t('sharing.done.open', { network: name })}
            </Button>
          )}
          {(delivery === 'phone' || delivery === 'phoneFailed') && (
            <Button variant="default" onClick={() => void openShareMenu(text, share.trackedUrl)}>
              {t('sharing.phoneMenu')}
            </Button>
          )}
          {clipboard === 'copied' && (
            <Text size="sm">{t('sharing.done.pasteIt', { network: name })}</Text>
          )}
        </Stack>
      </Alert>
      {clipboard === 'failed' && (
        <Alert color="yellow" title={t('sharing.done.copyFailedTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('sharing.done.copyFailed', { network: name })}</Text>
            <Textarea
              label={t('sharing.text.label')}
              value={text}
              readOnly
              rows={4}
              onFocus={(event) => event.currentTarget.select()}
            />
            <Group>
              <CopyTextButton value={text} label={t('sharing.copy.text')} />
            </Group>
          </Stack>
        </Alert>
      )}
      <TextInput
        label={t('sharing.done.trackedLink')}
        description={t('sharing.done.trackedLinkHint')}
        value={share.trackedUrl}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        rightSectionWidth={96}
        rightSection={<CopyTextButton value={share.trackedUrl} label={t('sharing.copy.link')} />}
      />
      <Group justify="flex-end">
        <Button onClick={onDone}>{t('sharing.done.close')}</Button>
      </Group>
    </Stack>
  );
}
