import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DeleteVariantModal } from './DeleteVariantModal';
import { editableParts } from './item-schema';
import type { ContentItem, Variant } from './use-content-item';
import { VariantCard } from './VariantCard';
import { VariantModal } from './VariantModal';

type Editing = { mode: 'edit'; variant: Variant | null } | { mode: 'delete'; variant: Variant };

/** The posts employees start from, one per network and language, each within its limit. */
export function VariantsSection({ item }: { item: ContentItem }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [editing, setEditing] = useState<Editing | null>(null);
  const close = () => setEditing(null);
  const locked = !editableParts(item.status).text;

  return (
    <Paper component="section" withBorder p="lg" aria-labelledby={headingId}>
      <Stack>
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={2} size="h3" id={headingId}>
              {t('contentItem.variants.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('contentItem.variants.intro')}
            </Text>
          </div>
          {!locked && (
            <Button variant="light" onClick={() => setEditing({ mode: 'edit', variant: null })}>
              {t('contentItem.variants.add')}
            </Button>
          )}
        </Group>
        {locked && item.status === 'approved' && (
          <Alert color="blue">{t('contentItem.variants.approvedNote')}</Alert>
        )}
        {item.variants.length === 0 ? (
          <Text c="dimmed">{t('contentItem.variants.empty')}</Text>
        ) : (
          <Stack gap="sm" role="list" aria-label={t('contentItem.variants.title')}>
            {item.variants.map((variant) => (
              <VariantCard
                key={variant.id}
                variant={variant}
                locked={locked}
                onEdit={() => setEditing({ mode: 'edit', variant })}
                onDelete={() => setEditing({ mode: 'delete', variant })}
              />
            ))}
          </Stack>
        )}
      </Stack>
      {editing?.mode === 'edit' && (
        <VariantModal item={item} variant={editing.variant} onClose={close} />
      )}
      {editing?.mode === 'delete' && (
        <DeleteVariantModal itemId={item.id} variant={editing.variant} onClose={close} />
      )}
    </Paper>
  );
}
