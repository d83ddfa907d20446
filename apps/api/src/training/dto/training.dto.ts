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
import { TRAINING_STAGES, type TrainingStage, INPUT_LIMITS } from '@chorus/core';
import { trimEach } from '../../common/transforms';
import type { LessonRead } from '../entities/lesson-read.entity';
import type { QuizQuestion } from '../entities/quiz-question.entity';
import type { TrainingLesson } from '../entities/training-lesson.entity';
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

export class StageEditorDto {
  @ApiProperty({ enum: TRAINING_STAGES })
  stage: TrainingStage;

  title: string;

  summary: string;

  passMark: number;

  lessons: LessonDto[];

  questions: EditableQuestionDto[];
}
