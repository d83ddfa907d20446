import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Variant } from './use-content-item';
import { variantNames } from './variant-labels';

interface VariantCardProps {
  variant: Variant;
  /** Approved and archived items keep their posts as they are. */
  locked: boolean;
  onEdit: () => void;
  onDelete: () => void;
}

export function VariantCard({ variant, locked, onEdit, onDelete }: VariantCardProps) {
  const { t } = useTranslation();
  const names = variantNames(variant, t);
  const over = variant.limit !== null && variant.length > variant.limit;
  return (
    <Paper withBorder p="sm" role="listitem">
      <Stack gap="xs">
        <Group justify="space-between">
          <Group gap="xs">
            <Badge variant="light">{names.network}</Badge>
            <Badge variant="outline" color="gray">
              {names.language}
            </Badge>
            <Text size="sm" c={over ? 'red' : 'dimmed'}>
              {variant.limit === null
                ? t('contentItem.variants.countNoLimit', { length: variant.length })
                : t('contentItem.variants.count', {
                    length: variant.length,
                    limit: variant.limit,
                  })}
            </Text>
          </Group>
          {!locked && (
            <Group gap="xs">
              <Button
                size="xs"
                variant="default"
                aria-label={t('contentItem.variants.editLabel', names)}
                onClick={onEdit}
              >
                {t('contentItem.variants.edit')}
              </Button>
              <Button
                size="xs"
                variant="light"
                color="red"
                aria-label={t('contentItem.variants.deleteLabel', names)}
                onClick={onDelete}
              >
                {t('contentItem.variants.delete')}
              </Button>
            </Group>
          )}
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {variant.text}
        </Text>
      </Stack>
    </Paper>
  );
}
