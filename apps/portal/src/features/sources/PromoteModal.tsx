import { CONTENT_KINDS, type ContentKind } from '@chorus/core';
import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../api/describe-error';
import { isContentKind } from '../../lib/value-guards';
import { usePromoteEntry } from './use-promote-entry';
import type { SourceEntry } from './api/source-queries';
import { contentItemPath } from '../../lib/content-paths';

export const DEFAULT_PROMOTE_KIND: ContentKind = 'industry';

/** Asks for the kind of item a suggestion becomes, then leads to the new draft. */
export function PromoteModal({ entry, onClose }: { entry: SourceEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const promote = usePromoteEntry();
  const [kind, setKind] = useState<ContentKind>(DEFAULT_PROMOTE_KIND);
  const itemId = promote.data?.itemId ?? null;

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    promote.mutate({ id: entry.id, kind });
  };

  return (
    <Modal opened onClose={onClose} title={t('sources.promote.title')}>
      {promote.isSuccess ? (
        <Stack>
          <Alert color="green">{t('sources.promote.done', { title: entry.title })}</Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('sources.promote.close')}
            </Button>
            {itemId !== null && (
              <Button component={Link} to={contentItemPath(itemId)} data-autofocus>
                {t('sources.promote.openDraft')}
              </Button>
            )}
          </Group>
        </Stack>
      ) : (
        <form onSubmit={handleSubmit} noValidate>
          <Stack>
            {promote.isError && (
              <Alert color="red" title={t('sources.promote.failed')}>
                {describeError(promote.error, t)}
              </Alert>
            )}
            <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
              {entry.title}
            </Text>
            <Text size="sm">{t('sources.promote.intro')}</Text>
            <Select
              label={t('sources.promote.kind')}
              data={CONTENT_KINDS.map((value) => ({
                value,
                label: t(`sources.kinds.${value}`),
              }))}
              value={kind}
              onChange={(picked) => {
                if (isContentKind(picked)) setKind(picked);
              }}
              allowDeselect={false}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('sources.promote.cancel')}
              </Button>
              <Button type="submit" loading={promote.isPending}>
                {t('sources.promote.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
