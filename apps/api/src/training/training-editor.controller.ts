import { Body, Controller, Delete, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { auditActor, type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles } from '../auth/decorators/access.decorator';
import {
  EditableQuestionDto,
  LessonDto,
  LessonInputDto,
  QuestionInputDto,
  StageEditorDto,
  StageParams,
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
  @ApiOperation({ summary: "Change a stage's title, summary or pass mark" })
  @ApiOkResponse({ type: StageEditorDto })
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
  @UpdateRoute(EditableQuestionDto)
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

  private toEditor({
    details,
    lessons,
    questions,
  }: Awaited<ReturnType<TrainingEditorService['stage']>>): StageEditorDto {
    return {
      stage: details.stage,
      title: details.title,
      summary: details.summary,
      passMark: details.passMark,
      lessons: lessons.map((lesson) => LessonDto.from(lesson)),
      questions: questions.map(EditableQuestionDto.from),
    };
  }
}
