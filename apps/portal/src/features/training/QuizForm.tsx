import { Alert, Button, Group, Paper, Radio, Stack, Text } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe-error';
import { QuizResult } from './QuizResult';
import type { Quiz } from './api/training-queries';
import { useSubmitAttempt } from './use-submit-attempt';

/** The questions to answer, one option each; once submitted, the result, with a retry. */
export function QuizForm({ quiz, passMark }: { quiz: Quiz; passMark?: number }) {
  const { t } = useTranslation();
  const submit = useSubmitAttempt();
  // The chosen option per question id, as the radio's value (the option's index).
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const questions = [...quiz.questions].sort((a, b) => a.position - b.position);
  const complete = questions.every((question) => answers[question.id] !== undefined);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!complete) return;
    submit.mutate({
      stage: quiz.stage,
      language: quiz.language,
      answers: questions.map((question) => ({
        questionId: question.id,
        option: Number(answers[question.id]),
      })),
    });
  };

  const tryAgain = () => {
    submit.reset();
    setAnswers({});
  };

  if (submit.isSuccess) {
    return <QuizResult quiz={quiz} result={submit.data} onTryAgain={tryAgain} />;
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        <Text>
          {passMark === undefined
            ? t('training.quiz.intro')
            : t('training.quiz.introWithPassMark', { passMark })}
        </Text>
        {questions.map((question) => (
          <Paper key={question.id} withBorder p="lg" lang={quiz.language}>
            <Radio.Group
              label={t('training.quiz.question', {
                number: question.position,
                prompt: question.prompt,
              })}
              value={answers[question.id] ?? null}
              onChange={(value) => setAnswers((current) => ({ ...current, [question.id]: value }))}
            >
              <Stack gap="xs" mt="xs">
                {question.options.map((option, index) => (
                  <Radio key={index} value={String(index)} label={option} />
                ))}
              </Stack>
            </Radio.Group>
          </Paper>
        ))}
        {submit.isError && (
          <Alert color="red" title={t('training.quiz.submitFailed')}>
            {describeError(submit.error, t)}
          </Alert>
        )}
        <Group>
          <Button type="submit" disabled={!complete} loading={submit.isPending}>
            {t('training.quiz.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
