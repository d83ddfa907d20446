import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Up to when approved content was announced to the people it is for (`content.new`): the next
 * hourly batch announces what went live after this. One row, written by the first batch.
 */
@Entity('new_content_announcements')
@Check('CHK_new_content_announcements_one_row', `"id" = 1`)
export class NewContentAnnouncement {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'PK_new_content_announcements' })
  id: number;

  @Column({ type: 'timestamptz' })
  announcedUntil: Date;
}
