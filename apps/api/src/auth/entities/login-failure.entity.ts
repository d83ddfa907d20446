import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One failed sign-in, kept for the rate-limit window. The client address is stored only as a keyed hash. */
@Entity('login_failures')
@Index(['email', 'attemptedAt'])
@Index(['clientHash', 'attemptedAt'])
export class LoginFailure {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ type: 'char', length: 64 })
  clientHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  attemptedAt: Date;
}
