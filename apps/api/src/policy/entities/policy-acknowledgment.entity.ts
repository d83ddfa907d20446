import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../../users/entities/user.entity';
import { PolicyVersion } from './policy-version.entity';
import { PolicyVersionText } from './policy-version-text.entity';

/**
 * The signed copy for a person's file: who acknowledged which version in which language, with the
 * name they typed.
 */
@Entity('policy_acknowledgments')
@Index('policy_acknowledgments_user_version_key', ['userId', 'policyVersionId'], { unique: true })
export class PolicyAcknowledgment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Index()
  @Column({ type: 'uuid' })
  policyVersionId: string;

  @ManyToOne(() => PolicyVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'policy_version_id' })
  policyVersion?: PolicyVersion;

  /** The language of the text the person read and signed; that text exists for the version. */
  @Column({ type: 'varchar', length: 8 })
  language: string;

  @ManyToOne(() => PolicyVersionText, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'policy_version_id', referencedColumnName: 'policyVersionId' },
    { name: 'language', referencedColumnName: 'language' },
  ])
  text?: PolicyVersionText;

  /** The full name exactly as the person typed it. */
  @Column({ type: 'varchar', length: 200 })
  typedName: string;

  @CreateDateColumn({ type: 'timestamptz' })
  acknowledgedAt: Date;
}
