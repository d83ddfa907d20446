import { INPUT_LIMITS, type TrainingStage } from '@chorus/core';
import { Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormModal } from '../../../components/FormModal';
import { changedValues, requiredText, text, useSchemaForm } from '../../../lib/forms';
import { QuestionOptionsField } from './QuestionOptionsField';
import { useCreateQuestion } from './use-create-question';
import type { Question } from '../api/stage-editor-queries';
import { useUpdateQuestion } from './use-update-question';

/** Empty fields; the API checks the rest (options that say the same thing, say). */
const questionSchema = z.object({
  prompt: requiredText(
    INPUT_LIMITS.questionPrompt,
    'trainingEditor.questions.problems.promptRequired',
  ),
  options: z.array(
    requiredText(INPUT_LIMITS.questionOption, 'trainingEditor.questions.problems.optionRequired'),
  ),
  /** Counts from 0. */
  correctOption: z.number().int(),
  explanation: text(INPUT_LIMITS.questionExplanation),
});

type QuestionValues = z.output<typeof questionSchema>;

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
  const form = useSchemaForm(questionSchema, {
    prompt: question?.prompt ?? '',
    options: question ? [...question.options] : ['', ''],
    correctOption: question?.correctOption ?? 0,
    explanation: question?.explanation ?? '',
  });

  const save = async (values: QuestionValues) => {
    if (question) {
      const body = changedValues(
        {
          prompt: question.prompt,
          options: question.options,
          correctOption: question.correctOption,
          explanation: question.explanation,
        },
        values,
      );
      // The API checks the right answer against the options, so they travel together.
      if (body.options) body.correctOption = values.correctOption;
      if (Object.keys(body).length === 0) return;
      await update.mutateAsync({ id: question.id, body });
    } else {
      await create.mutateAsync({ stage, body: values });
    }
    notifications.show({
      color: 'green',
      message: t(question ? 'trainingEditor.questions.saved' : 'trainingEditor.questions.added'),
    });
  };

  return (
    <FormModal
      form={form}
      size="lg"
      title={
        question
          ? t('trainingEditor.questions.editTitle', { position: question.position })
          : t('trainingEditor.questions.addTitle', { stage })
      }
      errorTitle={t('trainingEditor.questions.saveFailed')}
      onSubmit={save}
      onClose={onClose}
    >
      <Textarea
        label={t('trainingEditor.questions.fields.prompt')}
        {...form.getInputProps('prompt')}
        maxLength={INPUT_LIMITS.questionPrompt}
        rows={2}
        resize="vertical"
        required
        withAsterisk
        data-autofocus
      />
      <QuestionOptionsField form={form} />
      <Textarea
        label={t('trainingEditor.questions.fields.explanation')}
        description={t('trainingEditor.questions.fields.explanationHint')}
        {...form.getInputProps('explanation')}
        maxLength={INPUT_LIMITS.questionExplanation}
        rows={2}
        resize="vertical"
      />
    </FormModal>
  );
}
