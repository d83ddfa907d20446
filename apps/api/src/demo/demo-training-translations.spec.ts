import { INPUT_LIMITS } from '@chorus/core';
import { DEMO_TRAINING } from './demo-training';
import { DEMO_TRAINING_TRANSLATIONS } from './demo-training-translations';

describe('the demo training in other languages', () => {
  const languages = Object.entries(DEMO_TRAINING_TRANSLATIONS);

  it('covers the languages the demo promises', () => {
    expect(languages.map(([language]) => language).sort()).toEqual(['da', 'el', 'nl', 'sv']);
  });

  it.each(languages)('translates every stage, lesson, question and option into %s', (_, stages) => {
    expect(stages.map((stage) => stage.stage)).toEqual(DEMO_TRAINING.map((stage) => stage.stage));
    for (const [index, stage] of stages.entries()) {
      const english = DEMO_TRAINING[index]!;
      expect(stage.lessons).toHaveLength(english.lessons.length);
      expect(stage.questions.map((question) => question.options.length)).toEqual(
        english.questions.map((question) => question.options.length),
      );
    }
  });

  it.each(languages)('keeps %s within the limits the editor enforces', (_, stages) => {
    for (const stage of stages) {
      expect(stage.title.length).toBeLessThanOrEqual(INPUT_LIMITS.stageTitle);
      expect(stage.summary.length).toBeLessThanOrEqual(INPUT_LIMITS.stageSummary);
      for (const lesson of stage.lessons) {
        expect(lesson.title.length).toBeLessThanOrEqual(INPUT_LIMITS.lessonTitle);
        expect(lesson.body.length).toBeLessThanOrEqual(INPUT_LIMITS.lessonBody);
      }
      for (const question of stage.questions) {
        expect(question.prompt.length).toBeLessThanOrEqual(INPUT_LIMITS.questionPrompt);
        expect(question.explanation.length).toBeLessThanOrEqual(INPUT_LIMITS.questionExplanation);
        for (const option of question.options) {
          expect(option.length).toBeLessThanOrEqual(INPUT_LIMITS.questionOption);
        }
        const keys = question.options.map((option) => option.trim().toLowerCase());
        expect(new Set(keys).size).toBe(keys.length);
      }
    }
  });
});
