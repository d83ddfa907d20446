import { channelWantsItem, checkWebhookUrl, maskWebhookUrl } from './chat-channels';

describe('checkWebhookUrl', () => {
  it.each([
    'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
    'https://hooks.slack.com:443/services/T0A1B2C3D/B0A1B2C3D/abcDEF123',
  ])('accepts the Slack incoming webhook %s', (url) => {
    expect(checkWebhookUrl('slack', url)).toBeNull();
  });

  it.each([
    'https://prod-27.westeurope.logic.azure.com:443/workflows/0a1b2c3d4e5f/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=AbC123',
    'https://default0a1b2c3d4e5f.12.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/0a1b2c3d4e5f/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=AbC123',
    'https://acme.webhook.office.com/webhookb2/0a1b-2c3d@0a1b-2c3d/IncomingWebhook/0a1b2c3d/0a1b-2c3d',
  ])('accepts the Teams webhook %s', (url) => {
    expect(checkWebhookUrl('teams', url)).toBeNull();
  });

  it.each([
    ['not a URL', 'hooks.slack.com/services/T0/B0/X', 'invalid'],
    ['plain http', 'http://hooks.slack.com/services/T0/B0/X', 'not_https'],
    ['another host', 'https://hooks.slack.com.evil.example/services/T0/B0/X', 'not_slack'],
    ['a look-alike host', 'https://evilhooks.slack.com/services/T0/B0/X', 'not_slack'],
    ['a Slack workflow trigger', 'https://hooks.slack.com/triggers/T0/1/abc', 'not_slack'],
    ['another port', 'https://hooks.slack.com:8443/services/T0/B0/X', 'not_slack'],
    ['credentials', 'https://user:pw@hooks.slack.com/services/T0/B0/X', 'credentials'],
    [
      'a Teams address',
      'https://prod-1.westus.logic.azure.com/workflows/a/triggers/manual/paths/invoke',
      'not_slack',
    ],
  ])('refuses for Slack %s', (_what, url, problem) => {
    expect(checkWebhookUrl('slack', url)).toBe(problem);
  });

  it.each([
    ['a Slack address', 'https://hooks.slack.com/services/T0/B0/X'],
    [
      'a Logic Apps path that is not a trigger',
      'https://prod-1.westus.logic.azure.com/workflows/a/runs',
    ],
    [
      'a host that only ends like Azure',
      'https://evil-logic.azure.com.example/workflows/a/triggers/manual/paths/invoke',
    ],
    [
      'the bare Power Platform domain',
      'https://environment.api.powerplatform.com/powerautomate/automations/direct/workflows/a/triggers/manual/paths/invoke',
    ],
  ])('refuses for Teams %s', (_what, url) => {
    expect(checkWebhookUrl('teams', url)).toBe('not_teams');
  });

  it('refuses an address longer than Chorus keeps', () => {
    expect(
      checkWebhookUrl('slack', `https://hooks.slack.com/services/T0/B0/${'x'.repeat(3000)}`),
    ).toBe('too_long');
  });

  it('lets an allowed host:port stand in for the provider, plain http included (tests)', () => {
    const allow = ['127.0.0.1:4567'];
    expect(checkWebhookUrl('slack', 'http://127.0.0.1:4567/services/T0/B0/X', allow)).toBeNull();
    expect(
      checkWebhookUrl(
        'teams',
        'http://127.0.0.1:4567/workflows/a/triggers/manual/paths/invoke?sig=x',
        allow,
      ),
    ).toBeNull();
    expect(checkWebhookUrl('slack', 'http://127.0.0.1:4568/services/T0/B0/X', allow)).toBe(
      'not_https',
    );
    expect(checkWebhookUrl('slack', 'http://127.0.0.1:4567/anything', allow)).toBe('not_slack');
  });
});

describe('maskWebhookUrl', () => {
  it('shows the origin and the last four characters only', () => {
    expect(maskWebhookUrl('https://hooks.slack.com/services/T000/B000/abcdefghWXYZ')).toBe(
      'https://hooks.slack.com/…/WXYZ',
    );
    expect(
      maskWebhookUrl(
        'https://prod-1.westus.logic.azure.com:443/workflows/a/triggers/manual/paths/invoke?sig=secretQRST',
      ),
    ).toBe('https://prod-1.westus.logic.azure.com/…/QRST');
  });

  it('shows no part of a short or broken address', () => {
    expect(maskWebhookUrl('short')).toBe('/…/');
  });
});

describe('channelWantsItem', () => {
  const item = { topicIds: ['t1'], departmentIds: ['sales'], language: 'de' };
  const all = { topicIds: [], departmentIds: [], languages: [] };

  it('sends every item to a channel without filters', () => {
    expect(channelWantsItem(all, item)).toBe(true);
  });

  it('sends an item only to channels for one of its topics', () => {
    expect(channelWantsItem({ ...all, topicIds: ['t1', 't2'] }, item)).toBe(true);
    expect(channelWantsItem({ ...all, topicIds: ['t2'] }, item)).toBe(false);
    expect(channelWantsItem({ ...all, topicIds: ['t2'] }, { ...item, topicIds: [] })).toBe(false);
  });

  it('sends an item for one department to that department, and one for everyone to all', () => {
    expect(channelWantsItem({ ...all, departmentIds: ['sales'] }, item)).toBe(true);
    expect(channelWantsItem({ ...all, departmentIds: ['hr'] }, item)).toBe(false);
    expect(
      channelWantsItem({ ...all, departmentIds: ['hr'] }, { ...item, departmentIds: [] }),
    ).toBe(true);
  });

  it('sends an item to channels for its language, holding back none whose language is unknown', () => {
    expect(channelWantsItem({ ...all, languages: ['de', 'en'] }, item)).toBe(true);
    expect(channelWantsItem({ ...all, languages: ['en'] }, item)).toBe(false);
    expect(channelWantsItem({ ...all, languages: ['en'] }, { ...item, language: null })).toBe(true);
  });
});
