import { Entity, Index, PrimaryColumn } from 'typeorm';
import { ItemRollup } from './click-rollup';

/**
 * Every share of an item on a network, added up per calendar day: figures that are not about
 * people (content, networks, campaigns, kinds) read these, far fewer rows than per share.
 */
@Entity('item_click_days')
@Index(['day'])
export class ItemClickDay extends ItemRollup {
  @PrimaryColumn({ type: 'date' })
  day: string;
}
