import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { describeError } from '../../api/describe-error';
import { Markdown } from '../../components/Markdown';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { LanguageFallbackNote } from './LanguageFallbackNote';
import { quizPath } from './QuizButton';
import { useLesson } from './use-lesson';
import type { Lesson } from './api/training-queries';
import { useMarkLessonRead } from './use-mark-lesson-read';
import { useTraining } from './use-training';

/** One lesson to read, marked as read when done, with the way on to the next. */
export function LessonPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const lesson = useLesson(id);

  return (
    <Stack maw={760}>
      <Anchor component={Link} to="/training" size="sm">
        {t('training.lesson.back')}
      </Anchor>
      {lesson.isPending ? (
        <PageLoader label={t('training.lesson.loading')} />
      ) : lesson.isError ? (
        <QueryError
          title={t('training.lesson.loadFailed')}
          error={lesson.error}
          onRetry={() => void lesson.refetch()}
        />
      ) : (
        // Keyed, so that going on to the next lesson starts without this one's state.
        <LessonView key={lesson.data.id} lesson={lesson.data} />
      )}
    </Stack>
  );
}

function LessonView({ lesson }: { lesson: Lesson }) {
  const { t } = useTranslation();
  const markRead = useMarkLessonRead();

  return (
    <>
      <Title order={1} lang={lesson.language}>
        {lesson.title}
      </Title>
      <Group gap="sm">
        <Text c="dimmed">
          {t('training.lesson.place', { stage: lesson.stage, position: lesson.position })}
        </Text>
        {lesson.read && (
          <Badge color="green" variant="light">
            {t('training.lesson.read')}
          </Badge>
        )}
      </Group>
      <LanguageFallbackNote
        stage={lesson.stage}
        language={lesson.language}
        requestedLanguage={lesson.requestedLanguage}
      />
      <Paper withBorder p="lg" lang={lesson.language}>
        <Markdown>{lesson.body}</Markdown>
      </Paper>
      {markRead.isError && (
        <Alert color="red" title={t('training.lesson.markReadFailed')}>
          {describeError(markRead.error, t)}
        </Alert>
      )}
      <Group>
        {!lesson.read && (
          <Button onClick={() => markRead.mutate(lesson.id)} loading={markRead.isPending}>
            {t('training.lesson.markRead')}
          </Button>
        )}
        <WayOn lesson={lesson} />
      </Group>
    </>
  );
}

/** The next lesson of the stage; after the last one, the stage's quiz when it can be taken. */
function WayOn({ lesson }: { lesson: Lesson }) {
  const { t } = useTranslation();
  const training = useTraining();
  const stage = training.data?.stages.find((candidate) => candidate.stage === lesson.stage);
  if (!stage) return null;

  const next = [...stage.lessons]
    .sort((a, b) => a.position - b.position)
    .find((candidate) => candidate.position > lesson.position);
  if (next) {
    return (
      <Button component={Link} to={`/training/lessons/${next.id}`} variant="default">
        {t('training.lesson.next')}
      </Button>
    );
  }
  if (stage.unlocked && stage.questionCount > 0) {
    return (
      <Button component={Link} to={quizPath(stage.stage)} variant="default">
        {t('training.stage.takeQuiz')}
      </Button>
    );
  }
  return null;
}
