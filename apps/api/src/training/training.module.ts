import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { SettingsModule } from '../settings/settings.module';
import { LessonRead } from './entities/lesson-read.entity';
import { QuizAttempt } from './entities/quiz-attempt.entity';
import { QuizQuestion } from './entities/quiz-question.entity';
import { TrainingLesson } from './entities/training-lesson.entity';
import { TrainingStage } from './entities/training-stage.entity';
import { NotificationsModule } from '../notifications/notifications.module';
import { TrainingNotifier } from './training-notifier';
import { TrainingEditorController } from './training-editor.controller';
import { TrainingEditorService } from './training-editor.service';
import { TrainingController } from './training.controller';
import { TrainingRepository } from './training.repository';
import { TrainingService } from './training.service';
import { PointsModule } from '../points/points.module';

@Module({
  imports: [
    PointsModule,
    TypeOrmModule.forFeature([
      TrainingStage,
      TrainingLesson,
      QuizQuestion,
      LessonRead,
      QuizAttempt,
    ]),
    AuditModule,
    SettingsModule,
    NotificationsModule,
  ],
  controllers: [TrainingController, TrainingEditorController],
  providers: [TrainingService, TrainingEditorService, TrainingRepository, TrainingNotifier],
  exports: [TrainingService, TrainingRepository],
})
export class TrainingModule {}
