import { renderMail } from '../mail/templates/mail-template';
import { notificationMail, type NotificationMailParams } from './notification-mail';

const params = (overrides: Partial<NotificationMailParams> = {}): NotificationMailParams => ({
  kind: 'reminder.share',
  params: { days: 14 },
  link: 'https://chorus.example/feed',
  preferencesUrl: 'https://chorus.example/profile/notifications',
  unsubscribeUrl: 'https://chorus.example/unsubscribe/abc',
  items: [
    { title: 'Spring launch', shareUrl: 'https://chorus.example/share/1?source=notification' },
    { title: 'New office', shareUrl: 'https://chorus.example/share/2?source=notification' },
  ],
  ...overrides,
});
const render = (language: string, overrides: Partial<NotificationMailParams> = {}) =>
  renderMail(
    notificationMail,
    { email: 'anna@chorus.test', name: 'Anna', language },
    { organisation: 'Acme', timeZone: 'Europe/Copenhagen' },
    params(overrides),
  );

describe('the notification mail', () => {
  it('says the notification as its subject and first line, with a button to it', async () => {
    const mail = await render('en');
    expect(mail.subject).toBe(
      'You have not shared anything for 14 days: here are two posts for you',
    );
    expect(mail.text).toContain(`${mail.subject}\n\nOpen in Chorus\nhttps://chorus.example/feed`);
  });

  it('offers a share button per item, why it came with a link to the settings, and the unsubscribe', async () => {
    const mail = await render('en');
    expect(mail.text).toContain(
      'Share “Spring launch”\nhttps://chorus.example/share/1?source=notification',
    );
    expect(mail.text).toContain('Share “New office”');
    expect(mail.text).toContain(
      'Change your notification settings: https://chorus.example/profile/notifications',
    );
    expect(mail.text).toContain('Unsubscribe: https://chorus.example/unsubscribe/abc');
    expect(mail.html).toContain('href="https://chorus.example/unsubscribe/abc"');
    expect(mail.html).toContain('href="https://chorus.example/profile/notifications"');
  });

  it("is written in the recipient's language", async () => {
    const mail = await render('da', { kind: 'policy.sign', params: { version: 3 }, items: [] });
    expect(mail.language).toBe('da');
    expect(mail.subject).toBe('Læs og underskriv version 3 af politikken for sociale medier');
    expect(mail.text).toContain('Afmeld: https://chorus.example/unsubscribe/abc');
  });

  it('cuts a subject too long for a mail, on a whole character', async () => {
    const title = '😀'.repeat(400);
    const mail = await render('en', { kind: 'content.review', params: { title }, items: [] });
    expect(Array.from(mail.subject)).toHaveLength(150);
    expect(mail.subject.endsWith('…')).toBe(true);
    expect(mail.text).toContain(title);
  });
});
