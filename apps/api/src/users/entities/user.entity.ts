import { Role, ROLES, USER_STATUSES, UserStatus } from '@chorus/core';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { OrgGroup } from '../../groups/entities/org-group.entity';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored trimmed and lower-cased, so uniqueness is case-insensitive. */
  @Index('users_email_key', { unique: true })
  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'enum', enum: ROLES, enumName: 'user_role', array: true, default: '{employee}' })
  roles: Role[];

  @Column({ type: 'enum', enum: USER_STATUSES, enumName: 'user_status', default: 'active' })
  status: UserStatus;

  /** Preferred language (ISO 639-1): the portal's language and the default for content. */
  @Column({ type: 'varchar', length: 8, default: 'en' })
  language: string;

  /** When the person chose their language themselves; null while it is a default or an admin's. */
  @Column({ type: 'timestamptz', nullable: true })
  languageChosenAt: Date | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  departmentId: string | null;

  @ManyToOne(() => OrgGroup, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'department_id' })
  department?: OrgGroup | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  locationId: string | null;

  @ManyToOne(() => OrgGroup, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'location_id' })
  location?: OrgGroup | null;

  /** The identity provider's subject once the person has signed in through SSO. */
  @Index('users_sso_subject_key', { unique: true })
  @Column({ type: 'varchar', length: 255, nullable: true })
  ssoSubject: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;

  /** argon2id; null for people who only sign in through SSO or have not set a password yet. */
  @Column({ type: 'varchar', length: 255, nullable: true, select: false })
  passwordHash: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
