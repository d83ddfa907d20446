import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { MailLane } from './mail-message';
import { EntityManager, FindOptionsSelect, In, LessThan, Repository } from 'typeorm';
import { MailDelivery, type MailDeliveryStatus } from './entities/mail-delivery.entity';

export type NewMailDelivery = Pick<
  MailDelivery,
  | 'idempotencyKey'
  | 'recipient'
  | 'language'
  | 'subject'
  | 'text'
  | 'html'
  | 'headers'
  | 'sendAfter'
>;

/** A delivery as admins list it: everything but the mail's own parts. */
export type MailDeliverySummary = Omit<MailDelivery, 'text' | 'html' | 'headers'>;

/** The statuses a worker may claim a delivery from: waiting, or left `sending` by a crash. */
const CLAIMABLE: MailDeliveryStatus[] = ['queued', 'sending'];

/** The queue of mail to send: one row per mail, once per idempotency key. */
@Injectable()
export class MailDeliveriesRepository {
  constructor(
    @InjectRepository(MailDelivery) private readonly deliveries: Repository<MailDelivery>,
  ) {}

  /** Queues a mail unless one with its key exists; its id when it is new, else null. */
  async insertIfNew(delivery: NewMailDelivery, manager: EntityManager): Promise<string | null> {
    const rows = (await manager.query(
      `INSERT INTO "mail_deliveries"
         ("idempotency_key", "recipient", "language", "subject", "text", "html", "headers", "send_after")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT ("idempotency_key") DO NOTHING
       RETURNING "id"`,
      [
        delivery.idempotencyKey,
        delivery.recipient,
        delivery.language,
        delivery.subject,
        delivery.text,
        delivery.html,
        JSON.stringify(delivery.headers),
        delivery.sendAfter,
      ],
    )) as { id: string }[];
    return rows[0]?.id ?? null;
  }

  /**
   * When a mail may leave: the next free send slot, which then moves on by `intervalMs`, so that
   * a slot is never in the past and no two mails share one, whichever replica queues them. A mail
   * asked for later than that (`notBefore`, e.g. after quiet hours) leaves at its own time and
   * holds up no other mail. The row stays locked until the caller's transaction ends, so slots
   * are handed out one transaction after another.
   * Queues mails unless ones with their keys exist, in one statement: the ids of the new ones,
   * by key.
   */
  async insertManyIfNew(
    deliveries: NewMailDelivery[],
    manager: EntityManager,
  ): Promise<Map<string, string>> {
    const rows = (await manager.query(
      `INSERT INTO "mail_deliveries"
         ("idempotency_key", "recipient", "language", "subject", "text", "html", "headers", "send_after")
       SELECT d.key, d.recipient, d.language, d.subject, d.text, d.html, d.headers, d.send_after
         FROM jsonb_to_recordset($1::jsonb) AS d(key text, recipient text, language text,
              subject text, text text, html text, headers jsonb, send_after timestamptz)
       ON CONFLICT ("idempotency_key") DO NOTHING
       RETURNING "id", "idempotency_key"`,
      [
        JSON.stringify(
          deliveries.map((delivery) => ({
            key: delivery.idempotencyKey,
            recipient: delivery.recipient,
            language: delivery.language,
            subject: delivery.subject,
            text: delivery.text,
            html: delivery.html,
            headers: delivery.headers,
            send_after: delivery.sendAfter,
          })),
        ),
      ],
    )) as { id: string; idempotency_key: string }[];
    return new Map(rows.map((row) => [row.idempotency_key, row.id]));
  }

  /**
   * Takes `count` consecutive send slots at once, like `takeSlot` does one: the first of them;
   * the others follow it `intervalMs` apart.
   */
  async takeSlots(
    lane: MailLane,
    count: number,
    intervalMs: number,
    manager: EntityManager,
  ): Promise<Date> {
    const span = count * intervalMs;
    const rows = (await manager.query(
      `WITH "moved" AS (
         UPDATE "mail_send_slots"
            SET "next_slot" = greatest("next_slot", clock_timestamp()) + $1 * interval '1 millisecond'
          WHERE "lane" = $2
         RETURNING "next_slot" - $1 * interval '1 millisecond' AS "slot"
       )
       SELECT "slot" FROM "moved"`,
      [span, lane],
    )) as { slot: Date }[];
    return rows[0]!.slot;
  }

  /** Sets when each of these deliveries leaves, in one statement. */
  async setSendAfterMany(
    times: { id: string; sendAfter: Date }[],
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE "mail_deliveries" delivery SET "send_after" = input.send_after
         FROM unnest($1::uuid[], $2::timestamptz[]) AS input(id, send_after)
        WHERE delivery."id" = input.id`,
      [times.map((time) => time.id), times.map((time) => time.sendAfter)],
    );
  }

  /**
   * Takes the next free send slot and moves it on by `intervalMs`: a slot is never in the past,
   * and two mails never share one, whichever replica queues them. The row stays locked until the
   * caller's transaction ends, so slots are handed out in commit order.
   */
  async takeSlot(
    lane: MailLane,
    intervalMs: number,
    notBefore: Date | null,
    manager: EntityManager,
  ): Promise<Date> {
    const rows = (await manager.query(
      `WITH "free" AS (
         SELECT greatest("next_slot", clock_timestamp()) AS "slot"
         FROM "mail_send_slots" WHERE "lane" = $3 FOR UPDATE
       ), "moved" AS (
         UPDATE "mail_send_slots"
         SET "next_slot" = CASE
           WHEN $2::timestamptz > "free"."slot" THEN "mail_send_slots"."next_slot"
           ELSE "free"."slot" + $1 * interval '1 millisecond'
         END
         FROM "free"
         WHERE "mail_send_slots"."lane" = $3
         RETURNING greatest("free"."slot", $2::timestamptz) AS "slot"
       )
       SELECT "slot" FROM "moved"`,
      [intervalMs, notBefore, lane],
    )) as { slot: Date }[];
    return rows[0]!.slot;
  }

  async setSendAfter(id: string, sendAfter: Date, manager: EntityManager): Promise<void> {
    await manager.update(MailDelivery, { id }, { sendAfter });
  }

  /**
   * Takes a delivery in hand for one attempt (counted), if it still waits: null when it was sent,
   * kept, failed or removed meanwhile.
   */
  async claim(id: string): Promise<MailDelivery | null> {
    const result = await this.deliveries
      .createQueryBuilder()
      .update(MailDelivery)
      .set({ status: 'sending', attempts: () => '"attempts" + 1' })
      .where({ id, status: In(CLAIMABLE) })
      .execute();
    return result.affected ? this.deliveries.findOneBy({ id }) : null;
  }

  async markSent(id: string): Promise<void> {
    await this.deliveries.update({ id }, { status: 'sent', sentAt: new Date(), lastError: null });
  }

  async markKept(id: string, manager: EntityManager): Promise<void> {
    await manager.update(
      MailDelivery,
      { id },
      { status: 'kept', sentAt: new Date(), lastError: null },
    );
  }

  /** Records why an attempt failed; the delivery waits for its next attempt. */
  async recordError(id: string, error: string): Promise<void> {
    await this.deliveries.update({ id }, { status: 'queued', lastError: error });
  }

  async markFailed(
    id: string,
    error: string,
    manager: EntityManager = this.deliveries.manager,
  ): Promise<void> {
    await manager.update(MailDelivery, { id }, { status: 'failed', lastError: error });
  }

  /** Puts a failed delivery back in the queue; false when it is not (or no longer) failed. */
  async requeue(id: string, manager: EntityManager): Promise<boolean> {
    const result = await manager.update(
      MailDelivery,
      { id, status: 'failed' },
      { status: 'queued' },
    );
    return (result.affected ?? 0) > 0;
  }

  findSummary(id: string, manager?: EntityManager): Promise<MailDeliverySummary | null> {
    return (manager ?? this.deliveries.manager).getRepository(MailDelivery).findOne({
      select: SUMMARY_COLUMNS,
      where: { id },
    });
  }

  /** One page of deliveries, newest first, optionally of one status, and how many there are. */
  findPage(
    page: number,
    pageSize: number,
    status?: MailDeliveryStatus,
  ): Promise<[MailDeliverySummary[], number]> {
    return this.deliveries.findAndCount({
      select: SUMMARY_COLUMNS,
      where: status ? { status } : {},
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
  }

  /**
   * How far the waiting mail is spread: its count and its first and last send times, e.g. to
   * show that a batch of mail keeps to the configured rate.
   */
  async queuedSpan(): Promise<{ count: number; first: Date | null; last: Date | null }> {
    const rows = (await this.deliveries.query(
      `SELECT count(*)::int AS "count", min("send_after") AS "first", max("send_after") AS "last"
       FROM "mail_deliveries" WHERE "status" = 'queued'`,
    )) as { count: number; first: Date | null; last: Date | null }[];
    return rows[0]!;
  }

  /** Removes mail sent or kept before `before`; how many. Failed mail stays for the admins. */
  async deleteDeliveredBefore(before: Date): Promise<number> {
    const result = await this.deliveries
      .createQueryBuilder()
      .delete()
      .from(MailDelivery)
      .where({ status: In(['sent', 'kept']), sentAt: LessThan(before) })
      .execute();
    return result.affected ?? 0;
  }

  async deleteByRecipient(recipient: string, manager: EntityManager): Promise<void> {
    await manager.delete(MailDelivery, { recipient });
  }
}

const SUMMARY_COLUMNS: FindOptionsSelect<MailDelivery> = {
  id: true,
  idempotencyKey: true,
  recipient: true,
  language: true,
  subject: true,
  status: true,
  attempts: true,
  lastError: true,
  sendAfter: true,
  createdAt: true,
  sentAt: true,
};
