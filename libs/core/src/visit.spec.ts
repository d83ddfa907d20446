import { SHARE_NETWORKS } from './post-length';
import {
  VISIT_CRAWLERS,
  VISIT_KINDS,
  classifyVisit,
  isVerifyingVisit,
  previewCrawlerOf,
  type Visit,
  type VisitCrawler,
} from './visit';

/** People, in browsers and in the networks' own apps: all of these are clicks. */
const HUMANS: [string, string][] = [
  [
    'Chrome, Windows',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  ],
  [
    'Chrome, macOS',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  ],
  [
    'Chrome, Android',
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  ],
  [
    'Chrome, iOS',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1',
  ],
  [
    'Firefox, Windows',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  ],
  [
    'Firefox, Linux',
    'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  ],
  ['Firefox, Android', 'Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0'],
  [
    'Safari, macOS',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1.1 Safari/605.1.15',
  ],
  [
    'Safari, iPhone',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1.1 Mobile/15E148 Safari/604.1',
  ],
  [
    'Safari, iPad',
    'Mozilla/5.0 (iPad; CPU OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.7 Mobile/15E148 Safari/604.1',
  ],
  [
    'Edge, Windows',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.70',
  ],
  [
    'Edge, Android',
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 EdgA/131.0.2903.61',
  ],
  [
    'Samsung Internet',
    'Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36',
  ],
  [
    'LinkedIn app, iOS',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [LinkedInApp]/9.30.1310',
  ],
  [
    'LinkedIn app, Android',
    'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240805.005; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/127.0.6533.103 Mobile Safari/537.36 [LinkedInApp]/4.1.989',
  ],
  [
    'Facebook app, iOS',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/474.0.0.41.109;FBBV/627375580;FBDV/iPhone15,3;FBMD/iPhone;FBSN/iOS;FBSV/17.5.1;FBSS/3;FBID/phone;FBLC/en_US;FBOP/5;FBRV/629475431]',
  ],
  [
    'Facebook app, Android',
    'Mozilla/5.0 (Linux; Android 14; SM-S918B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.134 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/474.0.0.52.74;]',
  ],
  [
    'Instagram app, iOS',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 340.0.5.22.109 (iPhone15,3; iOS 17_5_1; en_US; en; scale=3.00; 1290x2796; 621148452)',
  ],
  [
    'Instagram app, Android',
    'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240805.005; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/127.0.6533.103 Mobile Safari/537.36 Instagram 342.0.0.33.103 Android (34/14; 420dpi; 1080x2400; Google/google; Pixel 8; shiba; shiba; en_US; 631584063)',
  ],
  [
    'Threads app',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Barcelona 337.0.0.26.83 (iPhone15,3; iOS 17_5; en_US; en; scale=3.00; 1290x2796; 618839431)',
  ],
  [
    'X app, iOS',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Twitter for iPhone/10.52',
  ],
  [
    'Pinterest app',
    'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240805.005; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/127.0.6533.103 Mobile Safari/537.36 [Pinterest/Android]',
  ],
  [
    'Telegram app, Android',
    'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240805.005; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/127.0.6533.103 Mobile Safari/537.36 Telegram-Android/11.0.0 (Google Pixel 8; Android 14; SDK 34; HIGH)',
  ],
  [
    'Google app, iOS',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) GSA/323.0.647062479 Mobile/15E148 Safari/604.1',
  ],
  [
    'Slack desktop app',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.39.95 Chrome/126.0.6478.183 Electron/31.3.0 Safari/537.36 Sonic Slack_SSB/4.39.95',
  ],
  [
    'Teams desktop app',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Teams/1.7.00.13456 Chrome/114.0.5735.289 Electron/25.8.4 Safari/537.36',
  ],
];

/** Link-preview crawlers, each as it introduces itself, with whose it is. */
const PREVIEWS: [VisitCrawler, string][] = [
  [
    'linkedin',
    'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)',
  ],
  ['facebook', 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)'],
  ['facebook', 'facebookexternalhit/1.1'],
  ['facebook', 'Facebot'],
  ['x', 'Twitterbot/1.0'],
  ['xing', 'XING-contenttabreceiver/2.0'],
  ['reddit', 'Mozilla/5.0 (compatible; redditbot/1.0; +http://www.reddit.com/feedback)'],
  ['bluesky', 'Mozilla/5.0 (compatible; Bluesky Cardyb/1.1; +mailto:support@bsky.app)'],
  // Mastodon's link-card fetcher ("#{Mastodon::Version.user_agent} Bot" in its
  // FetchLinkCardService): as logged from freiburg.social, from mastodon.social, from an older
  // server without " Bot", and from the glitch-soc fork.
  ['mastodon', 'http.rb/5.1.0 (Mastodon/4.0.2; +https://freiburg.social/) Bot'],
  ['mastodon', 'http.rb/5.1.1 (Mastodon/4.2.1; +https://mastodon.social/) Bot'],
  ['mastodon', 'http.rb/4.4.1 (Mastodon/3.5.3; +https://fosstodon.org/)'],
  ['mastodon', 'http.rb/5.1.1 (Mastodon/4.2.0+glitch; +https://infosec.exchange/) Bot'],
  ['whatsapp', 'WhatsApp/2.23.20.0'],
  ['whatsapp', 'WhatsApp/2.2427.7 i'],
  ['telegram', 'TelegramBot (like TwitterBot)'],
  ['slack', 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)'],
  ['slack', 'Slack-ImgProxy (+https://api.slack.com/robots)'],
  ['discord', 'Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)'],
  [
    'skype',
    'Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5 skype-url-preview@microsoft.com',
  ],
  [
    'teams',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/51.0.2704.79 Safari/537.36 Edge/14.14393 MicrosoftPreview/2.0 +https://aka.ms/MicrosoftPreview',
  ],
  [
    'google',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/56.0.2924.87 Safari/537.36 Google-PageRenderer Google (+https://developers.google.com/+/web/snippet/)',
  ],
  [
    'apple',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_1) AppleWebKit/601.2.4 (KHTML, like Gecko) Version/9.0.1 Safari/601.2.4 facebookexternalhit/1.1 Facebot Twitterbot/1.0',
  ],
];

/** Search crawlers, SEO crawlers, scripts, headless browsers and mail scanners. */
const BOTS: [string, string | undefined][] = [
  ['Googlebot', 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'],
  [
    "Meta's general crawler",
    'meta-externalagent/1.1 (+https://developers.facebook.com/docs/sharing/webmasters/crawler)',
  ],
  [
    'Googlebot smartphone',
    'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.69 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  ],
  ['bingbot', 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)'],
  [
    'Applebot',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15 (Applebot/0.1; +http://www.apple.com/go/applebot)',
  ],
  ['AhrefsBot', 'Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)'],
  ['curl', 'curl/8.7.1'],
  ['Wget', 'Wget/1.21.4'],
  ['python-requests', 'python-requests/2.32.3'],
  ['Go', 'Go-http-client/1.1'],
  ['okhttp', 'okhttp/4.12.0'],
  ['axios', 'axios/1.7.7'],
  ['node-fetch', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)'],
  ['undici', 'undici'],
  ['Node fetch', 'node'],
  [
    'HeadlessChrome',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
  ],
  [
    'BingPreview (Defender SafeLinks)',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0 BingPreview/1.0b',
  ],
  [
    'Barracuda',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36 Barracuda',
  ],
  [
    'Proofpoint',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Proofpoint',
  ],
  ['Mimecast', 'Mimecast'],
  ['an empty user agent', ''],
  ['a blank user agent', '   '],
  ['no user agent', undefined],
];

const get = (userAgent: string | undefined): Visit => classifyVisit({ method: 'GET', userAgent });

describe('classifyVisit', () => {
  it.each(HUMANS)('counts %s as a click', (_name, userAgent) => {
    expect(get(userAgent)).toEqual({ kind: 'click', crawler: null });
  });

  it.each(PREVIEWS)('counts a %s crawler as a preview: %s', (crawler, userAgent) => {
    expect(get(userAgent)).toEqual({ kind: 'preview', crawler });
  });

  it.each(BOTS)('counts %s as a bot', (_name, userAgent) => {
    expect(get(userAgent)).toEqual({ kind: 'bot', crawler: null });
  });

  it('counts a HEAD request as head, whoever sends it, naming a known preview crawler', () => {
    const [browser, linkedInBot, curl] = [HUMANS[0][1], PREVIEWS[0][1], 'curl/8.7.1'];
    expect(classifyVisit({ method: 'HEAD', userAgent: browser })).toEqual({
      kind: 'head',
      crawler: null,
    });
    expect(classifyVisit({ method: 'head', userAgent: linkedInBot })).toEqual({
      kind: 'head',
      crawler: 'linkedin',
    });
    expect(classifyVisit({ method: 'HEAD', userAgent: curl })).toEqual({
      kind: 'head',
      crawler: null,
    });
    expect(classifyVisit({ method: 'HEAD', userAgent: undefined })).toEqual({
      kind: 'head',
      crawler: null,
    });
  });

  it("makes a person's click on their own share's link, signed in, a self-visit", () => {
    for (const [, userAgent] of HUMANS) {
      expect(classifyVisit({ method: 'GET', userAgent, bySharer: () => true })).toEqual({
        kind: 'self',
        crawler: null,
      });
      expect(classifyVisit({ method: 'GET', userAgent, bySharer: () => false })).toEqual({
        kind: 'click',
        crawler: null,
      });
    }
  });

  it('asks whether the sharer made it only of what would be a click', () => {
    const bySharer = jest.fn(() => true);
    for (const [, userAgent] of [...PREVIEWS, ...BOTS]) {
      expect(classifyVisit({ method: 'GET', userAgent, bySharer }).kind).not.toBe('self');
    }
    expect(classifyVisit({ method: 'HEAD', userAgent: HUMANS[0][1], bySharer }).kind).toBe('head');
    expect(bySharer).not.toHaveBeenCalled();
  });

  it('produces every kind, and names only listed crawlers', () => {
    const visits = [
      ...[...HUMANS, ...PREVIEWS, ...BOTS].map(([, userAgent]) => get(userAgent)),
      classifyVisit({ method: 'HEAD', userAgent: undefined }),
      classifyVisit({ method: 'GET', userAgent: HUMANS[0][1], bySharer: () => true }),
    ];
    expect(new Set(visits.map((visit) => visit.kind))).toEqual(new Set(VISIT_KINDS));
    for (const { crawler } of visits) if (crawler) expect(VISIT_CRAWLERS).toContain(crawler);
  });

  it('classifies other methods by their user agent', () => {
    expect(classifyVisit({ method: 'POST', userAgent: HUMANS[0][1] }).kind).toBe('click');
    expect(classifyVisit({ method: 'get', userAgent: 'Twitterbot/1.0' }).kind).toBe('preview');
  });
});

describe('isVerifyingVisit', () => {
  it('is verified by any human click, whatever the network', () => {
    for (const network of SHARE_NETWORKS) {
      expect(isVerifyingVisit({ kind: 'click', crawler: null }, network)).toBe(true);
    }
  });

  it("is never verified by the sharer's own visit", () => {
    for (const network of SHARE_NETWORKS) {
      expect(isVerifyingVisit({ kind: 'self', crawler: null }, network)).toBe(false);
    }
  });

  it("is verified by the share's own network's preview crawler only", () => {
    const linkedInBot = get(
      'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)',
    );
    expect(isVerifyingVisit(linkedInBot, 'linkedin')).toBe(true);
    expect(isVerifyingVisit(linkedInBot, 'x')).toBe(false);
    expect(
      isVerifyingVisit(
        get('Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)'),
        'linkedin',
      ),
    ).toBe(false);
    expect(isVerifyingVisit(get('WhatsApp/2.23.20.0'), 'whatsapp')).toBe(true);
  });

  it("verifies a Mastodon share by any Mastodon server's preview", () => {
    const mastodon = get('http.rb/5.1.1 (Mastodon/4.2.1; +https://mastodon.social/) Bot');
    expect(isVerifyingVisit(mastodon, 'mastodon')).toBe(true);
    expect(isVerifyingVisit(mastodon, 'bluesky')).toBe(false);
  });

  it("verifies a Threads share by Meta's shared preview crawler, which is Facebook's", () => {
    const meta = get('facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)');
    expect(meta).toEqual({ kind: 'preview', crawler: 'facebook' });
    expect(previewCrawlerOf('threads')).toBe('facebook');
    expect(isVerifyingVisit(meta, 'threads')).toBe(true);
    expect(isVerifyingVisit(meta, 'facebook')).toBe(true);
    // Meta's general crawler is no preview, and the Threads app's browser is a person.
    const general = get(
      'meta-externalagent/1.1 (+https://developers.facebook.com/docs/sharing/webmasters/crawler)',
    );
    expect(isVerifyingVisit(general, 'threads')).toBe(false);
    expect(VISIT_CRAWLERS).not.toContain('threads');
  });

  it('is never verified by a bot or a HEAD request, even from the right crawler', () => {
    expect(isVerifyingVisit(get('curl/8.7.1'), 'linkedin')).toBe(false);
    expect(isVerifyingVisit(get(undefined), 'email')).toBe(false);
    const head = classifyVisit({ method: 'HEAD', userAgent: 'Twitterbot/1.0' });
    expect(head.crawler).toBe('x');
    expect(isVerifyingVisit(head, 'x')).toBe(false);
  });
});
