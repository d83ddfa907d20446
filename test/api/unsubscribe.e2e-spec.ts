import { DataSource } from 'typeorm';
import { MailDelivery } from '../../apps/api/src/mail/entities/mail-delivery.entity';
import { NotificationPreferencesService } from '../../apps/api/src/notifications/notification-preferences.service';
import { NotificationsService } from '../../apps/api/src/notifications/notifications.service';
import { UnsubscribeService } from '../../apps/api/src/notifications/unsubscribe.service';
import { TestMailServer } from '../support/mail';
import { createTestApp, makeUser, type MadeUser, type TestApp } from '../support/test-app';

describe('unsubscribe links', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const pathOf = (url: string) => new URL(url).pathname;
  const linkFor = (person: MadeUser, scope: 'digest' | 'policy.sign') =>
    pathOf(t.app.get(UnsubscribeService).links(person.id, scope).url);
  const preferencesOf = (person: MadeUser) =>
    t.app.get(NotificationPreferencesService).get({ id: person.id, roles: person.roles });
  const mailsTo = (person: MadeUser) =>
    t.app.get(DataSource).getRepository(MailDelivery).findBy({ recipient: person.email });
  const tell = (person: MadeUser, key: string) =>
    t.app.get(NotificationsService).notify({
      kind: 'policy.sign',
      recipients: [person.id],
      params: { version: 2 },
      link: '/policy',
      key,
    });

  it('work from the mail itself: the one-click POST of its List-Unsubscribe address stops that kind of mail', async () => {
    const person = await makeUser(t);
    await tell(person, 'policy:1');
    const [mail] = await mailsTo(person);
    expect(mail.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const url = /^<(.+)>$/.exec(mail.headers['List-Unsubscribe'])![1];

    // RFC 8058: a POST without cookies or anything else, the field as a form.
    const response = await t
      .http()
      .post(pathOf(url))
      .type('form')
      .send('List-Unsubscribe=One-Click')
      .expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.text).toContain('“A policy version to sign” will no longer come by e-mail');

    expect((await preferencesOf(person)).channels['policy.sign']).toBe('app');
    await tell(person, 'policy:2');
    expect(await mailsTo(person)).toHaveLength(1);
  });

  it('show a question and a button on GET, in the person’s language, and change nothing', async () => {
    const person = await makeUser(t, { language: 'da' });
    const path = linkFor(person, 'digest');
    const response = await t.http().get(path).set('Accept-Language', 'en').expect(200);
    expect(response.text).toContain('<html lang="da">');
    expect(response.text).toContain('Vil du holde op med at modtage Chorus-oversigten på e-mail?');
    expect(response.text).toContain(`<form method="post" action="${path}">`);
    expect(response.text).toContain('name="List-Unsubscribe" value="One-Click"');
    expect(response.headers['cache-control']).toBe('no-store');
    expect((await preferencesOf(person)).digest.frequency).toBe('weekly');
  });

  it('turn the digest off on the page’s button or a multipart one-click POST, without a session', async () => {
    const person = await makeUser(t);
    const response = await t
      .http()
      .post(linkFor(person, 'digest'))
      .field('List-Unsubscribe', 'One-Click')
      .expect(200);
    expect(response.text).toContain('you will no longer receive the digest by e-mail');
    expect((await preferencesOf(person)).digest.frequency).toBe('never');
    // Again: still fine, still off.
    await t.http().post(linkFor(person, 'digest')).type('form').send('').expect(200);
    expect((await preferencesOf(person)).digest.frequency).toBe('never');
  });

  it('answer a forged, changed or unknown link with a not-found page, changing nothing', async () => {
    const person = await makeUser(t);
    const path = linkFor(person, 'digest');
    const forged = `${path.slice(0, -2)}${path.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const bad of [forged, '/unsubscribe/nonsense', `/unsubscribe/${'x'.repeat(99)}`]) {
      const shown = await t.http().get(bad).set('Accept-Language', 'de').expect(404);
      expect(shown.text).toContain('Dieser Link funktioniert nicht');
      await t.http().post(bad).type('form').send('List-Unsubscribe=One-Click').expect(404);
    }
    expect((await preferencesOf(person)).digest.frequency).toBe('weekly');
  });

  it('answer a link of a deleted account with the not-found page', async () => {
    const person = await makeUser(t);
    const path = linkFor(person, 'digest');
    await t.app.get(DataSource).query('DELETE FROM users WHERE id = $1', [person.id]);
    await t.http().post(path).type('form').send('List-Unsubscribe=One-Click').expect(404);
  });

  it('leave the API refusing multipart forms', async () => {
    await t.http().post('/api/auth/login').field('email', 'a@b.c').expect(415);
  });
});

describe('a notification mail, through a real SMTP server', () => {
  let mail: TestMailServer;
  let t: TestApp;

  beforeAll(async () => {
    mail = await new TestMailServer().start();
    t = await createTestApp({ SMTP_URL: mail.url, MAIL_FROM: 'Chorus <chorus@company.test>' });
  });
  afterAll(async () => {
    await t.close();
    await mail.stop();
  });

  it('arrives with both parts and a one-click unsubscribe that works without a session', async () => {
    const person = await makeUser(t, { language: 'de', name: 'Greta' });
    await t.app.get(NotificationsService).notify({
      kind: 'policy.sign',
      recipients: [person.id],
      params: { version: 5 },
      link: '/policy',
      key: 'policy.sign:5',
    });

    const received = await mail.messageTo(person.email);
    expect(received.subject).toBe(
      'Bitte lesen und unterzeichnen Sie Version 5 der Social-Media-Richtlinie',
    );
    expect(received.text).toContain('/policy');
    expect(received.html).toContain('href="http');
    expect(received.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const url = /^<(.+)>$/.exec(received.headers.get('list-unsubscribe') ?? '')![1];
    expect(received.text).toContain(url);

    await t.http().post(new URL(url).pathname).field('List-Unsubscribe', 'One-Click').expect(200);
    const preferences = await t.app
      .get(NotificationPreferencesService)
      .get({ id: person.id, roles: person.roles });
    expect(preferences.channels['policy.sign']).toBe('app');
  });
});
