import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Content people can share now: approved and not expired. */
const LIVE_ITEM = `item.status = 'approved' AND (item.expires_at IS NULL OR item.expires_at > now())`;

/**
 * The languages the organisation uses, as the data says: the preferred languages of the people
 * who can sign in, and the languages of the suggested posts they can share now.
 */
@Injectable()
export class OrganisationLanguagesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * A text that changes whenever the languages may have: a person added, changed or removed, an
   * item or suggested post changed, or an item expired.
   */
  async revision(): Promise<string> {
    const [{ revision }] = await this.dataSource.query<{ revision: string }[]>(
      `SELECT concat_ws('|',
                (SELECT count(*) || '@' || coalesce(max(updated_at)::text, '') FROM users),
                (SELECT count(*) || '@' || coalesce(max(updated_at)::text, '') FROM content_items),
                (SELECT count(*) || '@' || coalesce(max(updated_at)::text, '') FROM content_variants),
                (SELECT count(*) FROM content_items item WHERE ${LIVE_ITEM})) AS revision`,
    );
    return revision;
  }

  /** The distinct languages (as stored, ISO 639-1), sorted. */
  async languages(): Promise<string[]> {
    const rows = await this.dataSource.query<{ language: string }[]>(
      `SELECT language FROM users WHERE status = 'active'
        UNION
       SELECT item.language FROM content_items item WHERE ${LIVE_ITEM} AND item.language IS NOT NULL
        UNION
       SELECT variant.language
         FROM content_variants variant
         JOIN content_items item ON item.id = variant.item_id
        WHERE ${LIVE_ITEM}
        ORDER BY 1`,
    );
    return rows.map((row) => row.language);
  }
}
