import { Alert, Button, Group, NumberInput, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../api/describe-error';
import {
  MAX_STAGE_TITLE_LENGTH,
  MAX_SUMMARY_LENGTH,
  stageBody,
  stageProblems,
  stageValues,
  type StageValues,
} from './stage-form';
import type { StageEditor } from '../api/stage-editor-queries';
import { useUpdateStage } from './use-update-stage';

/** A stage's title, summary and pass mark; saving sends only what changed. */
export function StageForm({ stage }: { stage: StageEditor }) {
  const { t } = useTranslation();
  const update = useUpdateStage();
  const [values, setValues] = useState(() => stageValues(stage));
  const [checked, setChecked] = useState(false);
  const set = (change: Partial<StageValues>) => setValues((now) => ({ ...now, ...change }));
  const problems = stageProblems(values);
  const body = stageBody(stage, values);
  const shown = (field: keyof typeof problems) => {
    const problem = problems[field];
    return checked && problem ? t(`trainingEditor.stage.problems.${problem}`) : null;
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(problems).length > 0 || Object.keys(body).length === 0) return;
    update.mutate(
      { stage: stage.stage, body },
      {
        onSuccess: () =>
          notifications.show({
            color: 'green',
            message: t('trainingEditor.stage.saved', { stage: stage.stage }),
          }),
      },
    );
  };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        {update.isError && (
          <Alert color="red" title={t('trainingEditor.stage.saveFailed')}>
            {describeError(update.error, t)}
          </Alert>
        )}
        <TextInput
          label={t('trainingEditor.stage.title')}
          value={values.title}
          onChange={(event) => set({ title: event.currentTarget.value })}
          error={shown('title')}
          maxLength={MAX_STAGE_TITLE_LENGTH}
          required
          withAsterisk
        />
        <Textarea
          label={t('trainingEditor.stage.summary')}
          description={t('trainingEditor.stage.summaryHint')}
          value={values.summary}
          onChange={(event) => set({ summary: event.currentTarget.value })}
          maxLength={MAX_SUMMARY_LENGTH}
          rows={2}
          resize="vertical"
        />
        <NumberInput
          label={t('trainingEditor.stage.passMark')}
          description={t('trainingEditor.stage.passMarkHint')}
          value={values.passMark}
          onChange={(passMark) => set({ passMark })}
          error={shown('passMark')}
          min={1}
          max={100}
          allowNegative={false}
          allowDecimal={false}
          w={200}
        />
        <Group>
          <Button
            type="submit"
            loading={update.isPending}
            disabled={Object.keys(body).length === 0}
          >
            {t('trainingEditor.stage.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
