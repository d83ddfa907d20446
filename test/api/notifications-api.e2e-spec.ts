import { randomUUID } from 'node:crypto';
import {
  NotificationsService,
  type NotificationInput,
} from '../../apps/api/src/notifications/notifications.service';
import { saveSettings } from '../support/factories';
import {
  createTestApp,
  makeUser,
  signIn,
  type MadeUser,
  type SignedInAgent,
  type TestApp,
} from '../support/test-app';

describe('the notifications API', () => {
  let t: TestApp;
  let admin: MadeUser;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await makeUser(t, { roles: ['admin'] });
  });
  afterAll(() => t.close());

  const tell = (person: MadeUser, input: Partial<NotificationInput> = {}) =>
    t.app.get(NotificationsService).notify({
      kind: 'training.required',
      recipients: [person.id],
      params: { stage: 2 },
      link: '/training',
      key: `test:${randomUUID()}`,
      ...input,
    });
  const unread = async (who: SignedInAgent) =>
    (await who.api.get('/api/notifications/unread-count').expect(200)).body.count as number;

  it('lists my notifications newest first, and only mine', async () => {
    const [me, other] = [await makeUser(t), await makeUser(t)];
    await tell(me, { params: { stage: 1 } });
    await tell(me, { params: { stage: 2 } });
    await tell(other);
    const agent = await signIn(t, me);

    const page = await agent.api.get('/api/notifications?page=1&pageSize=10').expect(200);
    expect(page.body).toMatchObject({ total: 2, page: 1, pageSize: 10 });
    expect(page.body.items).toEqual([
      {
        id: expect.any(String),
        kind: 'training.required',
        params: { stage: 2 },
        link: '/training',
        createdAt: expect.any(String),
        readAt: null,
      },
      expect.objectContaining({ params: { stage: 1 } }),
    ]);
    await t.http().get('/api/notifications').expect(401);
  });

  it('marks one read, then all, and counts what is unread', async () => {
    const me = await makeUser(t);
    for (let stage = 1; stage <= 3; stage += 1) await tell(me, { params: { stage } });
    const agent = await signIn(t, me);
    expect(await unread(agent)).toBe(3);

    const { items } = (await agent.api.get('/api/notifications').expect(200)).body;
    await agent.api.post('/api/notifications/read', { ids: [items[0].id] }).expect(204);
    expect(await unread(agent)).toBe(2);
    const after = (await agent.api.get('/api/notifications').expect(200)).body.items;
    expect(after[0].readAt).toEqual(expect.any(String));
    expect(after[1].readAt).toBeNull();

    await agent.api.post('/api/notifications/read', { all: true }).expect(204);
    expect(await unread(agent)).toBe(0);
  });

  it("does not let me mark someone else's notification read", async () => {
    const [me, other] = [await makeUser(t), await makeUser(t)];
    await tell(other);
    const theirs = await signIn(t, other);
    const [item] = (await theirs.api.get('/api/notifications').expect(200)).body.items;
    const agent = await signIn(t, me);
    await agent.api.post('/api/notifications/read', { ids: [item.id] }).expect(204);
    expect(await unread(theirs)).toBe(1);
  });

  it('refuses a read request that names neither ids nor all, or both, or bad ids', async () => {
    const agent = await signIn(t, await makeUser(t));
    for (const body of [{}, { ids: [randomUUID()], all: true }]) {
      const response = await agent.api
        .malformed('post', '/api/notifications/read', body)
        .expect(400);
      expect(response.body.message).toBe(
        'Give either the ids of the notifications to mark read, or "all": true.',
      );
    }
    for (const body of [{ ids: ['nope'] }, { ids: [] }, { all: false }]) {
      await agent.api.malformed('post', '/api/notifications/read', body).expect(400);
    }
  });

  it('counts unread notifications up to 100', async () => {
    const me = await makeUser(t);
    const keys = Array.from({ length: 105 }, (_, index) => `many:${index}`);
    for (const key of keys) await tell(me, { key });
    expect(await unread(await signIn(t, me))).toBe(100);
  });

  describe('preferences', () => {
    it('start from the defaults, for the kinds meant for my roles', async () => {
      const agent = await signIn(t, await makeUser(t));
      const response = await agent.api.get('/api/me/notification-preferences').expect(200);
      expect(response.body).toEqual({
        channels: expect.objectContaining({ 'content.new': 'app', 'policy.sign': 'email' }),
        off: [],
        digest: { frequency: 'weekly', weekday: 1, hour: 9 },
        quietHours: null,
        timeZone: null,
      });
      expect(response.body.channels).not.toHaveProperty('content.review');
    });

    it('save what I change and keep the rest', async () => {
      const me = await makeUser(t);
      const agent = await signIn(t, me);
      const saved = await agent.api
        .put('/api/me/notification-preferences', {
          channels: { 'training.required': 'email' },
          quietHours: { start: 22, end: 7 },
          timeZone: 'Europe/Copenhagen',
        })
        .expect(200);
      expect(saved.body).toMatchObject({
        channels: { 'training.required': 'email', 'policy.sign': 'email' },
        digest: { frequency: 'weekly', weekday: 1, hour: 9 },
        quietHours: { start: 22, end: 7 },
        timeZone: 'Europe/Copenhagen',
      });
      await agent.api
        .put('/api/me/notification-preferences', {
          digest: { frequency: 'daily', weekday: 7, hour: 0 },
          quietHours: null,
        })
        .expect(200);
      const read = await agent.api.get('/api/me/notification-preferences').expect(200);
      expect(read.body).toMatchObject({
        channels: { 'training.required': 'email' },
        digest: { frequency: 'daily', weekday: 7, hour: 0 },
        quietHours: null,
        timeZone: 'Europe/Copenhagen',
      });
    });

    it.each([
      [{ timeZone: 'Mars/Olympus' }, 'timeZone must be an IANA time zone name'],
      [
        { digest: { frequency: 'weekly', weekday: 0, hour: 9 } },
        'digest.weekday must be 1 or more',
      ],
      [
        { digest: { frequency: 'weekly', weekday: 8, hour: 9 } },
        'digest.weekday must be at most 7',
      ],
      [{ digest: { frequency: 'hourly', weekday: 1, hour: 9 } }, 'digest.frequency must be one of'],
      [{ quietHours: { start: 22, end: 24 } }, 'quietHours.end must be at most 23'],
      [{ quietHours: { start: -1, end: 7 } }, 'quietHours.start must be 0 or more'],
      [{ quietHours: 'night' }, 'quietHours must be an object'],
      [{ digest: 'weekly' }, 'digest must be an object'],
      [{ quietHours: { start: 7, end: 7 } }, 'Quiet hours must start and end at different hours.'],
      [{ channels: { 'content.new': 'sms' } }, 'channels must be an object of notification kinds'],
      [{ channels: { 'content.review': 'email' } }, 'is not sent to people with your roles'],
    ])('refuse %j', async (body, message) => {
      const agent = await signIn(t, await makeUser(t));
      const response = await agent.api
        .malformed('put', '/api/me/notification-preferences', body)
        .expect(400);
      expect(response.body.message).toContain(message);
    });

    it('refuse a change to a kind the administrators turned off, saying so', async () => {
      const agent = await signIn(t, await makeUser(t));
      await saveSettings(t, admin, { notificationsOff: ['reminder.share'] });
      try {
        const read = await agent.api.get('/api/me/notification-preferences').expect(200);
        expect(read.body.off).toEqual(['reminder.share']);
        expect(read.body.channels).not.toHaveProperty('reminder.share');
        const response = await agent.api
          .put('/api/me/notification-preferences', { channels: { 'reminder.share': 'email' } })
          .expect(422);
        expect(response.body.message).toBe(
          'Your administrators turned “Reminders to share” off for everyone: it cannot be changed.',
        );
      } finally {
        await saveSettings(t, admin, { notificationsOff: [] });
      }
    });

    it('follow a later default of the administrators for a kind I left at the default', async () => {
      const agent = await signIn(t, await makeUser(t));
      await agent.api
        .put('/api/me/notification-preferences', { channels: { 'content.new': 'app' } })
        .expect(200);
      await saveSettings(t, admin, { notificationDefaults: { 'content.new': 'email' } });
      try {
        const read = await agent.api.get('/api/me/notification-preferences').expect(200);
        expect(read.body.channels['content.new']).toBe('email');
      } finally {
        await saveSettings(t, admin, { notificationDefaults: {} });
      }
    });
  });
});
