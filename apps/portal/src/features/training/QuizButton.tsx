import { Button, Group, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StageProgress } from './api/training-queries';

export const quizPath = (stage: number) => `/training/stages/${stage}/quiz`;

/** The way to a stage's quiz; disabled, saying why, while it is locked or has no questions. */
export function QuizButton({ stage }: { stage: StageProgress }) {
  const { t } = useTranslation();
  const reasonId = useId();
  const label = stage.passed ? t('training.stage.retakeQuiz') : t('training.stage.takeQuiz');
  const reason =
    stage.questionCount === 0
      ? t('training.stage.noQuiz')
      : !stage.unlocked
        ? t('training.stage.passFirst', { stage: stage.stage - 1 })
        : null;

  if (reason !== null) {
    return (
      <Group gap="sm">
        <Button disabled aria-describedby={reasonId}>
          {label}
        </Button>
        <Text size="sm" c="dimmed" id={reasonId}>
          {reason}
        </Text>
      </Group>
    );
  }
  return (
    <Group>
      <Button
        component={Link}
        to={quizPath(stage.stage)}
        variant={stage.passed ? 'default' : 'filled'}
      >
        {label}
      </Button>
    </Group>
  );
}
