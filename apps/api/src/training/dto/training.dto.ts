import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import {
  ArrayMaxSize,
  ArrayMinSize,
  between,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from '../../common/validators';
import {
  TRAINING_STAGES,
  type TrainingStage,
  INPUT_LIMITS,
  UI_LANGUAGES,
  type UiLanguage,
} from '@chorus/core';
import { trimEach } from '../../common/transforms';
import type { LessonRead } from '../entities/lesson-read.entity';
import type { QuizQuestion } from '../entities/quiz-question.entity';
import type { TrainingLesson } from '../entities/training-lesson.entity';
import type {
  QuizQuestionTranslation,
  TrainingLessonTranslation,
  TrainingStageTranslation,
} from '../entities/training-translations.entity';
import type { AttemptOutcome, StageProgress } from '../training.service';
import { TrimmedText } from '../../common/trimmed-text';
import { OptionalField, PartialDto } from '../../common/optional';

export class StageParams {
  @ApiProperty({ enum: TRAINING_STAGES })
  @Type(() => Number)
  @IsIn(TRAINING_STAGES)
  stage: TrainingStage;
}

export class TrainingItemParams {
  @IsUUID()
  id: string;
}

export class StageTranslationParams extends StageParams {
  @ApiProperty({ enum: UI_LANGUAGES })
  @IsIn(UI_LANGUAGES)
  language: UiLanguage;
}

export class ItemTranslationParams extends TrainingItemParams {
  @ApiProperty({ enum: UI_LANGUAGES })
  @IsIn(UI_LANGUAGES)
  language: UiLanguage;
}

export class QuizAnswerDto {
  @IsUUID()
  questionId: string;

  @ApiProperty({ description: 'The chosen option, counted from 0', minimum: 0 })
  @IsInt()
  @Min(0)
  option: number;
}

export class QuizAttemptDto {
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => QuizAnswerDto)
  answers: QuizAnswerDto[];

  @ApiPropertyOptional({
    enum: UI_LANGUAGES,
    description:
      "The language the quiz was shown in (the quiz's `language`); the person's own when left out",
  })
  @OptionalField()
  @IsIn(UI_LANGUAGES)
  language?: UiLanguage;
}

export class LessonSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  title: string;

  /** 1 is first */
  position: number;

  /** Whether I have read it */
  read: boolean;
}

export class StageProgressDto {
  @ApiProperty({ enum: TRAINING_STAGES })
  stage: TrainingStage;

  title: string;

  summary: string;

  /** Percent of the quiz to answer right to pass */
  passMark: number;

  /** The language the stage is shown in: mine when it is translated into it, else its main one */
  language: string;

  /** My preferred language: when it differs from `language`, the stage is not translated into it */
  requestedLanguage: string;

  lessons: LessonSummaryDto[];

  questionCount: number;

  /** Whether I may take its quiz: the stage before it is passed */
  unlocked: boolean;

  passed: boolean;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  passedAt: string | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'My best score in percent; null before a first attempt',
  })
  bestScore: number | null;

  attempts: number;

  static from(progress: StageProgress): StageProgressDto {
    const { stage, result } = progress;
    return {
      stage: stage.stage,
      title: stage.title,
      summary: stage.summary,
      passMark: stage.passMark,
      language: progress.language,
      requestedLanguage: progress.requestedLanguage,
      lessons: progress.lessons.map(({ lesson, read }) => ({
        id: lesson.id,
        title: lesson.title,
        position: lesson.position,
        read,
      })),
      questionCount: progress.questionCount,
      unlocked: progress.unlocked,
      passed: Boolean(result?.passedAt),
      passedAt: result?.passedAt ? result.passedAt.toISOString() : null,
      bestScore: result?.bestScore ?? null,
      attempts: result?.attempts ?? 0,
    };
  }
}

export class TrainingOverviewDto {
  /** The highest stage I passed; 0 before the first */
  reachedStage: number;

  /** The stage needed to share (0: none) */
  requiredToShare: number;

  /** The stage needed to change suggested text (0: none) */
  requiredToEdit: number;

  stages: StageProgressDto[];
}

export class LessonDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: TRAINING_STAGES })
  stage: TrainingStage;

  position: number;

  title: string;

  /** Markdown */
  body: string;

  /** Whether I have read it */
  read?: boolean;

  static from(lesson: TrainingLesson, read?: boolean | LessonRead): LessonDto {
    return {
      id: lesson.id,
      stage: lesson.stage,
      position: lesson.position,
      title: lesson.title,
      body: lesson.body,
      ...(read === undefined ? {} : { read: Boolean(read) }),
    };
  }
}

export class LessonToReadDto extends LessonDto {
  /** The language the lesson is shown in: mine when its stage is translated into it */
  language: string;

  /** My preferred language: when it differs from `language`, the stage is not translated into it */
  requestedLanguage: string;
}

export class QuizQuestionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  position: number;

  prompt: string;

  options: string[];

  static from(question: QuizQuestion): QuizQuestionDto {
    return {
      id: question.id,
      position: question.position,
      prompt: question.prompt,
      options: question.options,
    };
  }
}

export class QuizDto {
  @ApiProperty({ enum: TRAINING_STAGES })
  stage: TrainingStage;

  @ApiProperty({
    enum: UI_LANGUAGES,
    description: 'The language the quiz is shown in; send it back with the attempt',
  })
  language: string;

  /** My preferred language: when it differs from `language`, the stage is not translated into it */
  requestedLanguage: string;

  questions: QuizQuestionDto[];
}

export class QuestionResultDto {
  @ApiProperty({ format: 'uuid' })
  questionId: string;

  chosen: number;

  correct: boolean;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'The right option; given once the stage is passed, so a retry is not a lookup',
  })
  correctOption: number | null;

  /** Why the right answer is right */
  explanation: string;
}

export class AttemptResultDto {
  @ApiProperty({ enum: TRAINING_STAGES })
  stage: TrainingStage;

  /** Percent answered right */
  score: number;

  passMark: number;

  /** The language the quiz was taken in */
  language: string;

  passed: boolean;

  /** My stage after this attempt */
  reachedStage: number;

  results: QuestionResultDto[];

  static from(outcome: AttemptOutcome): AttemptResultDto {
    const { attempt } = outcome;
    return {
      stage: attempt.stage,
      score: attempt.score,
      passMark: outcome.passMark,
      language: attempt.language,
      passed: attempt.passed,
      reachedStage: outcome.reachedStage,
      results: outcome.results.map(({ question, chosen, correct }) => ({
        questionId: question.id,
        chosen,
        correct,
        correctOption: attempt.passed ? question.correctOption : null,
        explanation: question.explanation,
      })),
    };
  }
}

export class DistributionRowDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  departmentId: string | null;

  /** Null: people without a department */
  department: string | null;

  /** Active people */
  people: number;

  /** Of whom enrolled in the advocacy programme */
  enrolled: number;

  @ApiProperty({
    type: [Number],
    description: 'People by the stage reached: [not started, stage 1, stage 2, stage 3]',
  })
  byStage: number[];
}

// ---- Editing (curators and admins) ----

export class UpdateStageDto {
  @ApiPropertyOptional({ maxLength: INPUT_LIMITS.stageTitle })
  @OptionalField()
  @TrimmedText(INPUT_LIMITS.stageTitle)
  title?: string;

  @ApiPropertyOptional({ maxLength: INPUT_LIMITS.stageSummary })
  @OptionalField()
  @TrimmedText(INPUT_LIMITS.stageSummary, { empty: true })
  summary?: string;

  @ApiPropertyOptional({ minimum: INPUT_LIMITS.passMarkMin, maximum: INPUT_LIMITS.passMarkMax })
  @OptionalField()
  @IsInt()
  @Min(INPUT_LIMITS.passMarkMin, between(INPUT_LIMITS.passMarkMin, INPUT_LIMITS.passMarkMax))
  @Max(INPUT_LIMITS.passMarkMax, between(INPUT_LIMITS.passMarkMin, INPUT_LIMITS.passMarkMax))
  passMark?: number;

  @ApiPropertyOptional({
    enum: UI_LANGUAGES,
    description: 'The language the stage is written in; other languages are translations',
  })
  @OptionalField()
  @IsIn(UI_LANGUAGES)
  language?: UiLanguage;
}

export class LessonInputDto {
  @ApiProperty({ maxLength: INPUT_LIMITS.lessonTitle })
  @TrimmedText(INPUT_LIMITS.lessonTitle)
  title: string;

  @ApiProperty({ description: 'Markdown', maxLength: INPUT_LIMITS.lessonBody })
  @TrimmedText(INPUT_LIMITS.lessonBody)
  body: string;
}

export class QuestionInputDto {
  @ApiProperty({ maxLength: INPUT_LIMITS.questionPrompt })
  @TrimmedText(INPUT_LIMITS.questionPrompt)
  prompt: string;

  @ApiProperty({
    type: [String],
    minItems: INPUT_LIMITS.questionOptionsMin,
    maxItems: INPUT_LIMITS.questionOptionsMax,
    items: { type: 'string', minLength: 1, maxLength: INPUT_LIMITS.questionOption },
  })
  @IsArray()
  @ArrayMinSize(INPUT_LIMITS.questionOptionsMin)
  @ArrayMaxSize(INPUT_LIMITS.questionOptionsMax)
  @Transform(trimEach)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(INPUT_LIMITS.questionOption, { each: true })
  options: string[];

  @ApiProperty({ description: 'The right option, counted from 0', minimum: 0 })
  @IsInt()
  @Min(0)
  correctOption: number;

  @ApiProperty({
    description: 'Why the right answer is right',
    maxLength: INPUT_LIMITS.questionExplanation,
  })
  @TrimmedText(INPUT_LIMITS.questionExplanation, { empty: true })
  explanation: string;
}

export class UpdateLessonDto extends PartialDto(LessonInputDto) {
  @ApiPropertyOptional({ description: 'Move it to this place (1 is first)', minimum: 1 })
  @OptionalField()
  @IsInt()
  @Min(1)
  position?: number;
}

export class UpdateQuestionDto extends PartialDto(QuestionInputDto) {
  @ApiPropertyOptional({ description: 'Move it to this place (1 is first)', minimum: 1 })
  @OptionalField()
  @IsInt()
  @Min(1)
  position?: number;
}

export class StageTranslationInputDto {
  @ApiProperty({ maxLength: INPUT_LIMITS.stageTitle })
  @TrimmedText(INPUT_LIMITS.stageTitle)
  title: string;

  @ApiProperty({ maxLength: INPUT_LIMITS.stageSummary })
  @TrimmedText(INPUT_LIMITS.stageSummary, { empty: true })
  summary: string;
}

/** A lesson's title and text in another language. */
export class LessonTranslationInputDto extends LessonInputDto {}

/** A question in another language: its options translate the main ones, in the same order. */
export class QuestionTranslationInputDto {
  @ApiProperty({ maxLength: INPUT_LIMITS.questionPrompt })
  @TrimmedText(INPUT_LIMITS.questionPrompt)
  prompt: string;

  @ApiProperty({
    type: [String],
    description: "The main question's options translated, as many and in the same order",
    minItems: INPUT_LIMITS.questionOptionsMin,
    maxItems: INPUT_LIMITS.questionOptionsMax,
    items: { type: 'string', minLength: 1, maxLength: INPUT_LIMITS.questionOption },
  })
  @IsArray()
  @ArrayMinSize(INPUT_LIMITS.questionOptionsMin)
  @ArrayMaxSize(INPUT_LIMITS.questionOptionsMax)
  @Transform(trimEach)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(INPUT_LIMITS.questionOption, { each: true })
  options: string[];

  @ApiProperty({
    description: 'Why the right answer is right',
    maxLength: INPUT_LIMITS.questionExplanation,
  })
  @TrimmedText(INPUT_LIMITS.questionExplanation, { empty: true })
  explanation: string;
}

export class StageTranslationDto {
  @ApiProperty({ enum: UI_LANGUAGES })
  language: string;

  title: string;

  summary: string;

  @ApiProperty({ format: 'date-time', type: String })
  updatedAt: string;

  static from(row: TrainingStageTranslation): StageTranslationDto {
    return {
      language: row.language,
      title: row.title,
      summary: row.summary,
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}

export class LessonTranslationDto {
  @ApiProperty({ enum: UI_LANGUAGES })
  language: string;

  title: string;

  /** Markdown */
  body: string;

  @ApiProperty({ format: 'date-time', type: String })
  updatedAt: string;

  static from(row: TrainingLessonTranslation): LessonTranslationDto {
    return {
      language: row.language,
      title: row.title,
      body: row.body,
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}

export class QuestionTranslationDto {
  @ApiProperty({ enum: UI_LANGUAGES })
  language: string;

  prompt: string;

  options: string[];

  explanation: string;

  @ApiProperty({ format: 'date-time', type: String })
  updatedAt: string;

  static from(row: QuizQuestionTranslation): QuestionTranslationDto {
    return {
      language: row.language,
      prompt: row.prompt,
      options: row.options,
      explanation: row.explanation,
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}

export class EditableLessonDto extends LessonDto {
  /** Its translations, by language */
  translations: LessonTranslationDto[];
}

export class EditableQuestionDto extends QuizQuestionDto {
  correctOption: number;

  explanation: string;

  static override from(question: QuizQuestion): EditableQuestionDto {
    return {
      ...QuizQuestionDto.from(question),
      correctOption: question.correctOption,
      explanation: question.explanation,
    };
  }
}

export class TranslatedQuestionDto extends EditableQuestionDto {
  /** Its translations, by language; each has as many options as the question */
  translations: QuestionTranslationDto[];
}

export class StageEditorDto {
  @ApiProperty({ enum: TRAINING_STAGES })
  stage: TrainingStage;

  title: string;

  summary: string;

  passMark: number;

  /** The language the stage is written in */
  @ApiProperty({ enum: UI_LANGUAGES })
  language: string;

  @ApiProperty({
    enum: UI_LANGUAGES,
    isArray: true,
    description:
      'The languages people can take the stage in: its main one, then each language its title, every lesson and every question are translated into',
  })
  availableIn: string[];

  /** Its title and summary in other languages */
  translations: StageTranslationDto[];

  lessons: EditableLessonDto[];

  questions: TranslatedQuestionDto[];
}
