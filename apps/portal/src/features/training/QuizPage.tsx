import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { LanguageFallbackNote } from './LanguageFallbackNote';
import { QuizForm } from './QuizForm';
import { useQuiz } from './use-quiz';
import { useTraining } from './use-training';
import type { StageNumber } from './api/training-queries';

function parseStage(param: string | undefined): StageNumber | null {
  return param === '1' || param === '2' || param === '3' ? (Number(param) as StageNumber) : null;
}

/** A stage's quiz: every question answered, then the score and why each answer is right. */
export function QuizPage() {
  const { stage: param } = useParams();
  const stage = parseStage(param);
  return stage === null ? <NotFoundPage /> : <StageQuiz key={stage} stage={stage} />;
}

function StageQuiz({ stage }: { stage: StageNumber }) {
  const { t } = useTranslation();
  const quiz = useQuiz(stage);
  // For the stage's title and pass mark; the quiz works without them.
  const progress = useTraining().data?.stages.find((candidate) => candidate.stage === stage);

  return (
    <Stack maw={760}>
      <Anchor component={Link} to="/training" size="sm">
        {t('training.lesson.back')}
      </Anchor>
      <div>
        <Title order={1}>{t('training.quiz.title', { stage })}</Title>
        {progress && (
          <Text c="dimmed" lang={progress.language}>
            {progress.title}
          </Text>
        )}
      </div>
      {quiz.isPending ? (
        <PageLoader label={t('training.quiz.loading')} />
      ) : quiz.isError ? (
        <QueryError
          title={t('training.quiz.loadFailed')}
          error={quiz.error}
          onRetry={() => void quiz.refetch()}
        />
      ) : (
        <>
          <LanguageFallbackNote
            stage={stage}
            language={quiz.data.language}
            requestedLanguage={quiz.data.requestedLanguage}
          />
          <QuizForm quiz={quiz.data} passMark={progress?.passMark} />
        </>
      )}
    </Stack>
  );
}
