import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The secret mixed into visitor hashes on one day (UTC). Salts of past days are deleted, so a
 * hash cannot be linked to a person or across days.
 */
@Entity('visitor_salts')
export class VisitorSalt {
  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ type: 'bytea' })
  salt: Buffer;
}
