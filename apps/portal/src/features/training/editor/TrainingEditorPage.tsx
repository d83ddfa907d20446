import { TRAINING_STAGES, isTrainingStage, type TrainingStage } from '@chorus/core';
import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { StageEditorSection } from './StageEditorSection';

/** The stage in the address (`?stage=2`); the first stage when there is none. */
function readStage(params: URLSearchParams): TrainingStage {
  const stage = Number(params.get('stage'));
  return isTrainingStage(stage) ? stage : 1;
}

/** Where curators write the three training stages: details, lessons and quiz questions. */
export function TrainingEditorPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const stage = readStage(params);

  const choose = (value: string | null) => {
    const next = Number(value);
    if (!isTrainingStage(next)) return;
    setParams((current) => {
      const updated = new URLSearchParams(current);
      if (next === 1) updated.delete('stage');
      else updated.set('stage', String(next));
      return updated;
    });
  };

  return (
    <Stack maw={1040}>
      <Title order={1}>{t('trainingEditor.title')}</Title>
      <Text>{t('trainingEditor.intro')}</Text>
      <Tabs value={String(stage)} onChange={choose} keepMounted={false}>
        <Tabs.List aria-label={t('trainingEditor.stages')}>
          {TRAINING_STAGES.map((each) => (
            <Tabs.Tab key={each} value={String(each)}>
              {t('trainingEditor.stageTab', { stage: each })}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TRAINING_STAGES.map((each) => (
          <Tabs.Panel key={each} value={String(each)} pt="lg">
            <StageEditorSection stage={each} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
