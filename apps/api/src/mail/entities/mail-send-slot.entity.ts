import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The one row that paces mail across replicas: each queued mail takes the next free slot and
 * moves it on by one interval of the configured rate.
 */
@Entity('mail_send_slots')
@Check('mail_send_slots_one_row', `"id" = 1`)
export class MailSendSlot {
  @PrimaryColumn({ type: 'smallint', default: 1, primaryKeyConstraintName: 'mail_send_slots_pkey' })
  id: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextSlot: Date;
}
