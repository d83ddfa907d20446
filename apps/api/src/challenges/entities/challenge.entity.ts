import { CHALLENGE_METRICS, type ChallengeMetric } from '@chorus/core';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Campaign } from '../../campaigns/entities/campaign.entity';
import { Topic } from '../../topics/entities/topic.entity';
import { User } from '../../users/entities/user.entity';

/**
 * A time-boxed team goal a curator set: so many shares, verified shares or clicks for the
 * content of one campaign or one topic, from its first to its last day (organisation calendar
 * days, both included), by enrolled people in some departments or everywhere. Once its last
 * day is over, the job stores its result and tells the people it concerned.
 */
@Entity('challenges')
@Index(['endsOn'])
@Check('challenges_one_scope', `("campaign_id" IS NULL) <> ("topic_id" IS NULL)`)
@Check('challenges_target_positive', `"target" > 0`)
@Check('challenges_dates_in_order', `"starts_on" <= "ends_on"`)
export class Challenge {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  description: string | null;

  @Column({ type: 'enum', enum: CHALLENGE_METRICS, enumName: 'challenge_metric' })
  metric: ChallengeMetric;

  @Column({ type: 'integer' })
  target: number;

  /** The campaign whose content counts; a challenge goes with its campaign. */
  @Column({ type: 'uuid', nullable: true })
  campaignId: string | null;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Campaign | null;

  /** The topic whose content counts; a challenge goes with its topic. */
  @Column({ type: 'uuid', nullable: true })
  topicId: string | null;

  @ManyToOne(() => Topic, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'topic_id' })
  topic?: Topic | null;

  /** The departments whose enrolled people take part; empty: every enrolled person. */
  @Column({ type: 'uuid', array: true, default: '{}' })
  departmentIds: string[];

  /** The first day (organisation calendar day) that counts. */
  @Column({ type: 'date' })
  startsOn: string;

  /** The last day that counts. */
  @Column({ type: 'date' })
  endsOn: string;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: User | null;

  /** When the job closed it, after its last day; null before. */
  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  /** What it counted, stored when it ended. */
  @Column({ type: 'integer', nullable: true })
  result: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
