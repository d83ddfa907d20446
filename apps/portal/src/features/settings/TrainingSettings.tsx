import { TRAINING_STAGES } from '@chorus/core';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SettingsSection } from './SettingsSection';
import type { Settings } from './api/settings-queries';
import { useSettingsForm } from './use-settings-form';

/** 0 asks for no training; then each stage, passed. */
const STAGE_CHOICES = [0, ...TRAINING_STAGES] as const;

const stageChoice = z.literal(STAGE_CHOICES);

const trainingSchema = z.object({
  shareRequiresStage: stageChoice,
  editRequiresStage: stageChoice,
});

/** How far in the training employees must be to share, and to change the suggested text. */
export function TrainingSettings({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const form = useSettingsForm({
    name: t('settings.training.title'),
    settings,
    valuesOf: ({ shareRequiresStage, editRequiresStage }) => ({
      shareRequiresStage,
      editRequiresStage,
    }),
    schema: trainingSchema,
  });
  const stages = STAGE_CHOICES.map((stage) => ({
    value: String(stage),
    label: t(`settings.training.stages.${stage}`),
  }));
  const choose = (key: 'shareRequiresStage' | 'editRequiresStage', value: string | null) => {
    const choice = stageChoice.safeParse(Number(value));
    if (value !== null && choice.success) form.setField(key, choice.data);
  };

  return (
    <SettingsSection
      title={t('settings.training.title')}
      intro={t('settings.training.intro')}
      form={form}
    >
      <Select
        label={t('settings.training.share.label')}
        description={t('settings.training.share.description')}
        data={stages}
        value={String(form.values.shareRequiresStage)}
        onChange={(value) => choose('shareRequiresStage', value)}
        error={form.errors.shareRequiresStage}
        allowDeselect={false}
        maw={360}
      />
      <Select
        label={t('settings.training.edit.label')}
        description={t('settings.training.edit.description')}
        data={stages}
        value={String(form.values.editRequiresStage)}
        onChange={(value) => choose('editRequiresStage', value)}
        error={form.errors.editRequiresStage}
        allowDeselect={false}
        maw={360}
      />
    </SettingsSection>
  );
}
