import type { TrainingStage } from '@chorus/core';
import { Divider, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/PageLoader';
import { QueryError } from '../../../components/QueryError';
import { LessonsSection } from './LessonsSection';
import { QuizSection } from './QuizSection';
import { StageForm } from './StageForm';
import { TranslationsSection } from './TranslationsSection';
import { useStageEditor } from './use-stage-editor';

/** Everything about one stage: its details, its lessons, its quiz and their translations. */
export function StageEditorSection({ stage }: { stage: TrainingStage }) {
  const { t } = useTranslation();
  const editor = useStageEditor(stage);

  if (editor.isPending) return <PageLoader label={t('trainingEditor.loading', { stage })} />;
  if (editor.isError) {
    return (
      <QueryError
        title={t('trainingEditor.loadFailed', { stage })}
        error={editor.error}
        onRetry={() => void editor.refetch()}
      />
    );
  }
  return (
    <Stack gap="lg">
      <Paper withBorder p="lg">
        <Stack>
          <Title order={2} size="h3">
            {t('trainingEditor.stage.heading')}
          </Title>
          <StageForm stage={editor.data} />
        </Stack>
      </Paper>
      <LessonsSection stage={stage} lessons={editor.data.lessons} />
      <Divider />
      <QuizSection
        stage={stage}
        questions={editor.data.questions}
        passMark={editor.data.passMark}
      />
      <Divider />
      <TranslationsSection stage={editor.data} />
    </Stack>
  );
}
