import type { NotificationKind } from '@chorus/core';
import {
  NotificationsService,
  type NotificationInput,
} from '../../apps/api/src/notifications/notifications.service';
import { RemindersService } from '../../apps/api/src/reminders/reminders.service';
import { Clock } from '../../apps/api/src/common/clock';
import { NotificationPreferencesRepository } from '../../apps/api/src/notifications/notification-preferences.repository';
import {
  acknowledgePolicy,
  enroll,
  leaveProgramme,
  makeGroup,
  makeItem,
  makeLiveItem,
  makeShare,
  placeInGroups,
  publishPolicy,
  saveSettings,
} from '../support/factories';
import { backdateEnrollment, backdatePolicyVersion, backdateSubmission } from '../support/history';
import { createTestApp, makeUser, signIn, type MadeUser, type TestApp } from '../support/test-app';
import { ContentWorkflowService } from '../../apps/api/src/content/content-workflow.service';
import { DataSource } from 'typeorm';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The job's clock in these tests: a Monday morning, long before the machine's. */
const START = Date.parse('2026-10-05T09:00:00Z');
const at = (offset: number) => new Date(START + offset);
/** The mail queued for `address` (written with the notification, sent by the queue's worker). */
const queuedMailTo = (t: TestApp, address: string) =>
  t.app
    .get(DataSource)
    .query<{ subject: string; text: string; language: string; sendAfter: Date }[]>(
      `SELECT subject, text, language, send_after AS "sendAfter" FROM mail_deliveries WHERE recipient = $1 ORDER BY created_at`,
      [address],
    );
const actor = (person: MadeUser) => ({ id: person.id, label: person.email, roles: person.roles });

describe('reminders', () => {
  let t: TestApp;
  let admin: MadeUser;
  /** What the job asked `notify` to tell people, in order. */
  let notices: NotificationInput[];
  /** The reminder rules at a time of the test's choosing. */
  let runAt: RemindersService['run'];

  // The rules look at the whole organisation: each test has a database of its own.
  beforeEach(async () => {
    t = await createTestApp();
    admin = await makeUser(t, { roles: ['admin'] });
    notices = [];
    const notifications = t.app.get(NotificationsService);
    const notify = notifications.notify.bind(notifications);
    jest.spyOn(notifications, 'notify').mockImplementation(async (input, manager) => {
      notices.push(structuredClone(input));
      return notify(input, manager);
    });
    // The hourly job runs by the machine's clock, and would fire in a test alive at minute 41:
    // here the rules run only at the tests' own times.
    const reminders = t.app.get(RemindersService);
    runAt = reminders.run.bind(reminders);
    jest.spyOn(reminders, 'run').mockResolvedValue({ share: 0, policy: 0, review: 0 });
  });
  afterEach(() => t.close());

  const run = (offset: number) => runAt(START + offset);

  /** The notices of `kind` the job sent `person`. */
  const toPerson = (person: { id: string }, kind: NotificationKind) =>
    notices.filter((notice) => notice.kind === kind && notice.recipients.includes(person.id));

  /** An employee who joined the programme at `joined` (from START). */
  async function advocate(joined: number, overrides: Parameters<typeof makeUser>[1] = {}) {
    const person = await makeUser(t, overrides);
    await enroll(t, person);
    await backdateEnrollment(t, person, at(joined));
    return person;
  }

  /** An item live since the day before START. */
  const liveItem = (options: Parameters<typeof makeLiveItem>[1] = {}) =>
    makeLiveItem(t, { publishAt: at(-DAY), ...options });

  describe('not shared in N days', () => {
    it('reminds an employee quiet for 14 days since joining, not one quiet for 13', async () => {
      await liveItem();
      const fourteen = await advocate(0);
      const thirteen = await advocate(DAY);

      expect(await run(14 * DAY)).toEqual({ share: 1, policy: 0, review: 0 });

      expect(toPerson(fourteen, 'reminder.share')).toEqual([
        expect.objectContaining({ recipients: [fourteen.id], params: { days: 14 }, link: '/' }),
      ]);
      expect(toPerson(thirteen, 'reminder.share')).toEqual([]);

      await run(15 * DAY);
      expect(toPerson(thirteen, 'reminder.share')).toHaveLength(1);
      expect(toPerson(fourteen, 'reminder.share')).toHaveLength(1);
    });

    it('counts from the last share, and reminds at most once in 14 days however often it runs', async () => {
      const item = await liveItem();
      await liveItem({ title: 'Still to share' });
      const person = await advocate(-30 * DAY);
      await makeShare(t, person, item, { network: 'linkedin', at: at(0) });

      await run(14 * DAY - HOUR);
      expect(toPerson(person, 'reminder.share')).toEqual([]);

      await run(14 * DAY);
      await run(14 * DAY + HOUR);
      await run(27 * DAY + 23 * HOUR);
      expect(toPerson(person, 'reminder.share')).toHaveLength(1);

      // Still quiet 14 days after the reminder: the next one.
      await run(28 * DAY);
      expect(toPerson(person, 'reminder.share')).toHaveLength(2);
      expect(toPerson(person, 'reminder.share')[1].params).toEqual({ days: 28 });
      expect(new Set(toPerson(person, 'reminder.share').map((notice) => notice.key)).size).toBe(2);

      // A share starts the count again.
      await makeShare(t, person, item, { network: 'x', at: at(30 * DAY) });
      await run(43 * DAY);
      expect(toPerson(person, 'reminder.share')).toHaveLength(2);
      await run(44 * DAY);
      expect(toPerson(person, 'reminder.share')).toHaveLength(3);
    });

    it('offers two items for them: pinned first, then newest, targeted at them, not yet shared', async () => {
      const sales = await makeGroup(t, admin, 'department', 'Sales');
      const engineering = await makeGroup(t, admin, 'department', 'Engineering');
      const person = await advocate(0);
      await placeInGroups(t, admin, person, { departmentId: sales.id });

      const pinned = await liveItem({
        title: 'Pinned, oldest',
        pinned: true,
        publishAt: at(-9 * DAY),
      });
      await liveItem({ title: 'Older', publishAt: at(-5 * DAY) });
      const forSales = await liveItem({
        title: 'For sales',
        targets: [sales.id],
        publishAt: at(-4 * DAY),
      });
      await liveItem({ title: 'For engineering', targets: [engineering.id], publishAt: at(-DAY) });
      await liveItem({ title: 'In Dutch only', languages: ['nl'], publishAt: at(-DAY) });
      const shared = await liveItem({ title: 'Shared already', publishAt: at(-2 * DAY) });
      await liveItem({ title: 'Expired', publishAt: at(-DAY), expiresAt: at(DAY) });
      await liveItem({ title: 'Not yet out', publishAt: at(20 * DAY) });
      await makeItem(t, { title: 'A draft', status: 'draft' });
      // Shared before joining: it still counts as shared, and the count starts at joining.
      await makeShare(t, person, shared, { network: 'linkedin', at: at(-DAY) });

      await run(14 * DAY);

      expect(toPerson(person, 'reminder.share')).toEqual([
        expect.objectContaining({
          items: [
            { id: pinned, title: 'Pinned, oldest' },
            { id: forSales, title: 'For sales' },
          ],
        }),
      ]);
    });

    it('sends nothing while nothing is there for them to share, and reminds once something is', async () => {
      const person = await advocate(0);

      expect((await run(14 * DAY)).share).toBe(0);
      expect(toPerson(person, 'reminder.share')).toEqual([]);

      const item = await liveItem({ title: 'Fresh news', publishAt: at(14 * DAY) });
      await run(14 * DAY + HOUR);
      expect(toPerson(person, 'reminder.share')).toEqual([
        expect.objectContaining({ items: [{ id: item, title: 'Fresh news' }] }),
      ]);
    });

    it('waits as many days as the organisation says, 3 to 90', async () => {
      const agent = await signIn(t, admin);
      expect((await agent.api.get('/api/settings').expect(200)).body).toMatchObject({
        reminderInactiveDays: 14,
      });
      for (const days of [2, 91, 7.5, '7']) {
        const refused = await agent.api
          .malformed('patch', '/api/settings', { reminderInactiveDays: days })
          .expect(400);
        expect(refused.body.message).toBe('reminderInactiveDays must be between 3 and 90');
      }
      await saveSettings(t, admin, { reminderInactiveDays: 7 });
      await liveItem();
      const person = await advocate(0);

      await run(7 * DAY - HOUR);
      expect(toPerson(person, 'reminder.share')).toEqual([]);
      await run(7 * DAY);
      await run(13 * DAY);
      expect(toPerson(person, 'reminder.share')).toHaveLength(1);
      await run(14 * DAY);
      expect(toPerson(person, 'reminder.share')).toHaveLength(2);
    });

    it('stops at once for someone who left the programme, and never reaches people who did not join', async () => {
      await liveItem();
      const leaver = await advocate(0);
      const never = await makeUser(t);
      await leaveProgramme(t, leaver);

      await run(30 * DAY);

      expect(toPerson(leaver, 'reminder.share')).toEqual([]);
      expect(toPerson(never, 'reminder.share')).toEqual([]);
    });
  });

  describe('policy signature pending', () => {
    it('reminds who must sign after 3 days and after 10, once each', async () => {
      await publishPolicy(t, admin);
      await backdatePolicyVersion(t, 1, at(0));
      const pending = await advocate(-20 * DAY);
      const signed = await advocate(-20 * DAY);
      await acknowledgePolicy(t, signed);
      const notJoined = await makeUser(t);

      await run(3 * DAY - HOUR);
      expect(toPerson(pending, 'reminder.policy')).toEqual([]);

      await run(3 * DAY);
      await run(3 * DAY + HOUR);
      await run(10 * DAY - HOUR);
      await run(10 * DAY);
      await run(11 * DAY);

      expect(toPerson(pending, 'reminder.policy')).toEqual([
        expect.objectContaining({ params: { version: 1, days: 3 }, link: '/policy' }),
        expect.objectContaining({ params: { version: 1, days: 10 }, link: '/policy' }),
      ]);
      expect(toPerson(signed, 'reminder.policy')).toEqual([]);
      expect(toPerson(notJoined, 'reminder.policy')).toEqual([]);
    });

    it('counts from joining for someone who joined after publication, and from the version that needs signing', async () => {
      await publishPolicy(t, admin);
      await backdatePolicyVersion(t, 1, at(-60 * DAY));
      const early = await advocate(-50 * DAY);
      await acknowledgePolicy(t, early);
      // A new version to sign, and a typo fix after it that does not need signing.
      await publishPolicy(t, admin, { body: 'Version 2' });
      await backdatePolicyVersion(t, 2, at(0));
      await publishPolicy(t, admin, { body: 'Version 3', requiresAcknowledgment: false });
      await backdatePolicyVersion(t, 3, at(2 * DAY));
      const late = await advocate(5 * DAY);

      await run(8 * DAY - HOUR);
      expect(toPerson(late, 'reminder.policy')).toEqual([]);
      expect(toPerson(early, 'reminder.policy')).toEqual([
        expect.objectContaining({ params: { version: 2, days: 3 } }),
      ]);

      await run(8 * DAY);
      expect(toPerson(late, 'reminder.policy')).toEqual([
        expect.objectContaining({ params: { version: 2, days: 3 } }),
      ]);
    });

    it('sends only the 10-day reminder to someone first found pending after 10 days', async () => {
      await publishPolicy(t, admin);
      await backdatePolicyVersion(t, 1, at(0));
      const person = await advocate(-DAY);

      await run(12 * DAY);

      expect(toPerson(person, 'reminder.policy')).toEqual([
        expect.objectContaining({ params: { version: 1, days: 10 } }),
      ]);
    });
  });

  describe('review waiting', () => {
    /** An item `author` submitted for review at `submittedAt` (from START). */
    async function inReview(author: MadeUser, title: string, submittedAt: number) {
      const id = await makeItem(t, {
        title,
        authorId: author.id,
        variants: [['any', 'en', 'Look!']],
      });
      await t.app.get(ContentWorkflowService).act(id, 'submit', actor(author));
      await backdateSubmission(t, id, at(submittedAt));
      return id;
    }

    it('reminds the reviewers of items in review over 24 hours, at most once a day, never the author under four-eyes', async () => {
      const author = await makeUser(t, { roles: ['curator', 'employee'] });
      const reviewer = await makeUser(t, { roles: ['curator', 'employee'] });
      const employee = await makeUser(t);
      await inReview(author, 'Waiting since START', 0);
      await inReview(author, 'Waiting since an hour later', HOUR);
      const decided = await inReview(author, 'Decided', 0);
      await t.app.get(ContentWorkflowService).act(decided, 'approve', actor(reviewer));

      await run(DAY - HOUR);
      expect(notices.filter((notice) => notice.kind === 'reminder.review')).toEqual([]);

      await run(DAY);
      expect(toPerson(reviewer, 'reminder.review')).toEqual([
        expect.objectContaining({ params: { count: 1 }, link: '/content?status=in_review' }),
      ]);
      expect(toPerson(admin, 'reminder.review')).toEqual([
        expect.objectContaining({ params: { count: 1 } }),
      ]);
      expect(toPerson(author, 'reminder.review')).toEqual([]);
      expect(toPerson(employee, 'reminder.review')).toEqual([]);

      await run(DAY + HOUR);
      await run(2 * DAY - HOUR);
      expect(toPerson(reviewer, 'reminder.review')).toHaveLength(1);

      await run(2 * DAY);
      expect(toPerson(reviewer, 'reminder.review')).toHaveLength(2);
      expect(toPerson(reviewer, 'reminder.review')[1].params).toEqual({ count: 2 });
    });

    it('reminds the author too when four-eyes approval is off', async () => {
      await saveSettings(t, admin, { fourEyesApproval: false });
      const author = await makeUser(t, { roles: ['curator'] });
      await inReview(author, 'Mine', 0);

      await run(DAY);

      expect(toPerson(author, 'reminder.review')).toEqual([
        expect.objectContaining({ params: { count: 1 } }),
      ]);
    });
  });
  describe('what people receive', () => {
    const inApp = async (person: MadeUser) =>
      (await t.app.get(NotificationsService).list(person.id, 1, 100))[0];
    const mailsTo = (person: MadeUser) => queuedMailTo(t, person.email);
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

    it('tells the person in the portal and by mail in their language, with a share button per item', async () => {
      const item = await liveItem({ title: 'Vårt nya kontor' });
      const lars = await advocate(0, { language: 'sv' });

      await run(20 * DAY);

      expect(await inApp(lars)).toEqual([
        expect.objectContaining({ kind: 'reminder.share', params: { days: 20 }, link: '/' }),
      ]);
      const [mail] = await mailsTo(lars);
      expect(mail.language).toBe('sv');
      expect(mail.subject).toBe('Du har inte delat något på 20 dagar: här är två inlägg för dig');
      expect(mail.text).toContain('Vårt nya kontor');
      expect(mail.text).toContain(`/share/${item}?source=notification`);
    });

    it('sends nothing to someone who turned share reminders off, or when the admins turned them off for everyone', async () => {
      await liveItem();
      const off = await advocate(0);
      await choose(off, { channels: { 'reminder.share': 'off' } });
      const other = await advocate(0);

      await run(14 * DAY);
      expect(await inApp(off)).toEqual([]);
      expect(await mailsTo(off)).toEqual([]);
      expect(await inApp(other)).toHaveLength(1);

      await saveSettings(t, admin, { notificationsOff: ['reminder.share'] });
      await run(28 * DAY);
      expect(await inApp(other)).toHaveLength(1);
    });

    it('holds the mail until the person’s quiet hours end', async () => {
      await liveItem();
      const night = await advocate(0);
      await choose(night, { quietStart: 22, quietEnd: 7, timeZone: 'Europe/Copenhagen' });
      // The job's hour, 22:41 in Copenhagen, after the machine's time: the mail queue sends
      // nothing before its own clock's now.
      const now = Date.parse('2030-01-15T21:41:00Z');
      jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date(now));

      await runAt(now);

      expect(await inApp(night)).toEqual([expect.objectContaining({ kind: 'reminder.share' })]);
      const [mail] = await mailsTo(night);
      // 07:00 in Copenhagen.
      expect(mail.sendAfter).toEqual(new Date('2030-01-16T06:00:00Z'));
    });

    it('stops share reminders at once for someone who left the programme', async () => {
      await liveItem();
      const leaver = await advocate(0);
      await run(14 * DAY);
      expect(await inApp(leaver)).toEqual([expect.objectContaining({ kind: 'reminder.share' })]);

      await leaveProgramme(t, leaver);
      // Quiet for 28 days, and 14 since the last reminder: the next one would be due now.
      await run(28 * DAY);

      expect(await inApp(leaver)).toHaveLength(1);
      expect(await mailsTo(leaver)).toHaveLength(1);
    });
  });
});

describe('reminders in the demo', () => {
  it('are sent once the demo data is written: reviewers, quiet advocates in Greek and Swedish, a pending signature', async () => {
    const demo = await createTestApp({ CHORUS_DEMO: 'true' });
    try {
      const reminders = await demo.app.get(DataSource).query(
        `SELECT person.email, person.language, note.kind, note.params
           FROM notifications note JOIN users person ON person.id = note.user_id
          WHERE note.kind LIKE 'reminder.%' AND note.dedupe_key NOT LIKE 'demo:%'
          ORDER BY person.email`,
      );
      expect(reminders).toEqual([
        {
          email: 'admin@chorus.example',
          language: 'en',
          kind: 'reminder.review',
          params: { count: 1 },
        },
        {
          email: 'curator@chorus.example',
          language: 'en',
          kind: 'reminder.review',
          params: { count: 1 },
        },
        {
          email: 'eleni.papadopoulou@chorus.example',
          language: 'el',
          kind: 'reminder.share',
          // Her last share is over 15 days old (the demo keeps her quiet that long).
          params: { days: expect.any(Number) },
        },
        {
          email: 'lars.andersson@chorus.example',
          language: 'sv',
          kind: 'reminder.share',
          params: { days: 25 },
        },
        {
          email: 'priya.nair@chorus.example',
          language: 'en',
          kind: 'reminder.policy',
          params: { version: 1, days: 3 },
        },
      ]);
      const eleni = reminders.find(
        (reminder: { email: string }) => reminder.email === 'eleni.papadopoulou@chorus.example',
      );
      expect(eleni.params.days).toBeGreaterThanOrEqual(15);
      const [mail] = await queuedMailTo(demo, 'lars.andersson@chorus.example');
      expect(mail.subject).toBe('Du har inte delat något på 25 dagar: här är två inlägg för dig');
      expect(mail.text.match(/\/share\/[0-9a-f-]+\?source=notification/g)).toHaveLength(2);
    } finally {
      await demo.close();
    }
  });
});
