import {
  Anchor,
  Badge,
  Group,
  List,
  Paper,
  Progress,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CheckMark } from '../../components/CheckMark';
import { LanguageFallbackNote } from './LanguageFallbackNote';
import { QuizButton } from './QuizButton';
import type { StageProgress } from './api/training-queries';

/** One stage: its lessons with what I have read, my standing in its quiz, and the way to it. */
export function StageCard({ stage }: { stage: StageProgress }) {
  const { t } = useTranslation();
  const headingId = useId();
  const lessons = [...stage.lessons].sort((a, b) => a.position - b.position);
  const read = lessons.filter((lesson) => lesson.read).length;

  return (
    <Paper component="section" withBorder p="lg" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Title order={2} size="h3" id={headingId}>
            {t('training.stage.title', { stage: stage.stage, title: stage.title })}
          </Title>
          <StageBadge stage={stage} />
        </Group>
        <LanguageFallbackNote
          stage={stage.stage}
          language={stage.language}
          requestedLanguage={stage.requestedLanguage}
        />
        {stage.summary && <Text lang={stage.language}>{stage.summary}</Text>}
        {lessons.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('training.stage.noLessons')}
          </Text>
        ) : (
          <>
            <Text size="sm">
              {t('training.stage.lessonsRead', { read, count: lessons.length })}
            </Text>
            <Progress
              value={Math.round((100 * read) / lessons.length)}
              aria-label={t('training.stage.lessonsProgress', { stage: stage.stage })}
              color="green"
            />
            <List spacing="xs" listStyleType="none">
              {lessons.map((lesson) => (
                <List.Item key={lesson.id} icon={<CheckMark done={lesson.read} />}>
                  <Anchor
                    component={Link}
                    to={`/training/lessons/${lesson.id}`}
                    lang={stage.language}
                  >
                    {lesson.title}
                  </Anchor>
                  {lesson.read && <VisuallyHidden>{t('training.stage.lessonRead')}</VisuallyHidden>}
                </List.Item>
              ))}
            </List>
          </>
        )}
        {stage.bestScore !== null && (
          <Text size="sm">
            {t('training.stage.bestScore', {
              score: stage.bestScore,
              count: stage.attempts,
            })}
          </Text>
        )}
        <QuizButton stage={stage} />
      </Stack>
    </Paper>
  );
}

function StageBadge({ stage }: { stage: StageProgress }) {
  const { t } = useTranslation();
  if (stage.passed) {
    return (
      <Badge color="green" variant="light">
        {t('training.stage.passed')}
      </Badge>
    );
  }
  if (!stage.unlocked) {
    return (
      <Badge color="gray" variant="light">
        {t('training.stage.locked')}
      </Badge>
    );
  }
  return (
    <Badge color="blue" variant="light">
      {t('training.stage.notPassed')}
    </Badge>
  );
}
