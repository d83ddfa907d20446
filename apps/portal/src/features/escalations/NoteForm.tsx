import { INPUT_LIMITS } from '@chorus/core';
import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { useAddEscalationNote } from './use-add-escalation-note';

/** Adds an internal note for the team; the reporter never sees it. */
export function NoteForm({ escalationId }: { escalationId: string }) {
  const { t } = useTranslation();
  const add = useAddEscalationNote(escalationId);
  const [body, setBody] = useState('');
  const [checked, setChecked] = useState(false);
  const empty = body.trim() === '';

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (empty) return;
    add.mutate(body.trim(), {
      onSuccess: () => {
        setBody('');
        setChecked(false);
        notifications.show({ color: 'green', message: t('escalations.notes.added') });
      },
    });
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="sm">
        {add.isError && (
          <Alert color="red" title={t('escalations.notes.addFailed')}>
            {describeError(add.error, t)}
          </Alert>
        )}
        <Textarea
          label={t('escalations.notes.label')}
          description={t('escalations.notes.private')}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          error={checked && empty ? t('escalations.notes.required') : null}
          rows={3}
          resize="vertical"
          maxLength={INPUT_LIMITS.escalationNote}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={add.isPending}>
            {t('escalations.notes.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
