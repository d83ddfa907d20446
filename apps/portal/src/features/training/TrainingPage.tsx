import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { StageCard } from './StageCard';
import { useTraining } from './use-training';
import type { TrainingOverview } from './api/training-queries';

/** The training's stages in order: lessons to read, and a quiz to pass for each. */
export function TrainingPage() {
  const { t } = useTranslation();
  const training = useTraining();

  return (
    <Stack maw={880}>
      <Title order={1}>{t('training.title')}</Title>
      <Text>{t('training.intro')}</Text>
      {training.isPending ? (
        <PageLoader label={t('training.loading')} />
      ) : training.isError ? (
        <QueryError
          title={t('training.loadFailed')}
          error={training.error}
          onRetry={() => void training.refetch()}
        />
      ) : (
        <>
          <TrainingStanding overview={training.data} />
          {training.data.stages.map((stage) => (
            <StageCard key={stage.stage} stage={stage} />
          ))}
        </>
      )}
    </Stack>
  );
}

/** Which stage sharing (and changing suggested text) needs, and which I have reached. */
function TrainingStanding({ overview }: { overview: TrainingOverview }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      {overview.requiredToShare > 0 && (
        <Text>{t('training.shareNeeds', { stage: overview.requiredToShare })}</Text>
      )}
      {overview.requiredToEdit > 0 && (
        <Text>{t('training.editNeeds', { stage: overview.requiredToEdit })}</Text>
      )}
      <Text fw={500}>
        {overview.reachedStage > 0
          ? t('training.reached', { stage: overview.reachedStage })
          : t('training.reachedNone')}
      </Text>
    </Stack>
  );
}
