import { DataSource } from 'typeorm';
import { expireAccountLinks } from '../support/history';
import { eventually } from '../support/eventually';
import { keptMailTo, linkIn, TestMailServer } from '../support/mail';
import {
  cookieValue,
  createTestApp,
  makeUser,
  signIn,
  SignedInAgent,
  TestApp,
} from '../support/test-app';

const DAY = 86_400_000;

describe('inviting people by mail, through a real SMTP server', () => {
  let mail: TestMailServer;
  let t: TestApp;
  let admin: SignedInAgent;

  beforeAll(async () => {
    mail = await new TestMailServer().start();
    t = await createTestApp({
      SMTP_URL: mail.url,
      MAIL_FROM: 'Chorus <chorus@company.test>',
      MAIL_RETRY_SECONDS: '1',
    });
    admin = await signIn(t, await makeUser(t, { name: 'Ida Admin', roles: ['admin'] }));
  });
  afterAll(async () => {
    await t.close();
    await mail.stop();
  });
  beforeEach(() => {
    mail.refuse = false;
  });

  function invite(body: Record<string, unknown>) {
    // Some bodies are wrong on purpose.
    return admin.api.malformed('post', '/api/people', body);
  }

  async function invitationToken(email: string): Promise<string> {
    const message = await mail.messageTo(email);
    return linkIn(message, '/invitation').searchParams.get('token')!;
  }

  it('writes to a Danish colleague in Danish, in a text and an HTML part, whatever language the admin reads', async () => {
    await admin.api
      .post('/api/people', {
        email: 'sofie.jensen@company.test',
        name: 'Sofie Jensen',
        language: 'da',
      })
      .set('Accept-Language', 'en-GB,en;q=0.9')
      .expect(201);

    const message = await mail.messageTo('sofie.jensen@company.test');
    expect(message.headers.get('content-language')).toBe('da');
    expect(message.contentTypes).toEqual(['multipart/alternative', 'text/plain', 'text/html']);
    expect(message.subject).toBe('Du er inviteret til Chorus');
    expect(message.text).toMatch(/^Hej Sofie Jensen\n/);
    expect(message.text).toContain('har inviteret dig til Chorus');
    expect(message.text).toMatch(/virker indtil \d{1,2}\. [a-zæøå]+ \d{4} kl\. \d{2}\.\d{2}/);
    expect(message.text).not.toMatch(/invited|password/i);

    const link = linkIn(message, '/invitation');
    expect(message.html).toMatch(/^<!doctype html>\s*<html lang="da" dir="ltr"/);
    expect(message.html).toContain('Vælg din adgangskode');
    expect(message.html).toContain(`href="${link.href.replace(/&/g, '&amp;')}"`);
    await t
      .http()
      .post('/api/auth/invitations/lookup')
      .send({ token: link.searchParams.get('token') })
      .expect(200);
  });

  it('creates the person as invited and mails them a link that signs them in once they choose a password', async () => {
    const created = await invite({
      email: 'New.Hire@Company.test',
      name: 'Nina New',
      roles: ['employee', 'curator'],
      language: 'da',
    }).expect(201);
    expect(created.body).toMatchObject({
      email: 'new.hire@company.test',
      name: 'Nina New',
      status: 'invited',
      roles: ['employee', 'curator'],
      language: 'da',
    });

    const token = await invitationToken('new.hire@company.test');
    const lookup = await t.http().post('/api/auth/invitations/lookup').send({ token }).expect(200);
    expect(lookup.body).toEqual({ email: 'new.hire@company.test', name: 'Nina New' });

    const accepted = await t
      .http()
      .post('/api/auth/invitations/accept')
      .send({ token, password: 'a-long-and-private-passphrase' })
      .expect(200);
    expect(accepted.body).toMatchObject({ email: 'new.hire@company.test', status: 'active' });
    const session = cookieValue(accepted, 'chorus_session');
    const me = await t.http().get('/api/me').set('Cookie', `chorus_session=${session}`).expect(200);
    expect(me.body.name).toBe('Nina New');

    await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'new.hire@company.test', password: 'a-long-and-private-passphrase' })
      .expect(200);

    const audit = await admin.api.get(`/api/audit?targetId=${created.body.id}`).expect(200);
    expect(audit.body.items.map((entry: { action: string }) => entry.action)).toEqual([
      'person.invitation_accepted',
      'person.invited',
    ]);
  });

  it('refuses a used link, and says so', async () => {
    await invite({ email: 'twice@company.test', name: 'Tess Twice' }).expect(201);
    const token = await invitationToken('twice@company.test');
    const password = 'first-choice-passphrase';
    await t.http().post('/api/auth/invitations/accept').send({ token, password }).expect(200);

    const again = await t
      .http()
      .post('/api/auth/invitations/accept')
      .send({ token, password: 'second-choice-passphrase' })
      .expect(409);
    expect(again.body).toMatchObject({ code: 'link_used' });
    expect(again.body.message).toMatch(/already been used/);
    await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'twice@company.test', password })
      .expect(200);
  });

  it('refuses an expired link and writes nothing', async () => {
    const created = await invite({ email: 'late@company.test', name: 'Lou Late' }).expect(201);
    const token = await invitationToken('late@company.test');
    await expireAccountLinks(t, { id: created.body.id });

    const response = await t
      .http()
      .post('/api/auth/invitations/accept')
      .send({ token, password: 'a-long-and-private-passphrase' })
      .expect(400);
    expect(response.body).toMatchObject({ code: 'link_expired' });
    expect(response.body.message).toMatch(
      /expired on .* Ask an administrator to send you a new invitation/,
    );
    const person = await admin.api.get(`/api/people/${created.body.id}`).expect(200);
    expect(person.body.status).toBe('invited');
  });

  it('keeps the link valid for 7 days', async () => {
    const created = await invite({ email: 'week@company.test', name: 'Wes Week' }).expect(201);
    await mail.messageTo('week@company.test');
    const [{ expires_at }] = await t.app
      .get(DataSource)
      .query(`SELECT expires_at FROM account_tokens WHERE user_id = $1`, [created.body.id]);
    const lifetime = new Date(expires_at).getTime() - Date.now();
    expect(lifetime).toBeGreaterThan(7 * DAY - 60_000);
    expect(lifetime).toBeLessThanOrEqual(7 * DAY);
  });

  it('refuses an unknown link with 404 and a weak password with 400, using up nothing', async () => {
    const unknown = await t
      .http()
      .post('/api/auth/invitations/accept')
      .send({ token: 'not-a-real-token', password: 'a-long-and-private-passphrase' })
      .expect(404);
    expect(unknown.body.code).toBe('link_invalid');

    await invite({ email: 'weak@company.test', name: 'Walt Weak' }).expect(201);
    const token = await invitationToken('weak@company.test');
    const short = await t
      .http()
      .post('/api/auth/invitations/accept')
      .send({ token, password: 'short' })
      .expect(400);
    expect(short.body.message).toBe('The password must be at least 10 characters long.');
    const common = await t
      .http()
      .post('/api/auth/invitations/accept')
      .send({ token, password: 'password123' })
      .expect(400);
    expect(common.body.message).toMatch(/most common passwords/);
    await t
      .http()
      .post('/api/auth/invitations/accept')
      .send({ token, password: 'finally-a-good-passphrase' })
      .expect(200);
  });

  it('makes only the newest link work after a resend', async () => {
    const created = await invite({ email: 'resend@company.test', name: 'Rae Resend' }).expect(201);
    const first = await invitationToken('resend@company.test');
    await admin.api.post(`/api/people/${created.body.id}/invitation`).expect(200);
    const second = await invitationToken('resend@company.test');

    await t.http().post('/api/auth/invitations/lookup').send({ token: first }).expect(404);
    await t.http().post('/api/auth/invitations/lookup').send({ token: second }).expect(200);
  });

  it('invites while the mail server refuses, and mails the link once the server takes it', async () => {
    mail.refuse = true;
    await invite({ email: 'bounce@company.test', name: 'Bo Bounce' }).expect(201);
    const failedOnce = await eventually('a failed first attempt', async () => {
      const queue = await admin.api.get('/api/outbox/deliveries').expect(200);
      const delivery = queue.body.items.find(
        (item: { recipient: string }) => item.recipient === 'bounce@company.test',
      );
      return delivery?.lastError ? delivery : undefined;
    });
    expect(failedOnce.lastError).toMatch(/Mailbox unavailable/);

    mail.refuse = false;
    const token = await invitationToken('bounce@company.test');
    await t.http().post('/api/auth/invitations/lookup').send({ token }).expect(200);
  });

  it('mails every person an import creates, after the import is safely written', async () => {
    const response = await admin.api
      .post('/api/people/import?invite=true')
      .set('Content-Type', 'text/csv')
      .send(Buffer.from('email,name\nimp.one@company.test,Imp One\nimp.two@company.test,Imp Two\n'))
      .expect(200);
    expect(response.body).toMatchObject({ created: 2, invited: 2, invitationFailures: 0 });
    await invitationToken('imp.one@company.test');
    await invitationToken('imp.two@company.test');
  });

  it('refuses an address that is taken, an invalid address and an unknown role', async () => {
    await invite({ email: 'dup@company.test', name: 'Dee Dup' }).expect(201);
    const taken = await invite({ email: 'DUP@company.test', name: 'Dee Again' }).expect(409);
    expect(taken.body.message).toMatch(/already exists/);
    const invalid = await invite({ email: 'not-an-address', name: 'X' }).expect(400);
    expect(invalid.body.message).toMatch(/email must be an email address/);
    const role = await invite({ email: 'r@company.test', name: 'R', roles: ['root'] }).expect(400);
    expect(role.body.message).toMatch(
      /each value of roles must be one of: employee, curator, analyst, admin/,
    );
  });
});

describe('without SMTP, mail is kept in the outbox for admins', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('shows the invitation mail, with its working link, to admins only', async () => {
    const admin = await signIn(t, await makeUser(t, { roles: ['admin'] }));
    await admin.api
      .post('/api/people', { email: 'offline@company.test', name: 'Olga Offline' })
      .expect(201);

    await keptMailTo(t, 'offline@company.test');
    const outbox = await admin.api.get('/api/outbox').expect(200);
    expect(outbox.body).toMatchObject({ total: 1, delivering: false });
    const [message] = outbox.body.items;
    expect(message).toMatchObject({
      recipient: 'offline@company.test',
      subject: 'You are invited to Chorus',
      language: 'en',
    });
    expect(message.html).toContain('<html lang="en" dir="ltr"');
    expect(message.html).toContain('Choose your password');
    const token = linkIn(message, '/invitation').searchParams.get('token');
    await t.http().post('/api/auth/invitations/lookup').send({ token }).expect(200);

    const employee = await signIn(t, await makeUser(t));
    await employee.api.get('/api/outbox').expect(403);
  });
});
