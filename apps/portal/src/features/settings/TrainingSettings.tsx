import { Alert, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import type { Settings } from './use-settings';
import { useUpdateSettings } from './use-update-settings';

/** 0 asks for no training; 1 to 3 for that stage passed. */
const STAGE_CHOICES = [0, 1, 2, 3] as const;
type StageChoice = (typeof STAGE_CHOICES)[number];

type StageSetting = 'shareRequiresStage' | 'editRequiresStage';

const isStageChoice = (value: number): value is StageChoice =>
  (STAGE_CHOICES as readonly number[]).includes(value);

/** How far in the training employees must be to share, and to change the suggested text. */
export function TrainingSettings({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const update = useUpdateSettings();
  const stages = STAGE_CHOICES.map((stage) => ({
    value: String(stage),
    label: t(`settings.training.stages.${stage}`),
  }));

  const save = (key: StageSetting, value: string | null) => {
    const stage = Number(value);
    if (value === null || !isStageChoice(stage) || stage === settings[key]) return;
    update.mutate(
      { [key]: stage },
      {
        onSuccess: (saved) => {
          const now = saved[key];
          const kind = key === 'shareRequiresStage' ? 'share' : 'edit';
          notifications.show({
            color: 'green',
            message:
              isStageChoice(now) && now > 0
                ? t(`settings.training.${kind}.saved`, {
                    stage: t(`settings.training.stages.${now}`),
                  })
                : t(`settings.training.${kind}.savedNone`),
          });
        },
      },
    );
  };

  // While saving, a select shows what was asked for.
  const shown = (key: StageSetting) =>
    String((update.isPending ? update.variables[key] : undefined) ?? settings[key]);

  return (
    <Stack>
      <Title order={2} size="h4">
        {t('settings.training.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('settings.training.intro')}
      </Text>
      {update.isError && (
        <Alert color="red" title={t('settings.saveFailed')}>
          {describeError(update.error, t)}
        </Alert>
      )}
      <Select
        label={t('settings.training.share.label')}
        description={t('settings.training.share.description')}
        data={stages}
        value={shown('shareRequiresStage')}
        onChange={(value) => save('shareRequiresStage', value)}
        allowDeselect={false}
        disabled={update.isPending}
        maw={360}
      />
      <Select
        label={t('settings.training.edit.label')}
        description={t('settings.training.edit.description')}
        data={stages}
        value={shown('editRequiresStage')}
        onChange={(value) => save('editRequiresStage', value)}
        allowDeselect={false}
        disabled={update.isPending}
        maw={360}
      />
    </Stack>
  );
}
