import { SOCIAL_NETWORKS, SocialNetwork } from '@chorus/core';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users/entities/user.entity';

/** A person's own statement of where they post and how many people they reach there. */
@Entity('social_profiles')
@Index('social_profiles_user_network_key', ['userId', 'network'], { unique: true })
export class SocialProfile {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'enum', enum: SOCIAL_NETWORKS, enumName: 'social_network' })
  network: SocialNetwork;

  @Column({ type: 'varchar', length: 200, nullable: true })
  handle: string | null;

  /** Declared connections or followers; never verified, reported as "declared potential reach". */
  @Column({ type: 'integer', nullable: true })
  audienceSize: number | null;
}
