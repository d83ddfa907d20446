import { DataSource } from 'typeorm';
import { expireAccountLinks } from '../support/history';
import { linkIn, TestMailServer } from '../support/mail';
import { cookieValue, createTestApp, makeUser, signIn, TestApp } from '../support/test-app';

describe('resetting a forgotten password by mail', () => {
  let mail: TestMailServer;
  let t: TestApp;

  beforeAll(async () => {
    mail = await new TestMailServer().start();
    t = await createTestApp({ SMTP_URL: mail.url });
  });
  afterAll(async () => {
    await t.close();
    await mail.stop();
  });

  const requestReset = (email: string) => t.http().post('/api/auth/password-reset').send({ email });
  const confirm = (token: string, password: string) =>
    t.http().post('/api/auth/password-reset/confirm').send({ token, password });

  /**
   * The mail leaves just before its transaction commits, so a test that reads the mail must wait
   * for the link to be stored before following it, as a person clicking it would be.
   */
  async function whenLinkStored(email: string): Promise<void> {
    for (let attempt = 0; attempt < 250; attempt += 1) {
      const rows: unknown[] = await t.app.get(DataSource).query(
        `SELECT 1 FROM account_tokens JOIN users ON users.id = account_tokens.user_id
            WHERE users.email = $1 AND account_tokens.purpose = 'password_reset'`,
        [email],
      );
      if (rows.length > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`The reset link to ${email} was never stored`);
  }

  const expireLinksOf = (userId: string) => expireAccountLinks(t, { id: userId });

  async function resetToken(email: string): Promise<string> {
    const message = await mail.messageTo(email);
    await whenLinkStored(email);
    return linkIn(message, '/reset-password').searchParams.get('token')!;
  }

  it('mails a single-use link that sets a new password, signs in and ends every other session', async () => {
    const user = await makeUser(t, { email: 'forgetful@reset.test' });
    const elsewhere = await signIn(t, user);

    await requestReset('Forgetful@Reset.test').expect(202);
    const token = await resetToken('forgetful@reset.test');

    const response = await confirm(token, 'brand-new-passphrase-42').expect(200);
    expect(response.body.email).toBe('forgetful@reset.test');
    expect(cookieValue(response, 'chorus_session')).not.toBe('');
    await elsewhere.api.get('/api/me').expect(401);

    await t
      .http()
      .post('/api/auth/login')
      .send({ email: user.email, password: user.password })
      .expect(401);
    await t
      .http()
      .post('/api/auth/login')
      .send({ email: user.email, password: 'brand-new-passphrase-42' })
      .expect(200);

    const reused = await confirm(token, 'another-new-passphrase').expect(409);
    expect(reused.body.code).toBe('link_used');
  });

  it('writes in the language of the account, whatever language the request asked for', async () => {
    const user = await makeUser(t, { email: 'lars@reset.test', name: 'Lars', language: 'sv' });
    await requestReset(user.email).set('Accept-Language', 'de-DE,de;q=0.9,en;q=0.8').expect(202);

    const message = await mail.messageTo(user.email);
    expect(message.headers.get('content-language')).toBe('sv');
    expect(message.subject).toBe('Återställ ditt lösenord till Chorus');
    expect(message.text).toMatch(/^Hej Lars!\n/);
    expect(message.text).toContain('Välj ett nytt lösenord\nhttp');
    expect(message.html).toContain('<html lang="sv" dir="ltr"');
    expect(message.html).toContain('Någon (förhoppningsvis du) har bett om att återställa');
    await whenLinkStored(user.email);
  });

  it('answers an unknown address exactly like a known one, and mails nobody', async () => {
    await makeUser(t, { email: 'known@reset.test' });
    const known = await requestReset('known@reset.test').expect(202);
    const unknown = await requestReset('nobody@reset.test').expect(202);
    expect(unknown.body.message.replace('nobody', 'known')).toBe(known.body.message);
    expect(Object.keys(unknown.headers).sort()).toEqual(Object.keys(known.headers).sort());

    await resetToken('known@reset.test');
    await expect(mail.messageTo('nobody@reset.test', 500)).rejects.toThrow(/No mail/);
  });

  it('lets a link expire after an hour', async () => {
    const user = await makeUser(t, { email: 'slow@reset.test' });
    await requestReset(user.email).expect(202);
    const token = await resetToken(user.email);
    await expireLinksOf(user.id);
    const response = await confirm(token, 'brand-new-passphrase-42').expect(400);
    expect(response.body).toMatchObject({ code: 'link_expired' });
    expect(response.body.message).toMatch(/Ask for a new one from the sign-in page/);
  });

  it('refuses common and short passwords without using up the link', async () => {
    const user = await makeUser(t, { email: 'weak@reset.test' });
    await requestReset(user.email).expect(202);
    const token = await resetToken(user.email);
    expect((await confirm(token, 'qwertyuiop').expect(400)).body.message).toMatch(/most common/);
    expect((await confirm(token, 'short').expect(400)).body.message).toMatch(/at least 10/);
    await confirm(token, 'finally-strong-enough').expect(200);
  });

  it('mails one link a minute at most, however often it is asked for', async () => {
    const user = await makeUser(t, { email: 'impatient@reset.test' });
    await requestReset(user.email).expect(202);
    const token = await resetToken(user.email);
    await requestReset(user.email).expect(202);
    await expect(mail.messageTo(user.email, 500)).rejects.toThrow(/No mail/);
    await confirm(token, 'patience-is-a-virtue').expect(200);
  });

  it('builds the link from the configured address, never from the Host header of the request', async () => {
    const user = await makeUser(t, { email: 'phished@reset.test' });
    await requestReset(user.email).set('Host', 'evil.example').expect(202);
    const link = linkIn(await mail.messageTo(user.email), '/reset-password');
    expect(link.origin).toBe('http://localhost:3000');
  });

  it('refuses a reset confirmation submitted from another site', async () => {
    const response = await t
      .http()
      .post('/api/auth/password-reset/confirm')
      .set('Origin', 'https://evil.example')
      .send({ token: 'whatever', password: 'attacker-chosen-password' })
      .expect(403);
    expect(response.body.message).toBe(
      'Requests from https://evil.example may not change anything here.',
    );
  });

  it('sends deactivated people nothing', async () => {
    const admin = await signIn(t, await makeUser(t, { roles: ['admin'] }));
    const user = await makeUser(t, { email: 'gone@reset.test' });
    await admin.api.post(`/api/people/${user.id}/deactivate`).expect(200);
    await requestReset(user.email).expect(202);
    await expect(mail.messageTo(user.email, 500)).rejects.toThrow(/No mail/);
  });
});
