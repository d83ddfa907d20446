import mjml2html from 'mjml';
import type { MailDocument } from './mail-document';
import { renderText } from './mail-document';
import { renderHtml } from './mail-layout';

jest.mock('mjml', () => {
  const actual = jest.requireActual<typeof import('mjml')>('mjml');
  return { __esModule: true, default: jest.fn(actual) };
});

const mail = (overrides: Partial<MailDocument> = {}): MailDocument => ({
  language: 'sv',
  subject: 'Ämne',
  preview: 'Förhandsvisning',
  organisation: 'Acme',
  greeting: 'Hej Lars!',
  blocks: [
    { kind: 'paragraph', text: 'Första stycket.' },
    { kind: 'action', label: 'Öppna', url: 'https://chorus.example/a?b=1&c=2', fallback: 'Länk:' },
    { kind: 'note', text: 'Liten text.' },
  ],
  footer: 'Skickat av Chorus för Acme.',
  ...overrides,
});

describe('the HTML part', () => {
  it('loads nothing from elsewhere: no images, fonts, style sheets or scripts', async () => {
    const html = await renderHtml(mail());
    expect(html).not.toMatch(/<img|<link|<script|@import|src=|url\(/i);
    const links = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    expect(links).toEqual([
      'https://chorus.example/a?b=1&amp;c=2',
      'https://chorus.example/a?b=1&amp;c=2',
    ]);
  });

  it('has every sentence of the text part, in the same order', async () => {
    const html = await renderHtml(mail());
    const positions = [
      'Hej Lars!',
      'Första stycket.',
      'Öppna',
      'Länk:',
      'Liten text.',
      'Skickat av',
    ].map((sentence) => html.indexOf(sentence));
    expect(positions.every((at) => at > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('refuses a link that is not a web address, in both parts', async () => {
    const hostile = mail({
      blocks: [{ kind: 'action', label: 'x', url: 'javascript:alert(1)', fallback: 'y' }],
    });
    await expect(renderHtml(hostile)).rejects.toThrow('http(s)');
    expect(() => renderText(hostile)).toThrow('http(s)');
  });

  it('compiles MJML once per shape of mail, not once per mail', async () => {
    const compile = jest.mocked(mjml2html);
    const shape = [{ kind: 'note' as const, text: 'Endast en rad.' }];
    const before = compile.mock.calls.length;
    const first = await renderHtml(mail({ blocks: shape, greeting: 'Hej Ingrid!' }));
    const second = await renderHtml(mail({ blocks: shape, greeting: 'Hej Lars!' }));
    expect(compile.mock.calls.length - before).toBe(1);
    expect(first).toContain('Hej Ingrid!');
    expect(second).toContain('Hej Lars!');
  });
});

describe('the text part', () => {
  it('writes each button as its label with the link on the next line, and signs off', () => {
    expect(renderText(mail())).toBe(
      [
        'Hej Lars!',
        '',
        'Första stycket.',
        '',
        'Öppna',
        'https://chorus.example/a?b=1&c=2',
        '',
        'Liten text.',
        '',
        '-- ',
        'Skickat av Chorus för Acme.',
        '',
      ].join('\n'),
    );
  });
});

describe('a line with a link', () => {
  const withLink = mail({
    blocks: [
      { kind: 'link', text: 'Inga fler?', label: 'Avregistrera', url: 'https://c.example/u/a&b' },
    ],
  });

  it('links its label in the HTML part', async () => {
    const html = await renderHtml(withLink);
    expect(html).toContain('Inga fler? <a href="https://c.example/u/a&amp;b"');
    expect(html).toMatch(/>Avregistrera<\/a>/);
  });

  it('writes the label and the link after the sentence in the text part', () => {
    expect(renderText(withLink)).toContain('Inga fler?\nAvregistrera: https://c.example/u/a&b');
  });

  it('refuses a link that is not a web address', async () => {
    const hostile = mail({
      blocks: [{ kind: 'link', text: 'x', label: 'y', url: 'data:text/html,hi' }],
    });
    await expect(renderHtml(hostile)).rejects.toThrow('http(s)');
    expect(() => renderText(hostile)).toThrow('http(s)');
  });
});
