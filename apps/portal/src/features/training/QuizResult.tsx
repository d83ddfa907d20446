import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Quiz } from './api/training-queries';
import type { AttemptResult } from './use-submit-attempt';

interface QuizResultProps {
  quiz: Quiz;
  result: AttemptResult;
  /** Starts the quiz afresh; offered when it was not passed. */
  onTryAgain: () => void;
}

/** The score, passed or not, and per question whether my answer was right and why. */
export function QuizResult({ quiz, result, onTryAgain }: QuizResultProps) {
  const { t } = useTranslation();
  const questions = [...quiz.questions].sort((a, b) => a.position - b.position);
  const byQuestion = new Map(result.results.map((answer) => [answer.questionId, answer]));

  return (
    <Stack>
      {result.passed ? (
        <Alert color="green" title={t('training.quiz.passed', { stage: result.stage })}>
          {t('training.quiz.score', { score: result.score })}
        </Alert>
      ) : (
        <Alert color="yellow" title={t('training.quiz.failed')}>
          {t('training.quiz.scoreBelow', { score: result.score, passMark: result.passMark })}
        </Alert>
      )}
      {questions.map((question) => {
        const answer = byQuestion.get(question.id);
        if (!answer) return null;
        const label = t('training.quiz.question', {
          number: question.position,
          prompt: question.prompt,
        });
        return (
          <Paper key={question.id} component="section" withBorder p="lg" aria-label={label}>
            <Stack gap="xs">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Text fw={600}>{label}</Text>
                <Badge color={answer.correct ? 'green' : 'red'} variant="light">
                  {answer.correct ? t('training.quiz.correct') : t('training.quiz.incorrect')}
                </Badge>
              </Group>
              <Text size="sm">
                {t('training.quiz.yourAnswer', { option: question.options[answer.chosen] ?? '' })}
              </Text>
              {!answer.correct && answer.correctOption !== null && (
                <Text size="sm">
                  {t('training.quiz.rightAnswer', {
                    option: question.options[answer.correctOption] ?? '',
                  })}
                </Text>
              )}
              {answer.explanation && (
                <Text size="sm" c="dimmed">
                  {answer.explanation}
                </Text>
              )}
            </Stack>
          </Paper>
        );
      })}
      {!result.passed && (
        <Group>
          <Button onClick={onTryAgain}>{t('training.quiz.tryAgain')}</Button>
        </Group>
      )}
    </Stack>
  );
}
