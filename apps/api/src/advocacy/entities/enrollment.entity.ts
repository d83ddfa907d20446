import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { User } from '../../users/entities/user.entity';

/**
 * A person who chose to join the advocacy programme. Leaving deletes the row: only enrolled
 * people share, appear on leaderboards and get reminders.
 */
@Entity('enrollments')
export class Enrollment {
  @PrimaryColumn('uuid')
  userId: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  enrolledAt: Date;

  /** Since when the person chose to be shown on leaderboards; null while they are not. */
  @Column({ type: 'timestamptz', nullable: true })
  leaderboardSince: Date | null;
}
