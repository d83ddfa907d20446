import { INPUT_LIMITS } from '@chorus/core';
import type { QuestionBody } from './use-create-question';
import type { Question } from '../api/stage-editor-queries';
import type { UpdateQuestionBody } from './use-update-question';

export const MIN_OPTIONS = INPUT_LIMITS.questionOptionsMin;
export const MAX_OPTIONS = INPUT_LIMITS.questionOptionsMax;
export const MAX_PROMPT_LENGTH = INPUT_LIMITS.questionPrompt;
export const MAX_OPTION_LENGTH = INPUT_LIMITS.questionOption;
export const MAX_EXPLANATION_LENGTH = INPUT_LIMITS.questionExplanation;

/** A question as its form holds it; `correctOption` counts from 0. */
export type QuestionValues = QuestionBody;

export function questionValues(question: Question | null): QuestionValues {
  return {
    prompt: question?.prompt ?? '',
    options: question ? [...question.options] : ['', ''],
    correctOption: question?.correctOption ?? 0,
    explanation: question?.explanation ?? '',
  };
}

export interface QuestionProblems {
  prompt?: 'promptRequired';
  /** By option index. */
  options: Record<number, 'optionRequired'>;
}

/** Empty fields; the API checks the rest (options that say the same thing, say). */
export function questionProblems(values: QuestionValues): QuestionProblems {
  const problems: QuestionProblems = { options: {} };
  if (values.prompt.trim() === '') problems.prompt = 'promptRequired';
  values.options.forEach((option, index) => {
    if (option.trim() === '') problems.options[index] = 'optionRequired';
  });
  return problems;
}

export const hasProblems = (problems: QuestionProblems) =>
  problems.prompt !== undefined || Object.keys(problems.options).length > 0;

export function addOption(values: QuestionValues): QuestionValues {
  if (values.options.length >= MAX_OPTIONS) return values;
  return { ...values, options: [...values.options, ''] };
}

/** Removes an option; the right answer stays on the same option, or goes to the first. */
export function removeOption(values: QuestionValues, index: number): QuestionValues {
  if (values.options.length <= MIN_OPTIONS) return values;
  const options = values.options.filter((_, at) => at !== index);
  const correct = values.correctOption;
  return {
    ...values,
    options,
    correctOption: correct === index ? 0 : correct > index ? correct - 1 : correct,
  };
}

export function questionBody(values: QuestionValues): QuestionBody {
  return {
    prompt: values.prompt.trim(),
    options: values.options.map((option) => option.trim()),
    correctOption: values.correctOption,
    explanation: values.explanation.trim(),
  };
}

/** Only what differs from the question as loaded. */
export function questionChanges(question: Question, values: QuestionValues): UpdateQuestionBody {
  const next = questionBody(values);
  const body: UpdateQuestionBody = {};
  if (next.prompt !== question.prompt) body.prompt = next.prompt;
  if (JSON.stringify(next.options) !== JSON.stringify(question.options))
    body.options = next.options;
  // The API checks the right answer against the options, so they travel together.
  if (next.correctOption !== question.correctOption || body.options) {
    body.correctOption = next.correctOption;
  }
  if (next.explanation !== question.explanation) body.explanation = next.explanation;
  return body;
}
