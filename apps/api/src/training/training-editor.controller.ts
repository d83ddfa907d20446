import { Body, Controller, Delete, Get, Param, Patch, Post, Put } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorDto } from '../common/error-response.dto';
import { auditActor, type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles } from '../auth/decorators/access.decorator';
import {
  EditableQuestionDto,
  ItemTranslationParams,
  LessonDto,
  LessonInputDto,
  LessonTranslationDto,
  LessonTranslationInputDto,
  QuestionInputDto,
  QuestionTranslationDto,
  QuestionTranslationInputDto,
  StageEditorDto,
  StageParams,
  StageTranslationDto,
  StageTranslationInputDto,
  StageTranslationParams,
  TrainingItemParams,
  UpdateLessonDto,
  UpdateQuestionDto,
  UpdateStageDto,
} from './dto/training.dto';
import { TrainingEditorService } from './training-editor.service';
import { DeleteRoute, UpdateRoute } from '../openapi/routes';

/** Curators and admins write the training: stages, lessons and quiz questions. */
@ApiTags('training')
@Controller('training')
export class TrainingEditorController {
  constructor(private readonly editor: TrainingEditorService) {}

  @Get('stages/:stage')
  @Roles('curator', 'admin')
  @ApiOperation({ summary: 'A stage to edit: its lessons and its questions with their answers' })
  @ApiOkResponse({ type: StageEditorDto })
  async stage(@Param() { stage }: StageParams): Promise<StageEditorDto> {
    return this.toEditor(await this.editor.stage(stage));
  }

  @Patch('stages/:stage')
  @Roles('curator', 'admin')
  @ApiOperation({ summary: "Change a stage's title, summary, pass mark or main language" })
  @ApiOkResponse({ type: StageEditorDto })
  @ApiConflictResponse({
    type: ErrorDto,
    description: 'The stage has translations into the language asked for as its main one',
  })
  async updateStage(
    @Param() { stage }: StageParams,
    @Body() body: UpdateStageDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<StageEditorDto> {
    await this.editor.updateStage(stage, body, auditActor(user));
    return this.toEditor(await this.editor.stage(stage));
  }

  @Post('stages/:stage/lessons')
  @Roles('curator', 'admin')
  @ApiOperation({ summary: 'Add a lesson at the end of a stage' })
  @ApiCreatedResponse({ type: LessonDto })
  async createLesson(
    @Param() { stage }: StageParams,
    @Body() body: LessonInputDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<LessonDto> {
    return LessonDto.from(await this.editor.createLesson(stage, body, auditActor(user)));
  }

  @Patch('lessons/:id')
  @Roles('curator', 'admin')
  @ApiOperation({ summary: 'Change or move a lesson' })
  @UpdateRoute(LessonDto)
  async updateLesson(
    @Param() { id }: TrainingItemParams,
    @Body() body: UpdateLessonDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<LessonDto> {
    return LessonDto.from(await this.editor.updateLesson(id, body, auditActor(user)));
  }

  @Delete('lessons/:id')
  @Roles('curator', 'admin')
  @DeleteRoute()
  @ApiOperation({ summary: 'Remove a lesson' })
  async deleteLesson(
    @Param() { id }: TrainingItemParams,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.editor.deleteLesson(id, auditActor(user));
  }

  @Post('stages/:stage/questions')
  @Roles('curator', 'admin')
  @ApiOperation({ summary: "Add a question at the end of a stage's quiz" })
  @ApiCreatedResponse({ type: EditableQuestionDto })
  async createQuestion(
    @Param() { stage }: StageParams,
    @Body() body: QuestionInputDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<EditableQuestionDto> {
    return EditableQuestionDto.from(
      await this.editor.createQuestion(stage, body, auditActor(user)),
    );
  }

  @Patch('questions/:id')
  @Roles('curator', 'admin')
  @ApiOperation({ summary: 'Change or move a quiz question' })
  @UpdateRoute(EditableQuestionDto, {
    conflict: 'The number of options changes while translations give the old number',
  })
  async updateQuestion(
    @Param() { id }: TrainingItemParams,
    @Body() body: UpdateQuestionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<EditableQuestionDto> {
    return EditableQuestionDto.from(await this.editor.updateQuestion(id, body, auditActor(user)));
  }

  @Delete('questions/:id')
  @Roles('curator', 'admin')
  @DeleteRoute()
  @ApiOperation({ summary: 'Remove a quiz question' })
  async deleteQuestion(
    @Param() { id }: TrainingItemParams,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.editor.deleteQuestion(id, auditActor(user));
  }

  // ---- Translations ----

  @Put('stages/:stage/translations/:language')
  @Roles('curator', 'admin')
  @ApiOperation({ summary: "Add or replace a stage's title and summary in another language" })
  @ApiOkResponse({ type: StageTranslationDto })
  @ApiConflictResponse({ type: ErrorDto, description: "The language is the stage's main one" })
  async saveStageTranslation(
    @Param() { stage, language }: StageTranslationParams,
    @Body() body: StageTranslationInputDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<StageTranslationDto> {
    return StageTranslationDto.from(
      await this.editor.saveStageTranslation(stage, language, body, auditActor(user)),
    );
  }

  @Delete('stages/:stage/translations/:language')
  @Roles('curator', 'admin')
  @DeleteRoute()
  @ApiOperation({ summary: "Remove a stage's title and summary in a language" })
  async deleteStageTranslation(
    @Param() { stage, language }: StageTranslationParams,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.editor.deleteTranslation('stage', stage, language, auditActor(user));
  }

  @Put('lessons/:id/translations/:language')
  @Roles('curator', 'admin')
  @ApiOperation({ summary: 'Add or replace a lesson in another language' })
  @ApiOkResponse({ type: LessonTranslationDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: "The language is the stage's main one" })
  async saveLessonTranslation(
    @Param() { id, language }: ItemTranslationParams,
    @Body() body: LessonTranslationInputDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<LessonTranslationDto> {
    return LessonTranslationDto.from(
      await this.editor.saveLessonTranslation(id, language, body, auditActor(user)),
    );
  }

  @Delete('lessons/:id/translations/:language')
  @Roles('curator', 'admin')
  @DeleteRoute()
  @ApiOperation({ summary: 'Remove a lesson in a language' })
  async deleteLessonTranslation(
    @Param() { id, language }: ItemTranslationParams,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.editor.deleteTranslation('lesson', id, language, auditActor(user));
  }

  @Put('questions/:id/translations/:language')
  @Roles('curator', 'admin')
  @ApiOperation({
    summary: 'Add or replace a quiz question in another language',
    description:
      "The options translate the question's own, as many and in the same order: the right answer is the same for every language.",
  })
  @ApiOkResponse({ type: QuestionTranslationDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: "The language is the stage's main one" })
  @ApiUnprocessableEntityResponse({
    type: ErrorDto,
    description: 'The options are not as many as the question has',
  })
  async saveQuestionTranslation(
    @Param() { id, language }: ItemTranslationParams,
    @Body() body: QuestionTranslationInputDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<QuestionTranslationDto> {
    return QuestionTranslationDto.from(
      await this.editor.saveQuestionTranslation(id, language, body, auditActor(user)),
    );
  }

  @Delete('questions/:id/translations/:language')
  @Roles('curator', 'admin')
  @DeleteRoute()
  @ApiOperation({ summary: 'Remove a quiz question in a language' })
  async deleteQuestionTranslation(
    @Param() { id, language }: ItemTranslationParams,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.editor.deleteTranslation('question', id, language, auditActor(user));
  }

  private toEditor({
    details,
    lessons,
    questions,
    translations,
    availableIn,
  }: Awaited<ReturnType<TrainingEditorService['stage']>>): StageEditorDto {
    return {
      stage: details.stage,
      title: details.title,
      summary: details.summary,
      passMark: details.passMark,
      language: details.language,
      availableIn,
      translations: translations.stages.map(StageTranslationDto.from),
      lessons: lessons.map((lesson) => ({
        ...LessonDto.from(lesson),
        translations: translations.lessons
          .filter((translation) => translation.lessonId === lesson.id)
          .map(LessonTranslationDto.from),
      })),
      questions: questions.map((question) => ({
        ...EditableQuestionDto.from(question),
        translations: translations.questions
          .filter((translation) => translation.questionId === question.id)
          .map(QuestionTranslationDto.from),
      })),
    };
  }
}
