import type { TrainingStage } from '@chorus/core';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../api/describe-error';
import { DeleteQuestionModal } from './DeleteQuestionModal';
import { QuestionCard } from './QuestionCard';
import { QuestionModal } from './QuestionModal';
import type { Question } from '../api/stage-editor-queries';
import { useUpdateQuestion } from './use-update-question';

type Editing = { mode: 'edit'; question: Question | null } | { mode: 'delete'; question: Question };

/** A stage's quiz: its questions in the order they are asked. */
export function QuizSection({
  stage,
  questions,
  passMark,
}: {
  stage: TrainingStage;
  questions: Question[];
  passMark: number;
}) {
  const { t } = useTranslation();
  const move = useUpdateQuestion();
  const [editing, setEditing] = useState<Editing | null>(null);
  const close = () => setEditing(null);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3">
          {t('trainingEditor.questions.title')}
        </Title>
        <Button variant="light" onClick={() => setEditing({ mode: 'edit', question: null })}>
          {t('trainingEditor.questions.add')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('trainingEditor.questions.intro', { passMark })}
      </Text>
      {move.isError && (
        <Alert color="red" title={t('trainingEditor.questions.moveFailed')}>
          {describeError(move.error, t)}
        </Alert>
      )}
      {questions.length === 0 ? (
        <Text c="dimmed">{t('trainingEditor.questions.empty')}</Text>
      ) : (
        questions.map((question) => (
          <QuestionCard
            key={question.id}
            question={question}
            count={questions.length}
            moving={move.isPending}
            onMove={(position) => move.mutate({ id: question.id, body: { position } })}
            onEdit={() => setEditing({ mode: 'edit', question })}
            onDelete={() => setEditing({ mode: 'delete', question })}
          />
        ))
      )}
      {editing?.mode === 'edit' && (
        <QuestionModal stage={stage} question={editing.question} onClose={close} />
      )}
      {editing?.mode === 'delete' && (
        <DeleteQuestionModal question={editing.question} onClose={close} />
      )}
    </Stack>
  );
}
