import { INPUT_LIMITS, LANGUAGE_NAMES, UI_LANGUAGES } from '@chorus/core';
import { Button, Group, NumberInput, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { changedValues, requiredText, text, useSchemaForm } from '../../../lib/forms';
import type { StageEditor } from '../api/stage-editor-queries';
import { useUpdateStage } from './use-update-stage';
import { FormErrorAlert } from '../../../components/FormErrorAlert';

const passMarkInvalid = { error: 'trainingEditor.stage.problems.passMarkInvalid' } as const;

const stageSchema = z.object({
  title: requiredText(INPUT_LIMITS.stageTitle, 'trainingEditor.stage.problems.titleRequired'),
  summary: text(INPUT_LIMITS.stageSummary),
  // '' while the field is empty.
  passMark: z
    .union([z.number(), z.string()])
    .pipe(
      z
        .number(passMarkInvalid)
        .int(passMarkInvalid)
        .min(INPUT_LIMITS.passMarkMin, passMarkInvalid)
        .max(INPUT_LIMITS.passMarkMax, passMarkInvalid),
    ),
  language: z.enum(UI_LANGUAGES),
});

type StageValues = z.output<typeof stageSchema>;

const savedValues = (stage: StageEditor): StageValues => ({
  title: stage.title,
  summary: stage.summary,
  passMark: stage.passMark,
  language: stage.language as StageValues['language'],
});

/** A stage's title, summary, pass mark and main language; saving sends only what changed. */
export function StageForm({ stage }: { stage: StageEditor }) {
  const { t } = useTranslation();
  const update = useUpdateStage();
  const form = useSchemaForm(stageSchema, savedValues(stage));
  const checked = stageSchema.safeParse(form.values);
  // Values the schema refuses are a change too: saving them shows why they cannot be saved.
  const unchanged =
    checked.success && Object.keys(changedValues(savedValues(stage), checked.data)).length === 0;

  const save = async (values: StageValues) => {
    const body = changedValues(savedValues(stage), values);
    if (Object.keys(body).length === 0) return;
    await update.mutateAsync({ stage: stage.stage, body });
    notifications.show({
      color: 'green',
      message: t('trainingEditor.stage.saved', { stage: stage.stage }),
    });
  };

  return (
    <form onSubmit={form.onSubmit(save)} noValidate>
      <Stack>
        <TextInput
          label={t('trainingEditor.stage.title')}
          {...form.getInputProps('title')}
          maxLength={INPUT_LIMITS.stageTitle}
          required
          withAsterisk
        />
        <Textarea
          label={t('trainingEditor.stage.summary')}
          description={t('trainingEditor.stage.summaryHint')}
          {...form.getInputProps('summary')}
          maxLength={INPUT_LIMITS.stageSummary}
          rows={2}
          resize="vertical"
        />
        <NumberInput
          label={t('trainingEditor.stage.passMark')}
          description={t('trainingEditor.stage.passMarkHint')}
          {...form.getInputProps('passMark')}
          min={INPUT_LIMITS.passMarkMin}
          max={INPUT_LIMITS.passMarkMax}
          allowNegative={false}
          allowDecimal={false}
          w={200}
        />
        <Select
          label={t('trainingEditor.stage.language')}
          description={t('trainingEditor.stage.languageHint')}
          data={UI_LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] }))}
          {...form.getInputProps('language')}
          allowDeselect={false}
          w={320}
          maw="100%"
        />
        <FormErrorAlert form={form} title={t('trainingEditor.stage.saveFailed')} />
        <Group>
          <Button type="submit" loading={form.submitting} disabled={unchanged}>
            {t('trainingEditor.stage.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
