import { UI_LANGUAGES } from '@chorus/core';
import { renderMail, type MailSender } from '../mail/templates/mail-template';
import { digestMail, type DigestMailParams } from './digest-mail';

const sender: MailSender = { organisation: 'Acme & Sons', timeZone: 'Europe/Copenhagen' };
const ITEM = '0f6a1c2e-4b1d-4c55-9a1e-1d2b3c4d5e6f';
const OTHER = '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';

const params = (overrides: Partial<DigestMailParams> = {}): DigestMailParams => ({
  publicUrl: 'https://chorus.example',
  items: [
    {
      id: ITEM,
      title: 'Our <new> office',
      summary: 'We moved & grew.',
      imageUrl: `https://chorus.example/api/content/${ITEM}/thumbnails/abc`,
    },
    { id: OTHER, title: null, summary: null, imageUrl: null },
  ],
  networks: ['linkedin', 'x'],
  figures: { shares: 3, verifiedShares: 2, clicks: 41 },
  policyVersion: 4,
  trainingLessons: 2,
  unsubscribeUrl: 'https://chorus.example/unsubscribe/token.sig',
  ...overrides,
});

const render = (language: string, overrides: Partial<DigestMailParams> = {}) =>
  renderMail(
    digestMail,
    { email: 'sofie@acme.example', name: 'Sofie Jensen', language },
    sender,
    params(overrides),
  );

describe('the digest mail', () => {
  it.each(UI_LANGUAGES)('is written in full in %s, in both parts', async (language) => {
    const mail = await render(language);
    expect(mail.language).toBe(language);
    for (const part of [mail.subject, mail.text, mail.html]) {
      expect(part).not.toMatch(/\{\{|\}\}|@@|digest\./);
    }
    expect(mail.html).toMatch(new RegExp(`<html lang="${language}"`));
  });

  it('speaks each language differently', async () => {
    const subjects = await Promise.all(UI_LANGUAGES.map(async (l) => (await render(l)).subject));
    expect(new Set(subjects).size).toBe(UI_LANGUAGES.length);
  });

  it('offers a button per enabled network that opens Chorus’s share route for the digest', async () => {
    const mail = await render('en');
    const shareLinks = [
      ...mail.html.matchAll(/href="(https:\/\/chorus\.example\/share\/[^"]*)"/g),
    ].map((match) => match[1].replaceAll('&amp;', '&'));
    expect(shareLinks).toEqual([
      `https://chorus.example/share/${ITEM}?network=linkedin&source=digest`,
      `https://chorus.example/share/${ITEM}?network=x&source=digest`,
      `https://chorus.example/share/${OTHER}?network=linkedin&source=digest`,
      `https://chorus.example/share/${OTHER}?network=x&source=digest`,
    ]);
    expect(mail.text).toContain(
      `Share on LinkedIn\nhttps://chorus.example/share/${ITEM}?network=linkedin&source=digest\n`,
    );
  });

  it('loads no picture but the items’ own thumbnails on Chorus, and nothing that tracks', async () => {
    const mail = await render('en');
    const sources = [...mail.html.matchAll(/src="([^"]*)"/g)].map((match) => match[1]);
    expect(sources).toEqual([`https://chorus.example/api/content/${ITEM}/thumbnails/abc`]);
    expect(mail.html).not.toMatch(/<link|<script|@import|url\(/i);
  });

  const shownSummary = async (summary: string) => {
    const mail = await render('en', {
      items: [{ id: ITEM, title: 'Launch', summary, imageUrl: null }],
    });
    return /Launch\n(.*)\nShare on LinkedIn/.exec(mail.text)?.[1] ?? '';
  };

  it('cuts a long summary at a word, with an ellipsis', async () => {
    const shown = await shownSummary(`${'Our team shipped the new release. '.repeat(10)}The end`);
    expect(shown).toMatch(/^Our team shipped .*(Our|team|shipped|the|new|release\.)…$/);
    expect(shown.length).toBeLessThanOrEqual(240);
  });

  it('cuts a summary written without spaces between graphemes, never inside an emoji', async () => {
    const summary = `${'新'.repeat(238)}${'👩🏽‍💻'.repeat(5)}`;
    expect(await shownSummary(summary)).toBe(`${'新'.repeat(238)}…`);
  });

  it('escapes titles in the HTML part and names an untitled item', async () => {
    const mail = await render('en');
    expect(mail.html).toContain('Our &lt;new&gt; office');
    expect(mail.html).toContain('We moved &amp; grew.');
    expect(mail.text).toContain('Our <new> office\nWe moved & grew.\nShare on LinkedIn');
    expect(mail.text).toContain('Untitled post');
  });

  it('gives the figures, the policy and the training news, and the footer links', async () => {
    const mail = await render('en');
    expect(mail.subject).toBe('2 posts to share, picked for you');
    expect(mail.text).toContain('Shares: 3 · verified: 2 · clicks on your links: 41');
    expect(mail.text).toContain(
      'Version 4 of the social media policy is waiting for your signature.',
    );
    expect(mail.text).toContain('2 training lessons are new or updated.');
    expect(mail.text).toContain(
      'Choose how often you get this mail\nhttps://chorus.example/profile/notifications',
    );
    expect(mail.text).toContain(
      'Unsubscribe from the digest\nhttps://chorus.example/unsubscribe/token.sig\n',
    );
    expect(mail.html).toContain('href="https://chorus.example/unsubscribe/token.sig"');
  });

  it('says so when there is only news, and encourages a first share', async () => {
    const mail = await render('da', {
      items: [],
      figures: { shares: 0, verifiedShares: 0, clicks: 0 },
      trainingLessons: 0,
    });
    expect(mail.subject).toBe('Nyt til dig på Chorus');
    expect(mail.text).toContain(
      'Version 4 af politikken for sociale medier venter på din underskrift.',
    );
    expect(mail.text).toContain('Du har ikke delt noget siden dit sidste overblik.');
    expect(mail.text).not.toContain('træningen');
  });
});
