import { Entity, Index, PrimaryColumn } from 'typeorm';
import { ShareRollup } from './click-rollup';

/**
 * What one share's tracked link got on one of the organisation's calendar days: the exact
 * rollup every other is added up from, so that no dashboard scans raw click events. Kept by
 * the same statement that writes the events; kept after retention drops the events.
 */
@Entity('share_click_days')
@Index(['day'])
@Index(['userId', 'day'])
export class ShareClickDay extends ShareRollup {
  @PrimaryColumn({ type: 'date' })
  day: string;
}
