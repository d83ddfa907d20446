import { DataSource } from 'typeorm';
import { Clock } from '../../apps/api/src/common/clock';
import { Transactions } from '../../apps/api/src/database/transactions';
import type { MailMessage, QueueOptions } from '../../apps/api/src/mail/mail-message';
import { MailService } from '../../apps/api/src/mail/mail.service';
import { eventually } from '../support/eventually';
import { keptMailTo, TestMailServer } from '../support/mail';
import {
  createTestApp,
  MadeUser,
  makeUser,
  signIn,
  SignedInAgent,
  TestApp,
} from '../support/test-app';

function message(to: string, overrides: Partial<MailMessage> = {}): MailMessage {
  return {
    to,
    language: 'da',
    subject: 'Nyt at dele',
    text: 'Hej\n\nDer er nyt at dele.',
    html: '<!doctype html><html lang="da"><body><p>Der er nyt at dele.</p></body></html>',
    ...overrides,
  };
}

interface Delivery {
  id: string;
  recipient: string;
  subject: string;
  status: string;
  attempts: number;
  lastError: string | null;
  sendAfter: string;
  sentAt: string | null;
}

async function deliveriesTo(
  admin: SignedInAgent,
  recipient: string,
  status = '',
): Promise<Delivery[]> {
  const page = await admin.api
    .get(`/api/outbox/deliveries?pageSize=100${status ? `&status=${status}` : ''}`)
    .expect(200);
  return (page.body.items as Delivery[]).filter((item) => item.recipient === recipient);
}

describe('the mail queue, with an SMTP server', () => {
  let smtp: TestMailServer;
  let t: TestApp;
  let adminUser: MadeUser;
  let admin: SignedInAgent;
  let mail: MailService;
  let transactions: Transactions;

  beforeAll(async () => {
    smtp = await new TestMailServer().start();
    t = await createTestApp({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Chorus <chorus@company.test>',
      MAIL_RETRIES: '1',
      MAIL_RETRY_SECONDS: '1',
    });
    adminUser = await makeUser(t, { roles: ['admin'] });
    admin = await signIn(t, adminUser);
    mail = t.app.get(MailService);
    transactions = t.app.get(Transactions);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });
  beforeEach(() => {
    smtp.refuse = false;
  });

  function queue(to: string, options: QueueOptions, overrides: Partial<MailMessage> = {}) {
    return transactions.run((manager) => mail.queue(message(to, overrides), options, manager));
  }

  it('sends a queued mail after commit, with both parts, its headers and a Message-ID of its own', async () => {
    const unsubscribe = '<https://chorus.company.test/unsubscribe/signed-token>';
    expect(
      await queue('mette@company.test', {
        key: 'test:headers',
        headers: {
          'List-Unsubscribe': unsubscribe,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
      }),
    ).toBe(true);

    const received = await smtp.messageTo('mette@company.test');
    expect(received.contentTypes).toEqual(['multipart/alternative', 'text/plain', 'text/html']);
    expect(received.subject).toBe('Nyt at dele');
    expect(received.text).toContain('Der er nyt at dele.');
    expect(received.html).toContain('<html lang="da">');
    expect(received.headers.get('content-language')).toBe('da');
    expect(received.headers.get('list-unsubscribe')).toBe(unsubscribe);
    expect(received.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const sent = await eventually('the delivery marked sent', async () => {
      const [delivery] = await deliveriesTo(admin, 'mette@company.test');
      return delivery?.status === 'sent' && delivery;
    });
    expect(received.headers.get('message-id')).toBe(`<${sent.id}@company.test>`);
    expect(sent).toMatchObject({ attempts: 1, lastError: null });
  });

  it('mails once for the same key, however often it is queued', async () => {
    expect(await queue('once@company.test', { key: 'test:once' })).toBe(true);
    expect(await queue('once@company.test', { key: 'test:once' }, { subject: 'Again' })).toBe(
      false,
    );

    const received = await smtp.messageTo('once@company.test');
    expect(received.subject).toBe('Nyt at dele');
    await eventually('the delivery marked sent', async () => {
      const deliveries = await deliveriesTo(admin, 'once@company.test');
      return deliveries.length === 1 && deliveries[0]!.status === 'sent';
    });
    expect(smtp.received.filter((mail) => mail.to.includes('once@company.test'))).toEqual([]);
  });

  it('queues nothing when the change that mails is rolled back, and leaves its key unused', async () => {
    await expect(
      transactions.run(async (manager) => {
        await mail.queue(message('undone@company.test'), { key: 'test:undone' }, manager);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await deliveriesTo(admin, 'undone@company.test')).toEqual([]);
    const jobs = await t.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail.deliver'`);
    const queuedJobs = jobs[0].n as number;

    expect(await queue('undone@company.test', { key: 'test:undone' })).toBe(true);
    await smtp.messageTo('undone@company.test');
    const after = await t.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail.deliver'`);
    expect(after[0].n).toBe(queuedJobs + 1);
  });

  it('retries a refused mail, marks it failed after the last attempt, and lets an admin send it again', async () => {
    smtp.refuse = true;
    await queue('bounce@company.test', { key: 'test:bounce' });

    const [failed] = await eventually(
      'the delivery marked failed',
      async () => {
        const found = await deliveriesTo(admin, 'bounce@company.test', 'failed');
        return found.length > 0 && found;
      },
      30_000,
    );
    // MAIL_RETRIES=1: the first attempt and one retry.
    expect(failed).toMatchObject({ status: 'failed', attempts: 2 });
    expect(failed!.lastError).toMatch(/550 Mailbox unavailable/);
    expect(smtp.received.filter((mail) => mail.to.includes('bounce@company.test'))).toEqual([]);
    // The administrators are told, in the portal, with the way to the outbox.
    const told = await t.app
      .get(DataSource)
      .query(`SELECT kind, params, link FROM notifications WHERE user_id = $1`, [adminUser.id]);
    expect(told).toEqual([
      { kind: 'mail.failed', params: { recipient: 'bounce@company.test' }, link: '/outbox' },
    ]);

    smtp.refuse = false;
    const retried = await admin.api.post(`/api/outbox/deliveries/${failed!.id}/retry`).expect(200);
    expect(retried.body).toMatchObject({ id: failed!.id, status: 'queued' });
    await smtp.messageTo('bounce@company.test');
    const [sent] = await eventually('the retried delivery marked sent', async () => {
      const found = await deliveriesTo(admin, 'bounce@company.test', 'sent');
      return found.length > 0 && found;
    });
    expect(sent).toMatchObject({ attempts: 3 });

    const audit = await admin.api.get('/api/audit?action=mail.retried').expect(200);
    expect(audit.body.items[0]).toMatchObject({
      action: 'mail.retried',
      targetType: 'mail',
      targetId: failed!.id,
      targetLabel: 'bounce@company.test',
    });
  });

  it('tells the admins of failed mail at most once an hour', async () => {
    const clock = jest
      .spyOn(t.app.get(Clock), 'now')
      .mockReturnValue(new Date('2030-01-01T10:15:00Z'));
    try {
      smtp.refuse = true;
      await queue('down1@company.test', { key: 'test:down1' });
      await queue('down2@company.test', { key: 'test:down2' });
      await eventually(
        'both deliveries marked failed',
        async () =>
          (await deliveriesTo(admin, 'down1@company.test', 'failed')).length === 1 &&
          (await deliveriesTo(admin, 'down2@company.test', 'failed')).length === 1,
        30_000,
      );
    } finally {
      clock.mockRestore();
    }

    const told = await t.app
      .get(DataSource)
      .query(`SELECT params FROM notifications WHERE user_id = $1 AND dedupe_key = $2`, [
        adminUser.id,
        'mail.failed:2030-01-01T10',
      ]);
    expect(told).toEqual([{ params: { recipient: expect.stringMatching(/^down[12]@/) } }]);
  });

  it('retries only a failed mail, and says why not otherwise', async () => {
    await queue('fine@company.test', { key: 'test:fine' });
    await smtp.messageTo('fine@company.test');
    const [sent] = await eventually('the delivery marked sent', async () => {
      const found = await deliveriesTo(admin, 'fine@company.test', 'sent');
      return found.length > 0 && found;
    });

    const notFailed = await admin.api.post(`/api/outbox/deliveries/${sent!.id}/retry`).expect(409);
    expect(notFailed.body.message).toMatch(/^Only a mail that failed can be tried again/);
    const unknown = await admin.api
      .post('/api/outbox/deliveries/00000000-0000-4000-8000-000000000000/retry')
      .expect(404);
    expect(unknown.body.message).toBe(
      'There is no mail with id 00000000-0000-4000-8000-000000000000.',
    );
    await admin.api.malformed('post', '/api/outbox/deliveries/not-an-id/retry', {}).expect(400);
    await admin.api.get('/api/outbox/deliveries?status=lost').expect(400);
    const employee = await signIn(t, await makeUser(t));
    await employee.api.get('/api/outbox/deliveries').expect(403);
    await employee.api.post(`/api/outbox/deliveries/${sent!.id}/retry`).expect(403);
  });

  it('refuses a header that would forge the message or break its lines', async () => {
    await expect(
      queue('forged@company.test', { key: 'test:forged', headers: { From: 'ceo@company.test' } }),
    ).rejects.toThrow(/may not set the header "From"/);
    await expect(
      queue('forged@company.test', {
        key: 'test:forged',
        headers: { 'List-Unsubscribe': '<https://x.test>\r\nBcc: all@company.test' },
      }),
    ).rejects.toThrow(/must be one line/);
    expect(await deliveriesTo(admin, 'forged@company.test')).toEqual([]);
  });

  it('cuts a subject too long for the queue, and refuses a key that names no event', async () => {
    await queue('long@company.test', { key: 'test:long' }, { subject: 'Lang '.repeat(100) });
    const [long] = await deliveriesTo(admin, 'long@company.test');
    expect(long!.subject).toHaveLength(300);
    expect(long!.subject.endsWith('…')).toBe(true);

    await expect(queue('nokey@company.test', { key: '' })).rejects.toThrow(/idempotency key/);
    await expect(queue('nokey@company.test', { key: 'k'.repeat(301) })).rejects.toThrow(
      /idempotency key/,
    );
  });
});

describe('the mail queue, paced to MAIL_RATE_PER_MINUTE', () => {
  let t: TestApp;
  let mail: MailService;
  let transactions: Transactions;
  let database: DataSource;

  beforeAll(async () => {
    t = await createTestApp({ MAIL_RATE_PER_MINUTE: '60' });
    mail = t.app.get(MailService);
    transactions = t.app.get(Transactions);
    database = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  async function sendAfterOf(key: string): Promise<number> {
    const [row] = await database.query(
      `SELECT send_after FROM mail_deliveries WHERE idempotency_key = $1`,
      [key],
    );
    return new Date(row.send_after).getTime();
  }

  it('sends the first mail after a quiet spell at once', async () => {
    const before = Date.now();
    await transactions.run((manager) =>
      mail.queue(message('first@company.test'), { key: 'pace:first' }, manager),
    );
    const after = Date.now();

    const slot = await sendAfterOf('pace:first');
    expect(slot).toBeGreaterThanOrEqual(before - 1_000); // the database's clock, not ours
    expect(slot).toBeLessThanOrEqual(after + 1_000);
    await keptMailTo(t, 'first@company.test');
  });

  it('spreads 10 mails at 60 a minute over 9 seconds of send slots', async () => {
    // A backlog, as a batch of digests leaves: the next free slot is an hour away.
    await database.query(`UPDATE mail_send_slots SET next_slot = now() + interval '1 hour'`);
    for (let index = 0; index < 10; index += 1) {
      await transactions.run((manager) =>
        mail.queue(message(`paced${index}@company.test`), { key: `pace:${index}` }, manager),
      );
    }

    const slots = await Promise.all(
      Array.from({ length: 10 }, (_, index) => sendAfterOf(`pace:${index}`)),
    );
    const gaps = slots.slice(1).map((slot, index) => slot - slots[index]!);
    expect(gaps).toEqual(Array(9).fill(1_000));
    const span = await mail.queuedSpan();
    expect(span.count).toBe(10);
    expect(span.last!.getTime() - span.first!.getTime()).toBe(9_000);
  });

  it('sends mail someone waits for in a lane of its own, never behind a backlog of digests', async () => {
    await database.query(
      `UPDATE mail_send_slots SET next_slot = now() + interval '1 hour' WHERE lane = 'bulk'`,
    );
    await database.query(`UPDATE mail_send_slots SET next_slot = now() WHERE lane = 'personal'`);
    const before = Date.now();
    await transactions.run(async (manager) => {
      await mail.queue(message('digest@company.test'), { key: 'lane:bulk' }, manager);
      await mail.queue(
        message('reset@company.test'),
        { key: 'lane:personal', lane: 'personal' },
        manager,
      );
    });

    expect(await sendAfterOf('lane:bulk')).toBeGreaterThan(before + 50 * 60_000);
    expect(await sendAfterOf('lane:personal')).toBeLessThan(before + 60_000);
    await keptMailTo(t, 'reset@company.test');
  });

  it('keeps a mail asked for later until then, without holding up the others', async () => {
    await database.query(`UPDATE mail_send_slots SET next_slot = now()`);
    const later = new Date(Date.now() + 6 * 3_600_000);
    const before = Date.now();
    await transactions.run(async (manager) => {
      await mail.queue(
        message('quiet@company.test'),
        { key: 'pace:quiet', startAfter: later },
        manager,
      );
      await mail.queue(message('awake@company.test'), { key: 'pace:awake' }, manager);
    });
    const after = Date.now();

    expect(await sendAfterOf('pace:quiet')).toBe(later.getTime());
    const awake = await sendAfterOf('pace:awake');
    expect(awake).toBeGreaterThanOrEqual(before - 1_000); // the database's clock, not ours
    expect(awake).toBeLessThanOrEqual(after + 1_000);
    await keptMailTo(t, 'awake@company.test');
  });
});
