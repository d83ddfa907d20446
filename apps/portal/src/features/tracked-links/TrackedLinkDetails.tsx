import { Alert, Anchor, Badge, Button, DataList, Group, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../api/describe-error';
import { FormattedDate } from '../../components/FormattedDate';
import { contentItemPath } from '../../lib/content-paths';
import { TurnOffLinkModal } from './TurnOffLinkModal';
import type { TrackedLink } from './api/tracked-link-queries';
import { useUpdateTrackedLink } from './use-update-tracked-link';

/** The share behind a tracked link, and the way to turn the link off or on again. */
export function TrackedLinkDetails({ link }: { link: TrackedLink }) {
  const { t } = useTranslation();
  const update = useUpdateTrackedLink();
  const [confirming, confirm] = useDisclosure(false);
  const state = link.disabled ? t('trackedLinks.turnedOff') : t('trackedLinks.working');

  const turnOn = () =>
    update.mutate(
      { id: link.id, disabled: false },
      {
        onSuccess: () =>
          notifications.show({ color: 'green', message: t('trackedLinks.turnedOnDone') }),
      },
    );

  return (
    <Paper withBorder p="lg" component="section" aria-label={link.trackedUrl}>
      <Stack>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text ff="monospace" style={{ overflowWrap: 'anywhere' }}>
            {link.trackedUrl}
          </Text>
          <Badge color={link.disabled ? 'red' : 'green'} variant="light" style={{ flexShrink: 0 }}>
            {state}
          </Badge>
        </Group>
        <DataList labelWidth={130}>
          <Fact label={t('trackedLinks.fields.item')}>
            <Anchor component={Link} to={contentItemPath(link.itemId)}>
              {link.itemTitle ?? t('trackedLinks.untitled')}
            </Anchor>
          </Fact>
          <Fact label={t('trackedLinks.fields.sharedBy')}>
            {link.sharedBy ?? t('trackedLinks.deletedAccount')}
          </Fact>
          <Fact label={t('trackedLinks.fields.network')}>{t(`networks.${link.network}`)}</Fact>
          <Fact label={t('trackedLinks.fields.sharedAt')}>
            <FormattedDate value={link.sharedAt} withTime />
          </Fact>
          <Fact label={t('trackedLinks.fields.verified')}>
            {t(link.verified ? 'trackedLinks.verified' : 'trackedLinks.notYet')}
          </Fact>
          <Fact label={t('trackedLinks.fields.state')}>{state}</Fact>
        </DataList>
        {update.isError && (
          <Alert color="red" title={t('trackedLinks.updateFailed')}>
            {describeError(update.error, t)}
          </Alert>
        )}
        <Group>
          {link.disabled ? (
            <Button variant="default" onClick={turnOn} loading={update.isPending}>
              {t('trackedLinks.turnOn')}
            </Button>
          ) : (
            <Button color="red" variant="light" onClick={confirm.open}>
              {t('trackedLinks.turnOff')}
            </Button>
          )}
        </Group>
      </Stack>
      {confirming && <TurnOffLinkModal link={link} onClose={confirm.close} />}
    </Paper>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}
