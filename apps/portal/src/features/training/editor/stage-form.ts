import { INPUT_LIMITS } from '@chorus/core';
import type { StageEditor } from '../api/stage-editor-queries';
import type { UpdateStageBody } from './use-update-stage';

/** A stage's details as their form holds them; the pass mark is '' while the field is empty. */
export interface StageValues {
  title: string;
  summary: string;
  passMark: number | string;
}

export const MAX_STAGE_TITLE_LENGTH = INPUT_LIMITS.stageTitle;
export const MAX_SUMMARY_LENGTH = INPUT_LIMITS.stageSummary;

export function stageValues(stage: StageEditor): StageValues {
  return { title: stage.title, summary: stage.summary, passMark: stage.passMark };
}

export type StageProblem = 'titleRequired' | 'passMarkInvalid';

export function stageProblems(
  values: StageValues,
): Partial<Record<'title' | 'passMark', StageProblem>> {
  const problems: Partial<Record<'title' | 'passMark', StageProblem>> = {};
  if (values.title.trim() === '') problems.title = 'titleRequired';
  const passMark = values.passMark;
  if (
    typeof passMark !== 'number' ||
    !Number.isInteger(passMark) ||
    passMark < INPUT_LIMITS.passMarkMin ||
    passMark > INPUT_LIMITS.passMarkMax
  )
    problems.passMark = 'passMarkInvalid';
  return problems;
}

/** Only what differs from the stage as loaded. */
export function stageBody(stage: StageEditor, values: StageValues): UpdateStageBody {
  const body: UpdateStageBody = {};
  if (values.title.trim() !== stage.title) body.title = values.title.trim();
  if (values.summary.trim() !== stage.summary) body.summary = values.summary.trim();
  if (values.passMark !== stage.passMark && typeof values.passMark === 'number') {
    body.passMark = values.passMark;
  }
  return body;
}
