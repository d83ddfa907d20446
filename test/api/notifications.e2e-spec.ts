import { randomUUID } from 'node:crypto';
import { Clock } from '../../apps/api/src/common/clock';
import { DataSource } from 'typeorm';
import { MailDelivery } from '../../apps/api/src/mail/entities/mail-delivery.entity';
import { NotificationPreferencesRepository } from '../../apps/api/src/notifications/notification-preferences.repository';
import {
  NotificationsService,
  type NotificationInput,
} from '../../apps/api/src/notifications/notifications.service';
import { deactivate, enroll, leaveProgramme, saveSettings } from '../support/factories';
import { createTestApp, makeUser, type MadeUser, type TestApp } from '../support/test-app';

describe('notify', () => {
  let t: TestApp;
  let admin: MadeUser;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await makeUser(t, { roles: ['admin'] });
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  const notify = (input: Partial<NotificationInput> & Pick<NotificationInput, 'recipients'>) =>
    t.app.get(NotificationsService).notify({
      kind: 'policy.sign',
      params: { version: 3 },
      link: '/policy',
      key: `test:${randomUUID()}`,
      ...input,
    });
  const inApp = async (person: MadeUser) =>
    (await t.app.get(NotificationsService).list(person.id, 1, 100))[0];
  /** Mail queued for the person, oldest first. */
  const mailsTo = (person: MadeUser) =>
    t.app
      .get(DataSource)
      .getRepository(MailDelivery)
      .find({ where: { recipient: person.email }, order: { createdAt: 'ASC' } });
  const choose = (person: MadeUser, changes: Record<string, unknown>) =>
    t.app.get(NotificationPreferencesRepository).save({
      userId: person.id,
      channels: {},
      digestFrequency: 'weekly',
      digestWeekday: 1,
      digestHour: 9,
      quietStart: null,
      quietEnd: null,
      timeZone: null,
      ...changes,
    });

  it('tells each person in the portal, and by mail in their own language for a kind that mails by default', async () => {
    const anna = await makeUser(t, { language: 'da', name: 'Anna' });
    expect(await notify({ recipients: [anna.id], params: { version: 4 } })).toBe(1);

    const [notification] = await inApp(anna);
    expect(notification).toMatchObject({
      kind: 'policy.sign',
      params: { version: 4 },
      link: '/policy',
      readAt: null,
    });
    const [mail] = await mailsTo(anna);
    expect(mail.subject).toBe('Læs og underskriv version 4 af politikken for sociale medier');
    expect(mail.language).toBe('da');
    expect(mail.text).toContain('/policy');
    expect(mail.text).toMatch(/\/unsubscribe\/[A-Za-z0-9_-]+/);
    expect(mail.text).toContain('/profile/notifications');
  });

  it('tells a person once per key, however often it is asked', async () => {
    const ben = await makeUser(t);
    const key = `policy.sign:${randomUUID()}`;
    expect(await notify({ recipients: [ben.id, ben.id], key })).toBe(1);
    expect(await notify({ recipients: [ben.id], key })).toBe(0);
    expect(await inApp(ben)).toHaveLength(1);
    expect(await mailsTo(ben)).toHaveLength(1);
  });

  it("follows the person's own channel over the kind's default", async () => {
    const [appOnly, none] = [await makeUser(t), await makeUser(t)];
    await choose(appOnly, { channels: { 'policy.sign': 'app' } });
    await choose(none, { channels: { 'policy.sign': 'off' } });
    await notify({ recipients: [appOnly.id, none.id] });
    expect(await inApp(appOnly)).toHaveLength(1);
    expect(await mailsTo(appOnly)).toHaveLength(0);
    expect(await inApp(none)).toHaveLength(0);
  });

  it("follows the administrators' defaults, and turns a kind off for everyone", async () => {
    const [cleo, dan] = [await makeUser(t), await makeUser(t)];
    await choose(dan, { channels: { 'training.required': 'email' } });
    await saveSettings(t, admin, { notificationDefaults: { 'training.required': 'email' } });
    await notify({ kind: 'training.required', recipients: [cleo.id], params: { stage: 2 } });
    expect(await mailsTo(cleo)).toHaveLength(1);

    await saveSettings(t, admin, { notificationsOff: ['training.required'] });
    try {
      expect(
        await notify({
          kind: 'training.required',
          recipients: [cleo.id, dan.id],
          params: { stage: 3 },
        }),
      ).toBe(0);
      expect(await inApp(dan)).toHaveLength(0);
    } finally {
      await saveSettings(t, admin, { notificationDefaults: {}, notificationsOff: [] });
    }
  });

  it('leaves out people who are not active, and kinds not meant for their roles', async () => {
    const [gone, employee, curator] = [
      await makeUser(t),
      await makeUser(t),
      await makeUser(t, { roles: ['curator'] }),
    ];
    await deactivate(t, admin, gone);
    expect(
      await notify({
        kind: 'content.review',
        recipients: [gone.id, employee.id, curator.id, randomUUID()],
        params: { title: 'Spring' },
        link: '/content/1',
      }),
    ).toBe(1);
    expect(await inApp(curator)).toHaveLength(1);
    expect(await inApp(employee)).toHaveLength(0);
  });

  it('nudges only people in the advocacy programme, and stops when they leave it', async () => {
    const [member, outsider] = [await makeUser(t), await makeUser(t)];
    await enroll(t, member);
    const nudge = (key: string) =>
      notify({
        kind: 'content.new',
        recipients: [member.id, outsider.id],
        params: { count: 3 },
        link: '/feed',
        key,
      });
    expect(await nudge('content.new:1')).toBe(1);
    expect(await inApp(outsider)).toHaveLength(0);

    await leaveProgramme(t, member);
    expect(await nudge('content.new:2')).toBe(0);
    expect(await inApp(member)).toHaveLength(1);
  });

  it('holds the mail until quiet hours end, in the person’s time zone', async () => {
    const night = await makeUser(t);
    await choose(night, { quietStart: 22, quietEnd: 7, timeZone: 'Europe/Copenhagen' });
    // 23:30 in Copenhagen: the mail leaves at 07:00 there.
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date('2026-12-07T22:30:00Z'));
    await notify({ recipients: [night.id] });

    const [notification] = await inApp(night);
    const [mail] = await mailsTo(night);
    expect(mail).toMatchObject({
      idempotencyKey: `notification:${notification.id}`,
      sendAfter: new Date('2026-12-08T06:00:00Z'),
      headers: {
        'List-Unsubscribe': expect.stringMatching(/^<http.*\/unsubscribe\/[A-Za-z0-9_-]+>$/),
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    });
  });

  it('sends at once outside quiet hours', async () => {
    const day = await makeUser(t);
    await choose(day, { quietStart: 22, quietEnd: 7, timeZone: 'Europe/Copenhagen' });
    // Noon in Copenhagen: not held, it takes the next free send slot.
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date('2026-12-07T11:00:00Z'));
    await notify({ recipients: [day.id] });
    const [mail] = await mailsTo(day);
    expect(mail.sendAfter.getTime()).toBeLessThan(Date.now() + 60_000);
  });

  it('refuses a link that is not a portal path', async () => {
    const person = await makeUser(t);
    for (const link of ['https://evil.example/', '//evil.example', 'javascript:alert(1)']) {
      await expect(notify({ recipients: [person.id], link })).rejects.toThrow('portal path');
    }
  });
});
