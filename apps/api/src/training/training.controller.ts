import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles, SignedIn } from '../auth/decorators/access.decorator';
import { ErrorDto } from '../common/error-response.dto';
import {
  AttemptResultDto,
  LessonDto,
  DistributionRowDto,
  LessonToReadDto,
  QuizAttemptDto,
  QuizDto,
  QuizQuestionDto,
  StageParams,
  StageProgressDto,
  TrainingItemParams,
  TrainingOverviewDto,
} from './dto/training.dto';
import { TrainingService } from './training.service';

/** The training as everyone takes it, and how far the company has come (for HR). */
@ApiTags('training')
@Controller('training')
export class TrainingController {
  constructor(private readonly training: TrainingService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'The three stages, their lessons, and my progress through them' })
  @ApiOkResponse({ type: TrainingOverviewDto })
  async overview(@CurrentUser() user: AuthenticatedUser): Promise<TrainingOverviewDto> {
    const overview = await this.training.overview(user.id);
    return { ...overview, stages: overview.stages.map(StageProgressDto.from) };
  }

  @Get('distribution')
  @Roles('analyst', 'admin')
  @ApiOperation({ summary: 'Active people per department by the stage they reached' })
  @ApiOkResponse({ type: [DistributionRowDto] })
  distribution(): Promise<DistributionRowDto[]> {
    return this.training.distribution();
  }

  @Get('lessons/:id')
  @SignedIn()
  @ApiOperation({
    summary: 'One lesson to read',
    description:
      'In my preferred language when its stage is translated into it, else in its main language.',
  })
  @ApiOkResponse({ type: LessonToReadDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async lesson(
    @Param() { id }: TrainingItemParams,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<LessonToReadDto> {
    const { lesson, read, language, requestedLanguage } = await this.training.lesson(id, user.id);
    return { ...LessonDto.from(lesson, read), language, requestedLanguage };
  }

  @Post('lessons/:id/read')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark a lesson as read' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorDto })
  async markRead(
    @Param() { id }: TrainingItemParams,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.training.markRead(id, user.id);
  }

  @Get('stages/:stage/quiz')
  @SignedIn()
  @ApiOperation({
    summary: "A stage's quiz, without the answers",
    description:
      'In my preferred language when the stage is translated into it, else in its main language.',
  })
  @ApiOkResponse({ type: QuizDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'The stage before is not passed yet' })
  async quiz(
    @Param() { stage }: StageParams,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<QuizDto> {
    const { questions, language, requestedLanguage } = await this.training.quiz(stage, user.id);
    return { stage, language, requestedLanguage, questions: questions.map(QuizQuestionDto.from) };
  }

  @Post('stages/:stage/attempts')
  @SignedIn()
  @ApiOperation({
    summary: "Answer a stage's quiz",
    description:
      'Every question must be answered. Grading does not depend on the language; the attempt records the one it was taken in.',
  })
  @ApiCreatedResponse({ type: AttemptResultDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'The stage before is not passed yet' })
  @ApiUnprocessableEntityResponse({
    type: ErrorDto,
    description: 'Answers missing or unknown, or the stage is not translated into `language`',
  })
  async attempt(
    @Param() { stage }: StageParams,
    @Body() body: QuizAttemptDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AttemptResultDto> {
    return AttemptResultDto.from(
      await this.training.attempt(stage, user.id, body.answers, body.language),
    );
  }
}
