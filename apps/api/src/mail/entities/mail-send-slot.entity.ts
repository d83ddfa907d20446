import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import type { MailLane } from '../mail-message';

/**
 * The rows that pace mail across replicas, one per lane: each queued mail takes the next free
 * slot of its lane and moves it on by one interval of the configured rate.
 */
@Entity('mail_send_slots')
@Check('mail_send_slots_lane', `"lane" IN ('bulk', 'personal')`)
export class MailSendSlot {
  @PrimaryColumn({ type: 'varchar', length: 8, primaryKeyConstraintName: 'mail_send_slots_pkey' })
  lane: MailLane;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextSlot: Date;
}
