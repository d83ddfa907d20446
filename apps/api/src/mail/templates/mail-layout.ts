import mjml2html from 'mjml';
import { escapeHtml } from '../../common/html';
import type { MailBlock, MailDocument } from './mail-document';
import { assertWebLink } from './mail-document';

/**
 * The HTML part through MJML: responsive tables that the common clients (Outlook included)
 * render, system fonts only (no external fonts or images), no tracking.
 *
 * Compiling MJML costs ~10 ms of CPU, so a layout is compiled once per shape of mail (the
 * sequence of its blocks' shapes: their kinds, and for content items how many buttons and
 * whether a summary and a picture; and how many footer links) with slots in place of every
 * text, and each mail fills the slots of the cached HTML with escaped values: one pass of a
 * string replacement.
 */

/** What decides a block's markup, apart from its texts. */
interface BlockShape {
  kind: MailBlock['kind'];
  actions: number;
  summary: boolean;
  image: boolean;
}

const COLORS = {
  page: '#f1f3f5',
  card: '#ffffff',
  text: '#212529',
  muted: '#495057',
  brand: '#1c7ed6',
};

const FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/** Slots look like `@@name@@`: letters and digits only, so MJML passes them through untouched. */
const SLOT = /@@([a-z0-9]+)@@/g;

/** Right-to-left scripts among the languages Chorus may one day speak. */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur']);

/** The most layouts kept; mails of a new shape past it push the oldest out. */
const MAX_LAYOUTS = 64;

const layouts = new Map<string, Promise<string>>();

/** The HTML part of a mail. */
export async function renderHtml(mail: MailDocument): Promise<string> {
  const layout = await compiledLayout(mail.blocks.map(shapeOf), mail.links?.length ?? 0);
  const values = slotValues(mail);
  return layout.replace(SLOT, (_, name: string) => {
    const value = values.get(name);
    if (value === undefined) throw new Error(`The mail layout has no value for ${name}`);
    return escapeHtml(value);
  });
}

/** The layout for mails made of these blocks, compiled on first use. */
function compiledLayout(blocks: readonly BlockShape[], links: number): Promise<string> {
  const shape = [
    ...blocks.map((block) =>
      [block.kind, block.actions, Number(block.summary), Number(block.image)].join(':'),
    ),
    `links:${links}`,
  ].join(',');
  const cached = layouts.get(shape);
  if (cached) return cached;
  const compiled = compile(blocks, links);
  layouts.set(shape, compiled);
  // A failed compilation is not kept, so the next mail tries again.
  compiled.catch(() => layouts.delete(shape));
  if (layouts.size > MAX_LAYOUTS) layouts.delete(layouts.keys().next().value!);
  return compiled;
}

function shapeOf(block: MailBlock): BlockShape {
  return block.kind === 'item'
    ? {
        kind: block.kind,
        actions: block.actions.length,
        summary: block.summary !== null,
        image: block.image !== null,
      }
    : { kind: block.kind, actions: 0, summary: false, image: false };
}

async function compile(blocks: readonly BlockShape[], links: number): Promise<string> {
  const { html, errors } = await mjml2html(layoutSource(blocks, links), {
    validationLevel: 'strict',
    // No web fonts: nothing in a mail is loaded from elsewhere.
    fonts: {},
    keepComments: false,
  });
  if (errors.length > 0) throw new Error(`The mail layout is invalid: ${errors[0]!.message}`);
  return html;
}

function layoutSource(shapes: readonly BlockShape[], links: number): string {
  const blocks = shapes.map((shape, index) => BLOCK_SOURCES[shape.kind](index, shape)).join('\n');
  const footerLinks = Array.from(
    { length: links },
    (_, j) => `<a href="@@linkurl${j}@@" style="color: ${COLORS.muted};">@@linklabel${j}@@</a>`,
  ).join(' &#183; ');
  return `<mjml lang="@@lang@@" dir="@@dir@@">
  <mj-head>
    <mj-title>@@subject@@</mj-title>
    <mj-preview>@@preview@@</mj-preview>
    <mj-attributes>
      <mj-all font-family="${FONT}" />
      <mj-text font-size="16px" line-height="24px" color="${COLORS.text}" padding="0 0 16px" />
    </mj-attributes>
  </mj-head>
  <mj-body background-color="${COLORS.page}" width="600px">
    <mj-section padding="24px 16px 8px">
      <mj-column>
        <mj-text font-size="14px" font-weight="700" color="${COLORS.muted}" padding="0">@@organisation@@</mj-text>
      </mj-column>
    </mj-section>
    <mj-section background-color="${COLORS.card}" border-radius="8px" padding="24px 24px 8px">
      <mj-column>
        <mj-text>@@greeting@@</mj-text>
${blocks}
      </mj-column>
    </mj-section>
    <mj-section padding="16px 16px 32px">
      <mj-column>
        <mj-text font-size="13px" line-height="20px" color="${COLORS.muted}" padding="0">@@footer@@</mj-text>${
          links
            ? `
        <mj-text font-size="13px" line-height="20px" color="${COLORS.muted}" padding="8px 0 0">${footerLinks}</mj-text>`
            : ''
        }
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
}

const ITEM_BUTTON_STYLE = [
  'display: inline-block',
  `background-color: ${COLORS.brand}`,
  'color: #ffffff',
  'font-size: 15px',
  'font-weight: 600',
  'line-height: 20px',
  'padding: 8px 16px',
  'border-radius: 6px',
  'text-decoration: none',
  'white-space: nowrap',
].join('; ');

const BLOCK_SOURCES: Record<MailBlock['kind'], (index: number, shape: BlockShape) => string> = {
  heading: (i) =>
    `        <mj-text font-size="18px" font-weight="700" padding="8px 0 8px">@@text${i}@@</mj-text>`,
  item: (i, shape) =>
    [
      `        <mj-divider border-width="1px" border-color="${COLORS.page}" padding="8px 0 16px" />`,
      shape.image
        ? `        <mj-image src="@@img${i}@@" alt="@@alt${i}@@" width="552px" border-radius="6px" padding="0 0 12px" align="left" />`
        : '',
      `        <mj-text font-size="17px" font-weight="700" padding="0 0 8px">@@title${i}@@</mj-text>`,
      shape.summary
        ? `        <mj-text font-size="15px" line-height="22px" color="${COLORS.muted}" padding="0 0 8px">@@summary${i}@@</mj-text>`
        : '',
      // The buttons as styled links in one paragraph, not a table each: a digest has up to 8
      // items times every network, and MJML's buttons would make it several times larger.
      shape.actions > 0
        ? `        <mj-text padding="4px 0 8px" line-height="40px">${Array.from(
            { length: shape.actions },
            (_, j) =>
              `<a href="@@url${i}x${j}@@" style="${ITEM_BUTTON_STYLE}">@@label${i}x${j}@@</a>`,
          ).join(' ')}</mj-text>`
        : '',
    ]
      .filter(Boolean)
      .join('\n'),
  link: (i) =>
    `        <mj-text font-size="13px" line-height="20px" color="${COLORS.muted}">@@text${i}@@ <a href="@@url${i}@@" style="color: ${COLORS.brand};">@@label${i}@@</a></mj-text>`,
  paragraph: (i) => `        <mj-text>@@text${i}@@</mj-text>`,
  note: (i) =>
    `        <mj-text font-size="14px" line-height="20px" color="${COLORS.muted}">@@text${i}@@</mj-text>`,
  action: (
    i,
  ) => `        <mj-button href="@@url${i}@@" background-color="${COLORS.brand}" color="#ffffff" font-size="16px" font-weight="600" border-radius="6px" inner-padding="12px 24px" padding="8px 0 16px" align="left">@@label${i}@@</mj-button>
        <mj-text font-size="13px" line-height="20px" color="${COLORS.muted}">@@fallback${i}@@<br /><a href="@@url${i}@@" style="color: ${COLORS.brand}; word-break: break-all;">@@url${i}@@</a></mj-text>`,
};

function slotValues(mail: MailDocument): Map<string, string> {
  const values = new Map<string, string>([
    ['lang', mail.language],
    ['dir', RTL_LANGUAGES.has(mail.language) ? 'rtl' : 'ltr'],
    ['subject', mail.subject],
    ['preview', mail.preview],
    ['organisation', mail.organisation ?? 'Chorus'],
    ['greeting', mail.greeting],
    ['footer', mail.footer],
  ]);
  (mail.links ?? []).forEach((link, j) => {
    values.set(`linkurl${j}`, assertWebLink(link.url));
    values.set(`linklabel${j}`, link.label);
  });
  mail.blocks.forEach((block: MailBlock, index) => {
    if (block.kind === 'action') {
      values.set(`url${index}`, assertWebLink(block.url));
      values.set(`label${index}`, block.label);
      values.set(`fallback${index}`, block.fallback);
    } else if (block.kind === 'item') {
      values.set(`title${index}`, block.title);
      if (block.summary !== null) values.set(`summary${index}`, block.summary);
      if (block.image) {
        values.set(`img${index}`, assertWebLink(block.image.url));
        values.set(`alt${index}`, block.image.alt);
      }
      block.actions.forEach((action, j) => {
        values.set(`url${index}x${j}`, assertWebLink(action.url));
        values.set(`label${index}x${j}`, action.label);
      });
    } else if (block.kind === 'link') {
      values.set(`text${index}`, block.text);
      values.set(`url${index}`, assertWebLink(block.url));
      values.set(`label${index}`, block.label);
    } else {
      values.set(`text${index}`, block.text);
    }
  });
  return values;
}
