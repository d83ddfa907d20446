import type { ContentAction } from '@chorus/core';
import { Alert, Button, Group, Paper, Stack, Text, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../api/describe-error';
import { isContentAction } from '../../../lib/value-guards';
import { RejectModal } from './RejectModal';
import { useContentAction } from './use-content-action';
import type { ContentItem } from './use-content-item';

const ACTION_LOOKS: Record<ContentAction, Pick<ButtonProps, 'color' | 'variant'>> = {
  submit: { color: 'indigo', variant: 'filled' },
  approve: { color: 'green', variant: 'filled' },
  reject: { color: 'orange', variant: 'light' },
  archive: { color: 'gray', variant: 'default' },
};

/**
 * The workflow steps the item's status offers, exactly as the API lists them; a step the API
 * says is closed to this curator is disabled, with the reason beside it (and as its description).
 */
export function WorkflowBar({ item }: { item: ContentItem }) {
  const { t } = useTranslation();
  const act = useContentAction(item.id);
  const [rejecting, setRejecting] = useState(false);
  const hintId = useId();
  const actions = item.actions.filter(isContentAction);
  if (actions.length === 0) return null;
  const blocked = actions.flatMap((action) => {
    const reason = item.blockedActions[action];
    return reason ? [{ action, reason }] : [];
  });

  const run = (action: ContentAction) => {
    if (action === 'reject') return setRejecting(true);
    act.mutate(
      { action },
      {
        onSuccess: () =>
          notifications.show({ color: 'green', message: t(`contentItem.workflow.done.${action}`) }),
      },
    );
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Text fw={600}>{t(`contentItem.workflow.hint.${item.status}`)}</Text>
        {act.isError && (
          <Alert color="red" title={t('contentItem.workflow.failed')}>
            {describeError(act.error, t)}
          </Alert>
        )}
        <Group gap="sm">
          {actions.map((action) => (
            <Button
              key={action}
              {...ACTION_LOOKS[action]}
              onClick={() => run(action)}
              loading={act.isPending && act.variables.action === action}
              disabled={
                item.blockedActions[action] !== undefined ||
                (act.isPending && act.variables.action !== action)
              }
              aria-describedby={item.blockedActions[action] ? `${hintId}-${action}` : undefined}
            >
              {t(`contentItem.workflow.actions.${action}`)}
            </Button>
          ))}
        </Group>
        {blocked.map(({ action, reason }) => (
          <Text key={action} id={`${hintId}-${action}`} size="sm" c="dimmed">
            {t(`contentItem.workflow.blocked.${reason}`)}
          </Text>
        ))}
      </Stack>
      {rejecting && <RejectModal itemId={item.id} onClose={() => setRejecting(false)} />}
    </Paper>
  );
}
