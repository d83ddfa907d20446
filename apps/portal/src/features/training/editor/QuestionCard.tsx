import { Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MoveButtons } from './MoveButtons';
import type { Question } from '../api/stage-editor-queries';

interface QuestionCardProps {
  question: Question;
  /** How many questions the quiz has. */
  count: number;
  moving: boolean;
  onMove: (position: number) => void;
  onEdit: () => void;
  onDelete: () => void;
}

/** One quiz question as curators check it: the answers, the right one marked, and why. */
export function QuestionCard({
  question,
  count,
  moving,
  onMove,
  onEdit,
  onDelete,
}: QuestionCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const name = t('trainingEditor.questions.name', { position: question.position });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Title order={3} size="h5" id={headingId}>
            {t('trainingEditor.questions.heading', { position: question.position })}
          </Title>
          <Group gap="xs" wrap="nowrap">
            <MoveButtons
              name={name}
              position={question.position}
              count={count}
              disabled={moving}
              onMove={onMove}
            />
            <Button
              size="xs"
              variant="default"
              aria-label={t('trainingEditor.editLabel', { name })}
              onClick={onEdit}
            >
              {t('trainingEditor.edit')}
            </Button>
            <Button
              size="xs"
              variant="light"
              color="red"
              aria-label={t('trainingEditor.deleteLabel', { name })}
              onClick={onDelete}
            >
              {t('trainingEditor.delete')}
            </Button>
          </Group>
        </Group>
        <Text fw={500}>{question.prompt}</Text>
        <List aria-label={t('trainingEditor.questions.answers')} spacing={4}>
          {question.options.map((option, index) => (
            <List.Item key={index}>
              {index === question.correctOption ? (
                <Group gap="xs">
                  <Text fw={600} c="green.8">
                    {option}
                  </Text>
                  <Badge color="green" variant="light" size="sm">
                    {t('trainingEditor.questions.right')}
                  </Badge>
                </Group>
              ) : (
                <Text>{option}</Text>
              )}
            </List.Item>
          ))}
        </List>
        {question.explanation && (
          <Text size="sm" c="dimmed">
            {t('trainingEditor.questions.why', { explanation: question.explanation })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
