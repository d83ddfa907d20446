import { UI_LANGUAGES } from '@chorus/core';
import { renderMail, type MailSender, type MailTemplate } from '../mail/templates/mail-template';
import { invitationMail, passwordResetMail, signInWithSsoMail } from './account-mails';

const sender: MailSender = { organisation: 'Acme & Sons', timeZone: 'Europe/Copenhagen' };
const LINK = 'https://chorus.example/invitation?token=abc&lang=1';

const TEMPLATES: [string, MailTemplate<never>, object][] = [
  [
    'invitation',
    invitationMail,
    { link: LINK, expiresAt: new Date(), inviter: 'ada@acme.example' },
  ],
  ['password reset', passwordResetMail, { link: LINK, expiresAt: new Date() }],
  ['SSO sign-in', signInWithSsoMail, { signInPage: LINK }],
];

describe.each(TEMPLATES)('the %s mail', (_, template, params) => {
  const render = (language: string, name = 'Sofie Jensen') =>
    renderMail(template, { email: 'sofie@acme.example', name, language }, sender, params as never);

  it.each(UI_LANGUAGES)('is written in full in %s, in both parts', async (language) => {
    const mail = await render(language);
    expect(mail.language).toBe(language);
    expect(mail.subject.length).toBeGreaterThan(5);
    for (const part of [mail.subject, mail.text, mail.html]) {
      expect(part).not.toMatch(/\{\{|\}\}|@@/);
    }
    expect(mail.text).toContain('Sofie Jensen');
    expect(mail.text).toContain(`\n${LINK}\n`);
    expect(mail.text).toContain('Acme & Sons');
    expect(mail.html).toContain('Sofie Jensen');
    expect(mail.html).toContain('href="https://chorus.example/invitation?token=abc&amp;lang=1"');
    expect(mail.html).toContain('Acme &amp; Sons');
    expect(mail.html).toMatch(new RegExp(`<html lang="${language}" dir="ltr"`));
    expect(mail.html).toContain(`<title>${escape(mail.subject)}</title>`);
  });

  it('speaks each language differently, not English under another name', async () => {
    const subjects = await Promise.all(UI_LANGUAGES.map(async (l) => (await render(l)).subject));
    expect(new Set(subjects).size).toBe(UI_LANGUAGES.length);
  });

  it('is English for a preferred language Chorus does not speak', async () => {
    expect((await render('fi')).subject).toBe((await render('en')).subject);
  });

  it('escapes a hostile name in the HTML part and keeps it as written in the text part', async () => {
    const name = '<script>alert("hi")</script> O\'Brien & {{organisation}}';
    const mail = await render('en', name);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain(
      '&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt; O&#39;Brien &amp; {{organisation}}',
    );
    expect(mail.text).toContain(`Hello ${name},`);
  });
});

describe('the invitation mail', () => {
  const sofie = { email: 'sofie@acme.example', name: 'Sofie', language: 'da' };

  it('says until when the link works in the recipient language and the organisation time zone', async () => {
    const mail = await renderMail(invitationMail, sofie, sender, {
      link: LINK,
      expiresAt: new Date('2026-12-14T09:00:00Z'),
      inviter: 'ada@acme.example',
    });
    expect(mail.subject).toBe('Du er inviteret til Chorus');
    expect(mail.text).toContain('ada@acme.example har inviteret dig til Chorus');
    expect(mail.text).toContain('indtil 14. december 2026 kl. 10.00 (CET)');
  });

  it('escapes a hostile inviter and says who invited only when someone did', async () => {
    const hostile = await renderMail(invitationMail, sofie, sender, {
      link: LINK,
      expiresAt: new Date(),
      inviter: '<img src=x onerror=alert(1)>',
    });
    expect(hostile.html).not.toContain('<img');
    const anonymous = await renderMail(invitationMail, sofie, sender, {
      link: LINK,
      expiresAt: new Date(),
      inviter: null,
    });
    expect(anonymous.text).toContain('Du er inviteret til Chorus, hvor du finder');
  });
});

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&#39;');
}
