import { escalationNetworkName, reportPagePath } from './advocacy';
import {
  chatWords,
  isWebLink,
  type ChatItem,
  type ChatMessageContext,
  type ChatReport,
  type ChatSubject,
} from './chat-messages';
import { ELLIPSIS, escapeMrkdwn, truncateText } from './chat-text';
import { shareLinkUrl } from './share-sources';

/**
 * Slack Block Kit's documented limits (docs.slack.dev/reference/block-kit): a message holds at
 * most 50 blocks; a header's plain_text at most 150 characters; a section's text 3,000; a
 * context holds at most 10 elements; a button's text 75 and its url 3,000; an image's image_url
 * 3,000 and alt_text 2,000.
 */
export const SLACK_LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  contextElements: 10,
  buttonText: 75,
  buttonUrl: 3000,
  actionId: 255,
  imageUrl: 3000,
  altText: 2000,
  /** The `text` beside blocks is the notification and screen-reader fallback. */
  fallbackText: 3000,
} as const;

export interface SlackText {
  type: 'plain_text' | 'mrkdwn';
  text: string;
  emoji?: boolean;
}

export interface SlackImageElement {
  type: 'image';
  image_url: string;
  alt_text: string;
}

export interface SlackButton {
  type: 'button';
  text: SlackText & { type: 'plain_text' };
  url: string;
  action_id: string;
  style?: 'primary';
}

export type SlackBlock =
  | { type: 'header'; text: SlackText & { type: 'plain_text' } }
  | { type: 'section'; text: SlackText; accessory?: SlackImageElement }
  | { type: 'context'; elements: Array<SlackText | SlackImageElement> }
  | { type: 'actions'; elements: SlackButton[] };

/** The JSON body posted to a Slack incoming webhook. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
  /** Chorus's own buttons carry the address; Slack need not preview it again. */
  unfurl_links: false;
  unfurl_media: false;
}

/** A Slack message about `subject`, in the channel's language. */
export function slackMessage(subject: ChatSubject, context: ChatMessageContext): SlackMessage {
  switch (subject.kind) {
    case 'item':
      return slackItemMessage(subject.item, context);
    case 'report':
      return slackReportMessage(subject.report, context);
    case 'test':
      return slackTestMessage(context);
  }
}

/** An approved item: its title, summary and picture, and a "Share" button into Chorus. */
export function slackItemMessage(item: ChatItem, { publicUrl, language }: ChatMessageContext) {
  const say = chatWords(language);
  const section: SlackBlock = {
    type: 'section',
    text: mrkdwn(item.summary?.trim() || say('chat:item.ready')),
  };
  if (item.imageUrl && item.imageUrl.length <= SLACK_LIMITS.imageUrl) {
    section.accessory = {
      type: 'image',
      image_url: item.imageUrl,
      alt_text: truncateText(item.title, SLACK_LIMITS.altText),
    };
  }
  const blocks: SlackBlock[] = [header(item.title), section];
  if (item.siteName) {
    blocks.push({
      type: 'context',
      elements: [mrkdwn(say('chat:item.from', { site: item.siteName }))],
    });
  }
  blocks.push({
    type: 'actions',
    elements: [
      button(
        say('chat:item.share'),
        shareLinkUrl(publicUrl, item.id, { source: 'slack' }),
        'chorus_share',
        true,
      ),
    ],
  });
  return message(say('chat:item.fallback', { title: item.title }), blocks);
}

/** A new report of a hostile comment: what was said, where, by whom, and a way to the report. */
export function slackReportMessage(
  report: ChatReport,
  { publicUrl, language }: ChatMessageContext,
) {
  const say = chatWords(language);
  const network = escalationNetworkName(report.network);
  const where = network ? say('chat:report.seenOn', { network }) : say('chat:report.seenElsewhere');
  const title = say('chat:report.title');
  const blocks: SlackBlock[] = [header(title), { type: 'section', text: quote(report.excerpt) }];
  if (report.description.trim() !== '') {
    const label = `*${escapeMrkdwn(say('chat:report.description'))}*\n`;
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text:
          label +
          truncateText(report.description, SLACK_LIMITS.sectionText - label.length, escapeMrkdwn),
      },
    });
  }
  const facts = [where];
  if (report.reporterName) facts.push(say('chat:report.reportedBy', { name: report.reporterName }));
  blocks.push({ type: 'context', elements: facts.map((fact) => mrkdwn(fact)) });
  const buttons = [
    button(
      say('chat:report.open'),
      `${publicUrl}${reportPagePath(report.id)}`,
      'chorus_open_report',
      true,
    ),
  ];
  if (isWebLink(report.url, SLACK_LIMITS.buttonUrl)) {
    buttons.push(button(say('chat:report.view'), report.url, 'chorus_view_comment'));
  }
  blocks.push({ type: 'actions', elements: buttons });
  return message(`${title}: ${where}`, blocks);
}

/** The message an admin sends to check that a channel works. */
export function slackTestMessage({ language }: ChatMessageContext): SlackMessage {
  const say = chatWords(language);
  const title = say('chat:test.title');
  const text = say('chat:test.text');
  return message(title, [header(title), { type: 'section', text: mrkdwn(text) }]);
}

function message(fallback: string, blocks: SlackBlock[]): SlackMessage {
  return {
    text: truncateText(fallback, SLACK_LIMITS.fallbackText, escapeMrkdwn),
    blocks: blocks.slice(0, SLACK_LIMITS.blocks),
    unfurl_links: false,
    unfurl_media: false,
  };
}

function header(text: string): SlackBlock {
  return {
    type: 'header',
    text: {
      type: 'plain_text',
      text: truncateText(oneLine(text) || ELLIPSIS, SLACK_LIMITS.headerText),
      emoji: true,
    },
  };
}

/** Text a person wrote (or a sentence with their words in it), escaped for mrkdwn. */
function mrkdwn(text: string): SlackText {
  return { type: 'mrkdwn', text: truncateText(text, SLACK_LIMITS.sectionText, escapeMrkdwn) };
}

/** A quotation: each line after `>`, which Slack reads as a quote only at the start of a line. */
function quote(text: string): SlackText {
  // Half the limit for the text leaves room for a `>` before every line it can have.
  const escaped = truncateText(text.trim() || ELLIPSIS, SLACK_LIMITS.sectionText / 2, escapeMrkdwn);
  const quoted = escaped
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n');
  return { type: 'mrkdwn', text: quoted };
}

function button(text: string, url: string, actionId: string, primary = false): SlackButton {
  return {
    type: 'button',
    text: { type: 'plain_text', text: truncateText(text, SLACK_LIMITS.buttonText), emoji: true },
    url,
    action_id: actionId,
    ...(primary ? { style: 'primary' as const } : {}),
  };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
