import type { ChatItem, ChatReport, ChatSubject } from './chat-messages';
import { UI_LANGUAGES } from './languages';
import { slackMessage, type SlackMessage } from './slack-blocks';
import { teamsMessage, type TeamsMessage } from './teams-card';

// The field rules below are written from the published documentation, not from the builders:
// Slack's Block Kit reference (docs.slack.dev/reference/block-kit: blocks, block elements,
// composition objects) and the Adaptive Cards schema explorer (adaptivecards.io/explorer) with
// Teams' notes on Workflows webhooks (type "message", one Adaptive Card attachment, 28 KB).

type Json = Record<string, unknown>;

function slackProblems(message: SlackMessage): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, problem: string) => ok || problems.push(problem);
  const textObject = (value: unknown, where: string, max: number, plainOnly = false) => {
    const text = value as Json | undefined;
    need(typeof text === 'object' && text !== null, `${where}: a text object is required`);
    if (!text) return;
    need(
      text.type === 'plain_text' || (!plainOnly && text.type === 'mrkdwn'),
      `${where}: type ${String(text.type)}`,
    );
    need(typeof text.text === 'string' && text.text.length >= 1, `${where}: text is empty`);
    need(String(text.text).length <= max, `${where}: longer than ${max}`);
  };
  const image = (value: Json, where: string) => {
    need(
      typeof value.image_url === 'string' && value.image_url !== '',
      `${where}: image_url required`,
    );
    need(String(value.image_url).length <= 3000, `${where}: image_url longer than 3000`);
    need(
      typeof value.alt_text === 'string' && value.alt_text !== '',
      `${where}: alt_text required`,
    );
    need(String(value.alt_text).length <= 2000, `${where}: alt_text longer than 2000`);
  };
  need(typeof message.text === 'string' && message.text !== '', 'text: the fallback is required');
  need(Array.isArray(message.blocks) && message.blocks.length <= 50, 'blocks: at most 50');
  message.blocks.forEach((raw, index) => {
    const block = raw as unknown as Json;
    const where = `blocks[${index}] (${String(block.type)})`;
    switch (block.type) {
      case 'header':
        textObject(block.text, where, 150, true);
        break;
      case 'section':
        textObject(block.text, where, 3000);
        if (block.accessory) {
          const accessory = block.accessory as Json;
          need(['image', 'button'].includes(String(accessory.type)), `${where}: accessory type`);
          if (accessory.type === 'image') image(accessory, `${where}.accessory`);
        }
        break;
      case 'context': {
        const elements = block.elements as Json[];
        need(elements.length >= 1 && elements.length <= 10, `${where}: 1 to 10 elements`);
        elements.forEach((element, i) =>
          element.type === 'image'
            ? image(element, `${where}.elements[${i}]`)
            : textObject(element, `${where}.elements[${i}]`, 3000),
        );
        break;
      }
      case 'actions': {
        const elements = block.elements as Json[];
        need(elements.length >= 1 && elements.length <= 25, `${where}: 1 to 25 elements`);
        for (const [i, button] of elements.entries()) {
          const at = `${where}.elements[${i}]`;
          need(button.type === 'button', `${at}: type`);
          textObject(button.text, at, 75, true);
          need(typeof button.url === 'string' && String(button.url).length <= 3000, `${at}: url`);
          need(/^https?:\/\//.test(String(button.url)), `${at}: url is not a web address`);
          need(String(button.action_id ?? '').length <= 255, `${at}: action_id`);
          need(
            button.style === undefined || ['primary', 'danger'].includes(String(button.style)),
            `${at}: style`,
          );
        }
        break;
      }
      default:
        problems.push(`${where}: not a block type this message should use`);
    }
  });
  return problems;
}

function teamsProblems(message: TeamsMessage): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, problem: string) => ok || problems.push(problem);
  need(message.type === 'message', 'type must be "message"');
  need(Buffer.byteLength(JSON.stringify(message)) <= 28 * 1024, 'the body is larger than 28 KB');
  need(message.attachments.length === 1, 'exactly one attachment');
  const [attachment] = message.attachments;
  need(
    attachment.contentType === 'application/vnd.microsoft.card.adaptive',
    'contentType is not an Adaptive Card',
  );
  const card = attachment.content as unknown as Json;
  need(card.type === 'AdaptiveCard', 'content.type must be AdaptiveCard');
  need(/^1\.[0-5]$/.test(String(card.version)), 'version must be one Teams renders (1.0 to 1.5)');
  need(Array.isArray(card.body), 'body is an array');
  for (const [i, element] of (card.body as Json[]).entries()) {
    const at = `body[${i}] (${String(element.type)})`;
    if (element.type === 'TextBlock') {
      need(typeof element.text === 'string' && element.text !== '', `${at}: text required`);
      need(
        element.size === undefined ||
          ['Small', 'Default', 'Medium', 'Large', 'ExtraLarge'].includes(String(element.size)),
        `${at}: size`,
      );
      need(
        element.weight === undefined ||
          ['Lighter', 'Default', 'Bolder'].includes(String(element.weight)),
        `${at}: weight`,
      );
    } else if (element.type === 'Image') {
      need(
        typeof element.url === 'string' && /^https?:\/\//.test(String(element.url)),
        `${at}: url required`,
      );
      need(
        element.size === undefined ||
          ['Auto', 'Stretch', 'Small', 'Medium', 'Large'].includes(String(element.size)),
        `${at}: size`,
      );
    } else {
      problems.push(`${at}: not an element this card should use`);
    }
  }
  for (const [i, action] of ((card.actions as Json[]) ?? []).entries()) {
    const at = `actions[${i}]`;
    need(action.type === 'Action.OpenUrl', `${at}: type`);
    need(typeof action.title === 'string' && action.title !== '', `${at}: title`);
    need(
      typeof action.url === 'string' && /^https?:\/\//.test(String(action.url)),
      `${at}: url required`,
    );
    need(
      action.style === undefined ||
        ['default', 'positive', 'destructive'].includes(String(action.style)),
      `${at}: style`,
    );
  }
  return problems;
}

const publicUrl = 'https://chorus.acme.example';

const plainItem: ChatItem = {
  id: '3f0c2b8e-9a8d-4d47-8f0e-0c7c9ac6e0a1',
  title: 'Our new plant in Aarhus opens',
  summary: 'Three hundred jobs, and the first carbon-neutral line in the group.',
  siteName: 'Acme Newsroom',
  imageUrl: `${publicUrl}/api/channels/images/3f0c2b8e?v=abc&sig=def`,
};

const hostileItem: ChatItem = {
  id: 'a1b2c3d4-0000-4000-8000-000000000000',
  title: `<!channel> ${'Big news 🇩🇰👨‍👩‍👧‍👦 é '.repeat(40)}`,
  summary: `<https://evil.example|click> & ${'x'.repeat(5000)}`,
  siteName: '<@U123> & co',
  imageUrl: null,
};

const report: ChatReport = {
  id: '5e5e5e5e-0000-4000-8000-000000000000',
  network: 'linkedin',
  url: 'https://www.linkedin.com/feed/update/urn:li:activity:1',
  excerpt: `You people are <!here> ${'awful\n'.repeat(1200)}`,
  description: 'Posted under our hiring announcement. '.repeat(100),
  reporterName: 'Mette Sørensen',
};

const subjects: Array<[string, ChatSubject]> = [
  ['an approved item', { kind: 'item', item: plainItem }],
  ['an item with hostile, overlong text and no picture', { kind: 'item', item: hostileItem }],
  [
    'an item without summary or site',
    { kind: 'item', item: { ...plainItem, summary: null, siteName: null } },
  ],
  ['a report', { kind: 'report', report }],
  [
    'a report from elsewhere by someone who left, with a link that is not a web address',
    {
      kind: 'report',
      report: {
        ...report,
        network: 'other',
        reporterName: null,
        url: 'javascript:alert(1)',
        description: '',
      },
    },
  ],
  ['a test', { kind: 'test' }],
];

describe.each(UI_LANGUAGES)('chat messages in %s', (language) => {
  it.each(subjects)(
    'builds a Slack message for %s that meets Block Kit rules',
    (_what, subject) => {
      expect(slackProblems(slackMessage(subject, { publicUrl, language }))).toEqual([]);
    },
  );

  it.each(subjects)(
    'builds a Teams card for %s that meets Adaptive Card rules',
    (_what, subject) => {
      expect(teamsProblems(teamsMessage(subject, { publicUrl, language }))).toEqual([]);
    },
  );
});

describe('a Slack message about an approved item', () => {
  const message = slackMessage({ kind: 'item', item: plainItem }, { publicUrl, language: 'en' });

  it('shows the title, summary and thumbnail, and a Share button into Chorus', () => {
    expect(message.blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: plainItem.title, emoji: true } },
      {
        type: 'section',
        text: { type: 'mrkdwn', text: plainItem.summary },
        accessory: { type: 'image', image_url: plainItem.imageUrl, alt_text: plainItem.title },
      },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'From Acme Newsroom' }] },
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            text: { type: 'plain_text', text: 'Share', emoji: true },
            url: `${publicUrl}/share/${plainItem.id}?source=slack`,
            action_id: 'chorus_share',
            style: 'primary',
          },
        ],
      },
    ]);
    expect(message.text).toBe(`New to share: ${plainItem.title}`);
  });

  it("says it in the channel's language", () => {
    const danish = slackMessage({ kind: 'item', item: plainItem }, { publicUrl, language: 'da' });
    expect(danish.text).toBe(`Nyt at dele: ${plainItem.title}`);
    expect(JSON.stringify(danish.blocks)).toContain('"text":"Del"');
  });

  it('escapes what people wrote, so it cannot mention the channel or hide a link', () => {
    const hostile = slackMessage(
      { kind: 'item', item: hostileItem },
      { publicUrl, language: 'en' },
    );
    const mrkdwn = hostile.blocks.flatMap((block) =>
      'text' in block && block.text.type === 'mrkdwn' ? [block.text.text] : [],
    );
    expect(mrkdwn.join('\n')).not.toMatch(/<[!@h]/);
    expect(mrkdwn[0]).toMatch(/^&lt;https:\/\/evil\.example\|click&gt; &amp; x+…$/);
    expect(hostile.text).not.toContain('<!channel>');
  });
});

describe('a Teams card about an approved item', () => {
  it('shows the title, picture and summary, and a Share action into Chorus', () => {
    const message = teamsMessage({ kind: 'item', item: plainItem }, { publicUrl, language: 'en' });
    const card = message.attachments[0].content;
    expect(card.body.map((element) => element.type)).toEqual([
      'TextBlock',
      'Image',
      'TextBlock',
      'TextBlock',
    ]);
    expect(card.body[1]).toMatchObject({ url: plainItem.imageUrl, altText: plainItem.title });
    expect(card.actions).toEqual([
      {
        type: 'Action.OpenUrl',
        title: 'Share',
        url: `${publicUrl}/share/${plainItem.id}?source=teams`,
        style: 'positive',
      },
    ]);
  });
});

describe('a message about a new report', () => {
  it('links to the report in Chorus and to the comment, in the channel language', () => {
    const slack = slackMessage({ kind: 'report', report }, { publicUrl, language: 'de' });
    const actions = slack.blocks.find((block) => block.type === 'actions');
    expect(actions).toMatchObject({
      elements: [
        { text: { text: 'Meldung öffnen' }, url: `${publicUrl}/inbox/${report.id}` },
        { text: { text: 'Kommentar ansehen' }, url: report.url },
      ],
    });
    expect(slack.text).toBe('Neue Meldung eines feindseligen Kommentars: Gesehen auf LinkedIn');
  });

  it('names the network as the notification about it does', () => {
    const onXing = { kind: 'report' as const, report: { ...report, network: 'xing' as const } };
    const context = { publicUrl, language: 'en' };
    expect(slackMessage(onXing, context).text).toBe(
      'New report of a hostile comment: Seen on Xing',
    );
    expect(teamsMessage(onXing, context).summary).toBe(
      'New report of a hostile comment: Seen on Xing',
    );
  });

  it('quotes every line of the comment', () => {
    const slack = slackMessage({ kind: 'report', report }, { publicUrl, language: 'en' });
    const quoted = slack.blocks[1] as { text: { text: string } };
    expect(quoted.text.text.split('\n').every((line) => line.startsWith('>'))).toBe(true);
  });

  it('offers no button for a link that is not a web address', () => {
    const teams = teamsMessage(
      { kind: 'report', report: { ...report, url: 'javascript:alert(1)' } },
      { publicUrl, language: 'en' },
    );
    expect(teams.attachments[0].content.actions.map((action) => action.url)).toEqual([
      `${publicUrl}/inbox/${report.id}`,
    ]);
  });
});
