import type { UiLanguage } from '@chorus/core';
import type { DemoLesson, DemoQuestion } from './demo-training';
import { DEMO_TRAINING_DA } from './demo-training.da';
import { DEMO_TRAINING_EL } from './demo-training.el';
import { DEMO_TRAINING_NL } from './demo-training.nl';
import { DEMO_TRAINING_SV } from './demo-training.sv';

/**
 * A demo stage in another language: its lessons and questions in the English stage's order,
 * each question's options translated one by one (the right answer is the English one's index).
 */
export interface DemoStageTranslation {
  stage: 1 | 2 | 3;
  title: string;
  summary: string;
  lessons: DemoLesson[];
  questions: Omit<DemoQuestion, 'correctOption'>[];
}

/** The demo training in the languages of the demo company's colleagues, written from the English. */
export const DEMO_TRAINING_TRANSLATIONS: Partial<Record<UiLanguage, DemoStageTranslation[]>> = {
  nl: DEMO_TRAINING_NL,
  da: DEMO_TRAINING_DA,
  sv: DEMO_TRAINING_SV,
  el: DEMO_TRAINING_EL,
};
