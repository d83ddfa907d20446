import { Entity, Index, PrimaryColumn } from 'typeorm';
import { ShareRollup } from './click-rollup';

/**
 * A share's `ShareClickDay`s of one calendar month added up (unique visitors are counted per
 * day, so they add up too): long periods read a row per share per month instead of per day.
 */
@Entity('share_click_months')
@Index(['month'])
export class ShareClickMonth extends ShareRollup {
  /** The first day of the month. */
  @PrimaryColumn({ type: 'date' })
  month: string;
}
