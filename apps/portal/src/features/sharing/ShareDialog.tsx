import type { ShareNetwork, ShareSource } from '@chorus/core';
import { Alert, Modal, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import type { FeedItem } from '../../api/client';
import { titleOf } from '../../lib/item-title';
import { settingsQuery } from '../settings/api/settings-queries';
import { offeredNetworks } from './share-networks';
import { ShareDone } from './ShareDone';
import { ShareForm } from './ShareForm';
import { useShareFlow } from './use-share-flow';

interface ShareDialogProps {
  item: FeedItem;
  onClose: () => void;
  /** The network to start on, when a link asked for one; noted when it is not offered. */
  network?: ShareNetwork | null;
  /** Where the share was started, when not from the feed (a digest's button, a notification…). */
  source?: ShareSource;
}

/** Shares one item of the feed to a network, as the person, from their own account. */
export function ShareDialog({ item, onClose, network = null, source }: ShareDialogProps) {
  const { t } = useTranslation();
  const settings = useQuery(settingsQuery());
  // The form waits for the settings: this default is never what a share goes by.
  const pages = { linkedinComposer: settings.data?.linkedinComposer ?? true };
  const flow = useShareFlow(item.id, source, pages);
  const phone = useMediaQuery('(max-width: 36em)');
  const [first, ...others] = settings.data ? offeredNetworks(settings.data.enabledNetworks) : [];
  const offered = network !== null && (first === network || others.includes(network));

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('sharing.title', { title: titleOf(item) })}
      size="lg"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      {flow.outcome ? (
        <ShareDone
          outcome={flow.outcome}
          onSharePage={() => void flow.openSharePage()}
          onDone={onClose}
        />
      ) : settings.isPending ? (
        <PageLoader label={t('sharing.loading')} />
      ) : settings.isError ? (
        <QueryError
          title={t('sharing.loadFailed')}
          error={settings.error}
          onRetry={() => void settings.refetch()}
        />
      ) : first === undefined ? (
        <Alert color="yellow">{t('sharing.noNetworks')}</Alert>
      ) : (
        <Stack>
          {network !== null && !offered && (
            <Alert color="yellow">
              {t('sharing.networkNotOffered', { network: t(`networks.${network}`) })}
            </Alert>
          )}
          <ShareForm
            item={item}
            networks={[first, ...others]}
            initialNetwork={offered ? network : first}
            pages={pages}
            flow={flow}
          />
        </Stack>
      )}
    </Modal>
  );
}
