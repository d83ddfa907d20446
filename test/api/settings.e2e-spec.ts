import { NOTIFICATION_KIND_RULES, NOTIFICATION_KINDS, ROLES } from '@chorus/core';
import { DataSource } from 'typeorm';
import { SettingsService } from '../../apps/api/src/settings/settings.service';
import { createTestApp, makeUser, signIn, SignedInAgent, TestApp } from '../support/test-app';
import { keptMailTo } from '../support/mail';
import type { Schema } from '../support/api-client';

const DEFAULTS = {
  organisationName: '',
  fourEyesApproval: true,
  shareRequiresStage: 1,
  editRequiresStage: 0,
  enabledNetworks: [
    'linkedin',
    'x',
    'facebook',
    'xing',
    'reddit',
    'bluesky',
    'threads',
    'mastodon',
    'whatsapp',
    'telegram',
    'email',
  ],
  linkedinComposer: true,
  timeZone: 'UTC',
  clickRetentionMonths: 13,
  reminderInactiveDays: 14,
  advocateNames: 'full',
  costPerClick: {},
  currency: 'EUR',
  notificationDefaults: Object.fromEntries(
    NOTIFICATION_KINDS.map((kind) => [kind, NOTIFICATION_KIND_RULES[kind].defaultChannel]),
  ),
  notificationsOff: [],
};

describe('organisation settings', () => {
  let t: TestApp;
  let admin: SignedInAgent;
  let adminId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const ada = await makeUser(t, { email: 'ada@settings.test', roles: ['admin'] });
    adminId = ada.id;
    admin = await signIn(t, ada);
  });
  afterAll(() => t.close());

  const patch = (who: SignedInAgent, body: Schema<'UpdateSettingsDto'>) =>
    who.api.patch('/api/settings', body);

  async function changes() {
    const response = await admin.api.get('/api/audit?action=settings.changed').expect(200);
    return response.body.items as Record<string, unknown>[];
  }

  it('starts with four-eyes approval on and stage 1 needed to share, for everyone signed in to see', async () => {
    const employee = await signIn(t, await makeUser(t));
    const response = await employee.api.get('/api/settings').expect(200);
    expect(response.body).toEqual(DEFAULTS);
    expect(await t.app.get(SettingsService).get()).toEqual(DEFAULTS);
    await t.http().get('/api/settings').expect(401);
  });

  it('lets an admin change a setting, which everyone then sees, and logs before and after', async () => {
    const off = await patch(admin, { fourEyesApproval: false }).expect(200);
    expect(off.body).toEqual({ ...DEFAULTS, fourEyesApproval: false });
    const curator = await signIn(t, await makeUser(t, { roles: ['curator'] }));
    expect((await curator.api.get('/api/settings').expect(200)).body).toEqual({
      ...DEFAULTS,
      fourEyesApproval: false,
    });
    expect(await t.app.get(SettingsService).get()).toEqual({
      ...DEFAULTS,
      fourEyesApproval: false,
    });

    expect((await changes())[0]).toMatchObject({
      actorId: adminId,
      actorLabel: 'ada@settings.test',
      targetType: 'settings',
      summary: { before: { fourEyesApproval: true }, after: { fourEyesApproval: false } },
    });

    await patch(admin, { fourEyesApproval: true }).expect(200);
    expect((await changes())[0].summary).toEqual({
      before: { fourEyesApproval: false },
      after: { fourEyesApproval: true },
    });
  });

  it('logs nothing when nothing changes', async () => {
    const before = (await changes()).length;
    const same = await patch(admin, { fourEyesApproval: true }).expect(200);
    expect(same.body).toEqual(DEFAULTS);
    await patch(admin, {}).expect(200);
    expect(await changes()).toHaveLength(before);
  });

  it('offers Threads and Mastodon by default, while an organisation that chose its networks keeps its choice', async () => {
    const { enabledNetworks } = (await admin.api.get('/api/settings').expect(200)).body;
    expect(enabledNetworks).toEqual(expect.arrayContaining(['threads', 'mastodon']));
    const chosen = ['linkedin', 'x', 'email'];
    await patch(admin, { enabledNetworks: chosen as never }).expect(200);
    try {
      expect(await t.app.get(SettingsService).get()).toMatchObject({ enabledNetworks: chosen });
    } finally {
      await patch(admin, { enabledNetworks: DEFAULTS.enabledNetworks as never }).expect(200);
    }
  });

  it('lets an admin switch LinkedIn’s composer off, logged, and refuses anything but true or false', async () => {
    const off = await patch(admin, { linkedinComposer: false }).expect(200);
    expect(off.body).toEqual({ ...DEFAULTS, linkedinComposer: false });
    expect((await changes())[0]).toMatchObject({
      summary: { before: { linkedinComposer: true }, after: { linkedinComposer: false } },
    });
    for (const value of ['off', 1, null]) {
      const response = await admin.api
        .malformed('patch', '/api/settings', { linkedinComposer: value })
        .expect(400);
      expect(response.body.message).toBe('linkedinComposer must be true or false');
    }
    await patch(admin, { linkedinComposer: true }).expect(200);
  });

  it('refuses values a setting does not take, and settings that do not exist', async () => {
    for (const value of ['no', 0, null]) {
      const response = await admin.api
        .malformed('patch', '/api/settings', { fourEyesApproval: value })
        .expect(400);
      expect(response.body.message).toBe('fourEyesApproval must be true or false');
    }
    const unknown = await admin.api
      .malformed('patch', '/api/settings', { darkMode: true })
      .expect(400);
    expect(unknown.body.message).toBe('darkMode is not a field this request accepts');
    expect((await admin.api.get('/api/settings').expect(200)).body).toEqual(DEFAULTS);
  });

  it('takes notification defaults by kind and kinds turned off for everyone, and refuses others', async () => {
    const set = await patch(admin, {
      notificationDefaults: { 'content.new': 'email' },
      notificationsOff: ['reminder.share'],
    }).expect(200);
    expect(set.body).toMatchObject({
      notificationDefaults: { 'content.new': 'email' },
      notificationsOff: ['reminder.share'],
    });
    for (const value of [{ 'content.new': 'sms' }, { 'content.old': 'app' }, ['app']]) {
      const response = await admin.api
        .malformed('patch', '/api/settings', { notificationDefaults: value })
        .expect(400);
      expect(response.body.message).toMatch(
        /^notificationDefaults must be an object of notification kinds/,
      );
    }
    for (const value of [['content.old'], ['content.new', 'content.new'], 'content.new']) {
      const response = await admin.api
        .malformed('patch', '/api/settings', { notificationsOff: value })
        .expect(400);
      expect(response.body.message).toMatch(
        /^notificationsOff must be a list of different notification kinds/,
      );
    }
    await patch(admin, {
      notificationDefaults: DEFAULTS.notificationDefaults,
      notificationsOff: [],
    }).expect(200);
  });

  it('names the organisation in every mail once an admin has named it, and refuses a name that is not one line', async () => {
    for (const value of [' Acme', 'Acme\nCorp', 'Acme\u202eproC', 'A'.repeat(101), 42]) {
      const response = await admin.api
        .malformed('patch', '/api/settings', { organisationName: value })
        .expect(400);
      expect(response.body.message).toMatch(/^organisationName must be a name of up to 100/);
    }
    await patch(admin, { organisationName: 'Acme & Co' }).expect(200);

    await admin.api
      .post('/api/people', { email: 'named@settings.test', name: 'Nell Named', language: 'nl' })
      .expect(201);
    const mail = await keptMailTo(t, 'named@settings.test');
    expect(mail.text).toMatch(/\n-- \nVerstuurd door Chorus voor Acme & Co\.\n$/);
    expect(mail.html).toContain('Verstuurd door Chorus voor Acme &amp; Co.');
    await patch(admin, { organisationName: '' }).expect(200);
  });

  it('takes the training stages needed to share and to edit, from 0 (none) to 3', async () => {
    const set = await patch(admin, { shareRequiresStage: 2, editRequiresStage: 3 }).expect(200);
    expect(set.body).toEqual({ ...DEFAULTS, shareRequiresStage: 2, editRequiresStage: 3 });
    for (const value of [4, -1, 1.5, '2', null]) {
      const response = await admin.api
        .malformed('patch', '/api/settings', { shareRequiresStage: value })
        .expect(400);
      expect(response.body.message).toBe(
        'shareRequiresStage must be a training stage from 0 (none) to 3',
      );
    }
    await patch(admin, { shareRequiresStage: 1, editRequiresStage: 0 }).expect(200);
    expect((await admin.api.get('/api/settings').expect(200)).body).toEqual(DEFAULTS);
  });

  it('takes the analytics settings: time zone, retention, advocate names, cost per click, currency', async () => {
    const changed = await patch(admin, {
      timeZone: 'Asia/Kolkata',
      clickRetentionMonths: 24,
      advocateNames: 'initials',
      costPerClick: { linkedin: 2.5, x: 0 },
      currency: 'USD',
    }).expect(200);
    expect(changed.body).toMatchObject({
      timeZone: 'Asia/Kolkata',
      clickRetentionMonths: 24,
      advocateNames: 'initials',
      costPerClick: { linkedin: 2.5, x: 0 },
      currency: 'USD',
    });
    const refusals: [Record<string, unknown>, string][] = [
      [
        { timeZone: 'Mars/Olympus_Mons' },
        'timeZone must be an IANA time zone name, such as Europe/Amsterdam or UTC',
      ],
      [{ clickRetentionMonths: 0 }, 'clickRetentionMonths must be between 1 and 120'],
      [{ advocateNames: 'nicknames' }, 'advocateNames must be one of: full, initials'],
      [
        { costPerClick: { myspace: 1 } },
        expect.stringMatching(/^costPerClick must be an object of networks/),
      ],
      [{ costPerClick: { linkedin: -1 } }, expect.stringMatching(/^costPerClick must be/)],
      [{ costPerClick: [1] }, expect.stringMatching(/^costPerClick must be/)],
      [
        { currency: 'euro' },
        'currency must be a three-letter ISO 4217 currency code, such as EUR or USD',
      ],
    ];
    for (const [body, message] of refusals) {
      expect((await patch(admin, body).expect(400)).body.message).toEqual(message);
    }
    await patch(admin, {
      timeZone: 'UTC',
      clickRetentionMonths: 13,
      advocateNames: 'full',
      costPerClick: {},
      currency: 'EUR',
    }).expect(200);
  });

  it('falls back to the default for a stored value the setting does not take', async () => {
    const db = t.app.get(DataSource);
    // Stored values the settings service would never write, written in SQL on purpose: as a
    // hand edit or an older version might have left them.
    await db.query(
      `INSERT INTO settings (key, value) VALUES ('fourEyesApproval', '"no"'), ('retired', 'true')
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
    );
    try {
      expect((await admin.api.get('/api/settings').expect(200)).body).toEqual(DEFAULTS);
      // Setting a proper value again replaces the unreadable one.
      await patch(admin, { fourEyesApproval: false }).expect(200);
      expect(await t.app.get(SettingsService).get()).toEqual({
        ...DEFAULTS,
        fourEyesApproval: false,
      });
    } finally {
      await db.query(`DELETE FROM settings`);
    }
  });

  it.each(ROLES.filter((role) => role !== 'admin'))(
    'does not let a person with only the %s role change settings',
    async (role) => {
      const person = await signIn(t, await makeUser(t, { roles: [role] }));
      await patch(person, { fourEyesApproval: false }).expect(403);
      expect(await t.app.get(SettingsService).get()).toEqual(DEFAULTS);
    },
  );
});
