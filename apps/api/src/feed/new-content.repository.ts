import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Targeting, TargetedPerson } from './feed-catalogue';

/** An item that went live, with whom it is for. */
export interface NewItem extends Targeting {
  id: string;
}

/** An enrolled person, with what decides which items are for them. */
export interface EnrolledPerson extends TargetedPerson {
  id: string;
}

/** More items than this going live within one batch's window are not counted past it. */
export const NEW_ITEMS_LIMIT = 1_000;

/** Below every person's id: where the batches of people start. */
export const FIRST_ID = '00000000-0000-0000-0000-000000000000';

/** The hourly "new content for you" batch's queries. */
@Injectable()
export class NewContentRepository {
  /**
   * Up to when content was announced, locked until the transaction ends, so that two batches
   * take turns. The first batch ever starts at `otherwise`.
   */
  async lockAnnouncedUntil(otherwise: Date, manager: EntityManager): Promise<Date> {
    await manager.query(
      `INSERT INTO new_content_announcements (id, announced_until) VALUES (1, $1)
       ON CONFLICT (id) DO NOTHING`,
      [otherwise],
    );
    const [row] = await manager.query<{ announced_until: Date }[]>(
      `SELECT announced_until FROM new_content_announcements WHERE id = 1 FOR UPDATE`,
    );
    return row.announced_until;
  }

  /** Content is announced up to `until` (never back: a late batch leaves a later mark). */
  async markAnnounced(until: Date, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE new_content_announcements SET announced_until = greatest(announced_until, $1)
        WHERE id = 1`,
      [until],
    );
  }

  /**
   * Approved items that went live (approved, or published when approved ahead) after `from` and
   * by `to`, and are not expired at `to`: newest first, at most NEW_ITEMS_LIMIT.
   */
  async wentLive(from: Date, to: Date, manager: EntityManager): Promise<NewItem[]> {
    const rows = await manager.query<
      {
        id: string;
        publish_at: Date | null;
        expires_at: Date | null;
        languages: string[];
        department_ids: string[];
        location_ids: string[];
      }[]
    >(
      `SELECT item.id, item.publish_at, item.expires_at, item.target_languages AS languages,
              array(SELECT target.group_id::text FROM content_item_groups target
                      JOIN org_groups target_group ON target_group.id = target.group_id
                     WHERE target.item_id = item.id AND target_group.kind = 'department')
                AS department_ids,
              array(SELECT target.group_id::text FROM content_item_groups target
                      JOIN org_groups target_group ON target_group.id = target.group_id
                     WHERE target.item_id = item.id AND target_group.kind = 'location')
                AS location_ids
         FROM content_items item
        WHERE item.status = 'approved'
          AND greatest(item.approved_at, item.publish_at) > $1
          AND greatest(item.approved_at, item.publish_at) <= $2
          AND (item.expires_at IS NULL OR item.expires_at > $2)
        ORDER BY greatest(item.approved_at, item.publish_at) DESC, item.id
        LIMIT ${NEW_ITEMS_LIMIT}`,
      [from, to],
    );
    return rows.map((row) => ({
      id: row.id,
      publishAt: row.publish_at?.getTime() ?? null,
      expiresAt: row.expires_at?.getTime() ?? null,
      languages: row.languages,
      departmentIds: row.department_ids,
      locationIds: row.location_ids,
    }));
  }

  /** One batch of active enrolled people, by id, after `afterId` (start with FIRST_ID). */
  async enrolledPeople(
    afterId: string,
    limit: number,
    manager: EntityManager,
  ): Promise<EnrolledPerson[]> {
    const rows = await manager.query<
      { id: string; department_id: string | null; location_id: string | null; language: string }[]
    >(
      `SELECT person.id, person.department_id, person.location_id, person.language
         FROM users person
         JOIN enrollments enrollment ON enrollment.user_id = person.id
        WHERE person.status = 'active' AND person.id > $1
        ORDER BY person.id
        LIMIT $2`,
      [afterId, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      departmentId: row.department_id,
      locationId: row.location_id,
      language: row.language,
    }));
  }
}
