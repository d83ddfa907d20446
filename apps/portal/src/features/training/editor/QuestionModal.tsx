import type { TrainingStage } from '@chorus/core';
import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../api/describe-error';
import {
  MAX_EXPLANATION_LENGTH,
  MAX_PROMPT_LENGTH,
  hasProblems,
  questionBody,
  questionChanges,
  questionProblems,
  questionValues,
} from './question-form';
import { QuestionOptionsField } from './QuestionOptionsField';
import { useCreateQuestion } from './use-create-question';
import type { Question } from '../api/stage-editor-queries';
import { useUpdateQuestion } from './use-update-question';

interface QuestionModalProps {
  stage: TrainingStage;
  /** The question to edit; null for a new one, added at the end of the quiz. */
  question: Question | null;
  onClose: () => void;
}

export function QuestionModal({ stage, question, onClose }: QuestionModalProps) {
  const { t } = useTranslation();
  const create = useCreateQuestion();
  const update = useUpdateQuestion();
  const save = question ? update : create;
  const [values, setValues] = useState(() => questionValues(question));
  const [checked, setChecked] = useState(false);
  const problems = questionProblems(values);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (hasProblems(problems)) return;
    const onSuccess = () => {
      notifications.show({
        color: 'green',
        message: t(question ? 'trainingEditor.questions.saved' : 'trainingEditor.questions.added'),
      });
      onClose();
    };
    if (!question) return create.mutate({ stage, body: questionBody(values) }, { onSuccess });
    const body = questionChanges(question, values);
    if (Object.keys(body).length === 0) return onClose();
    update.mutate({ id: question.id, body }, { onSuccess });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={
        question
          ? t('trainingEditor.questions.editTitle', { position: question.position })
          : t('trainingEditor.questions.addTitle', { stage })
      }
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          {save.isError && (
            <Alert color="red" title={t('trainingEditor.questions.saveFailed')}>
              {describeError(save.error, t)}
            </Alert>
          )}
          <Textarea
            label={t('trainingEditor.questions.fields.prompt')}
            value={values.prompt}
            onChange={(event) => setValues({ ...values, prompt: event.currentTarget.value })}
            error={
              checked && problems.prompt
                ? t(`trainingEditor.questions.problems.${problems.prompt}`)
                : null
            }
            maxLength={MAX_PROMPT_LENGTH}
            rows={2}
            resize="vertical"
            required
            withAsterisk
            data-autofocus
          />
          <QuestionOptionsField
            value={values}
            onChange={setValues}
            problems={checked ? problems.options : {}}
          />
          <Textarea
            label={t('trainingEditor.questions.fields.explanation')}
            description={t('trainingEditor.questions.fields.explanationHint')}
            value={values.explanation}
            onChange={(event) => setValues({ ...values, explanation: event.currentTarget.value })}
            maxLength={MAX_EXPLANATION_LENGTH}
            rows={2}
            resize="vertical"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('trainingEditor.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('trainingEditor.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
