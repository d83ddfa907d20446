import { Entity, Index, PrimaryColumn } from 'typeorm';
import { ItemRollup } from './click-rollup';

/** An item's `ItemClickDay`s on a network, added up per calendar month. */
@Entity('item_click_months')
@Index(['month'])
export class ItemClickMonth extends ItemRollup {
  /** The first day of the month. */
  @PrimaryColumn({ type: 'date' })
  month: string;
}
