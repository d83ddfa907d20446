import { escalationNetworkName, reportPagePath } from './advocacy';
import {
  chatWords,
  isWebLink,
  type ChatItem,
  type ChatMessageContext,
  type ChatReport,
  type ChatSubject,
} from './chat-messages';
import { ELLIPSIS, truncateText } from './chat-text';
import { shareLinkUrl } from './share-sources';

/**
 * What Teams accepts from a Workflows webhook: a `message` whose attachment is an Adaptive Card
 * (schema 1.4, which Teams renders in channels), the whole body under 28 KB. The lengths below
 * are Chorus's own, to keep a card readable; Adaptive Cards set no limit on a TextBlock.
 */
export const TEAMS_LIMITS = {
  payloadBytes: 28 * 1024,
  titleText: 300,
  bodyText: 2000,
  actionTitle: 75,
  url: 2048,
} as const;

export const ADAPTIVE_CARD_VERSION = '1.4';
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export type AdaptiveElement =
  | {
      type: 'TextBlock';
      text: string;
      wrap: true;
      size?: 'Medium' | 'Large';
      weight?: 'Bolder';
      isSubtle?: boolean;
    }
  | { type: 'Image'; url: string; altText: string; size: 'Stretch' };

export interface AdaptiveOpenUrl {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
  style?: 'positive';
}

export interface AdaptiveCard {
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  type: 'AdaptiveCard';
  version: typeof ADAPTIVE_CARD_VERSION;
  body: AdaptiveElement[];
  actions: AdaptiveOpenUrl[];
  msteams: { width: 'Full' };
}

/** The JSON body posted to a Teams Workflows webhook. */
export interface TeamsMessage {
  type: 'message';
  /** What a notification or a screen reader says when it cannot show the card. */
  summary: string;
  attachments: Array<{
    contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE;
    contentUrl: null;
    content: AdaptiveCard;
  }>;
}

/** A Teams message about `subject`, in the channel's language. */
export function teamsMessage(subject: ChatSubject, context: ChatMessageContext): TeamsMessage {
  switch (subject.kind) {
    case 'item':
      return teamsItemMessage(subject.item, context);
    case 'report':
      return teamsReportMessage(subject.report, context);
    case 'test':
      return teamsTestMessage(context);
  }
}

/** An approved item: its title, picture and summary, and a "Share" button into Chorus. */
export function teamsItemMessage(item: ChatItem, { publicUrl, language }: ChatMessageContext) {
  const say = chatWords(language);
  const body: AdaptiveElement[] = [heading(item.title)];
  if (item.imageUrl && item.imageUrl.length <= TEAMS_LIMITS.url) {
    body.push({
      type: 'Image',
      url: item.imageUrl,
      altText: truncateText(item.title, TEAMS_LIMITS.titleText),
      size: 'Stretch',
    });
  }
  body.push(text(item.summary?.trim() || say('chat:item.ready')));
  if (item.siteName) body.push(subtle(say('chat:item.from', { site: item.siteName })));
  return card(say('chat:item.fallback', { title: item.title }), body, [
    openUrl(say('chat:item.share'), shareLinkUrl(publicUrl, item.id, { source: 'teams' }), true),
  ]);
}

/** A new report of a hostile comment, for the social media team. */
export function teamsReportMessage(
  report: ChatReport,
  { publicUrl, language }: ChatMessageContext,
) {
  const say = chatWords(language);
  const network = escalationNetworkName(report.network);
  const where = network ? say('chat:report.seenOn', { network }) : say('chat:report.seenElsewhere');
  const title = say('chat:report.title');
  const body: AdaptiveElement[] = [heading(title), text(report.excerpt)];
  if (report.description.trim() !== '') {
    body.push(text(`${say('chat:report.description')}: ${report.description}`));
  }
  const facts = [where];
  if (report.reporterName) facts.push(say('chat:report.reportedBy', { name: report.reporterName }));
  body.push(subtle(facts.join(' · ')));
  const actions = [
    openUrl(say('chat:report.open'), `${publicUrl}${reportPagePath(report.id)}`, true),
  ];
  if (isWebLink(report.url, TEAMS_LIMITS.url)) {
    actions.push(openUrl(say('chat:report.view'), report.url));
  }
  return card(`${title}: ${where}`, body, actions);
}

/** The message an admin sends to check that a channel works. */
export function teamsTestMessage({ language }: ChatMessageContext): TeamsMessage {
  const say = chatWords(language);
  const title = say('chat:test.title');
  return card(title, [heading(title), text(say('chat:test.text'))], []);
}

function card(summary: string, body: AdaptiveElement[], actions: AdaptiveOpenUrl[]): TeamsMessage {
  return {
    type: 'message',
    summary: truncateText(summary, TEAMS_LIMITS.titleText),
    attachments: [
      {
        contentType: ADAPTIVE_CARD_CONTENT_TYPE,
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: ADAPTIVE_CARD_VERSION,
          body,
          actions,
          msteams: { width: 'Full' },
        },
      },
    ],
  };
}

function heading(value: string): AdaptiveElement {
  const line = value.replace(/\s+/g, ' ').trim() || ELLIPSIS;
  return {
    type: 'TextBlock',
    text: truncateText(line, TEAMS_LIMITS.titleText),
    wrap: true,
    size: 'Large',
    weight: 'Bolder',
  };
}

function text(value: string): AdaptiveElement {
  return {
    type: 'TextBlock',
    text: truncateText(value.trim() || ELLIPSIS, TEAMS_LIMITS.bodyText),
    wrap: true,
  };
}

function subtle(value: string): AdaptiveElement {
  return {
    type: 'TextBlock',
    text: truncateText(value, TEAMS_LIMITS.bodyText),
    wrap: true,
    isSubtle: true,
  };
}

function openUrl(title: string, url: string, primary = false): AdaptiveOpenUrl {
  return {
    type: 'Action.OpenUrl',
    title: truncateText(title, TEAMS_LIMITS.actionTitle),
    url,
    ...(primary ? { style: 'positive' as const } : {}),
  };
}
