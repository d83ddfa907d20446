import { Alert, Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CopyTextButton } from '../../components/CopyTextButton';
import { openShareMenu } from './share-networks';
import type { ShareOutcome } from './use-share-flow';

interface ShareDoneProps {
  outcome: ShareOutcome;
  /** LinkedIn's composer came up empty: copy the text and open the documented share page. */
  onSharePage: () => void;
  onDone: () => void;
}

/** The headline: where the post went, or where to go to post it. */
function headline({ network, delivery, composer }: ShareOutcome) {
  if (delivery === 'link' && network === 'email') return 'linkEmail';
  if (delivery === 'window' && composer === 'sharePage') return 'sharePage';
  return delivery;
}

/** The share is recorded: where the post went, my tracked link, and what is left to do. */
export function ShareDone({ outcome, onSharePage, onDone }: ShareDoneProps) {
  const { t } = useTranslation();
  const { network, share, delivery, text, clipboard, composer } = outcome;
  const name = t(`networks.${network}`);
  // In LinkedIn's composer the text is filled in: the clipboard only holds it in case.
  const prefilled = composer === 'opened';

  return (
    <Stack>
      <Alert color="green">
        <Stack gap="xs" align="flex-start">
          <Text fw={600}>{t(`sharing.done.${headline(outcome)}`, { network: name })}</Text>
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
          {prefilled && (
            <Text size="sm">
              {clipboard === 'copied'
                ? t('sharing.done.prefilled', { network: name })
                : t('sharing.done.prefilledOnly', { network: name })}
            </Text>
          )}
          {clipboard === 'copied' && !prefilled && (
            <Text size="sm">{t('sharing.done.pasteIt', { network: name })}</Text>
          )}
        </Stack>
      </Alert>
      {prefilled && (
        <Group gap="sm">
          <Text size="sm">{t('sharing.done.composerEmpty', { network: name })}</Text>
          <Button variant="default" size="compact-sm" onClick={onSharePage}>
            {t('sharing.done.useSharePage', { network: name })}
          </Button>
        </Group>
      )}
      {clipboard === 'failed' && !prefilled && (
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
