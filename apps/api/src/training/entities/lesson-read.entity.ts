import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../../users/entities/user.entity';
import { TrainingLesson } from './training-lesson.entity';

/** A person has read a lesson: their progress through a stage. */
@Entity('lesson_reads')
export class LessonRead {
  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Index()
  @PrimaryColumn('uuid')
  lessonId: string;

  @ManyToOne(() => TrainingLesson, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lesson_id' })
  lesson?: TrainingLesson;

  @CreateDateColumn({ type: 'timestamptz' })
  readAt: Date;
}
