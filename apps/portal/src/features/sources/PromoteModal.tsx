import { CONTENT_KINDS, type ContentKind } from '@chorus/core';
import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { useSchemaForm } from '../../lib/forms';
import { isContentKind } from '../../lib/value-guards';
import { usePromoteEntry } from './use-promote-entry';
import type { SourceEntry } from './api/source-queries';
import { contentItemPath } from '../../lib/content-paths';

export const DEFAULT_PROMOTE_KIND: ContentKind = 'industry';

const promotionSchema = z.object({ kind: z.enum(CONTENT_KINDS) });

/**
 * Asks for the kind of item a suggestion becomes, then leads to the new draft. Not a FormModal:
 * once promoted, the same dialog says so and offers the draft instead of closing.
 */
export function PromoteModal({ entry, onClose }: { entry: SourceEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const promote = usePromoteEntry();
  const form = useSchemaForm(promotionSchema, { kind: DEFAULT_PROMOTE_KIND });
  const itemId = promote.data?.itemId ?? null;

  const send = ({ kind }: z.output<typeof promotionSchema>) =>
    promote.mutateAsync({ id: entry.id, kind });

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
        <form onSubmit={form.onSubmit(send)} noValidate>
          <Stack>
            {form.formError !== undefined && (
              <Alert color="red" title={t('sources.promote.failed')}>
                {form.formError}
              </Alert>
            )}
            <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
              {entry.title}
            </Text>
            <Text size="sm">
              {entry.suggestedBy !== null
                ? t('sources.promote.introSuggested', { name: entry.suggestedBy.name })
                : t('sources.promote.intro')}
            </Text>
            <Select
              label={t('sources.promote.kind')}
              data={CONTENT_KINDS.map((value) => ({
                value,
                label: t(`sources.kinds.${value}`),
              }))}
              value={form.values.kind}
              onChange={(picked) => {
                if (isContentKind(picked)) form.setFieldValue('kind', picked);
              }}
              allowDeselect={false}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('sources.promote.cancel')}
              </Button>
              <Button type="submit" loading={form.submitting}>
                {t('sources.promote.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
