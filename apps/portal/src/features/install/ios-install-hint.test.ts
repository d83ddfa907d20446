import {
  IOS_INSTALL_HINT_KEY,
  offersIosInstallHint,
  type InstallHintBrowser,
} from './ios-install-hint';

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const MAC_SAFARI =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';
const IPHONE_CHROME =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1';
const IPHONE_FIREFOX =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15';
const ANDROID_CHROME =
  'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

function browser(overrides: Partial<InstallHintBrowser>): InstallHintBrowser {
  return {
    userAgent: IPHONE_SAFARI,
    platform: 'iPhone',
    maxTouchPoints: 5,
    standalone: false,
    displayModeStandalone: false,
    storage: window.localStorage,
    ...overrides,
  };
}

describe('the "Add to Home Screen" hint', () => {
  it('is offered in Safari on an iPhone, and on an iPad (which calls itself a Mac with touch)', () => {
    expect(offersIosInstallHint(browser({}))).toBe(true);
    expect(offersIosInstallHint(browser({ userAgent: MAC_SAFARI, platform: 'MacIntel' }))).toBe(
      true,
    );
  });

  it.each([
    ['Safari on a Mac', { userAgent: MAC_SAFARI, platform: 'MacIntel', maxTouchPoints: 0 }],
    ['Chrome on an iPhone', { userAgent: IPHONE_CHROME }],
    ['Firefox on an iPhone', { userAgent: IPHONE_FIREFOX }],
    [
      'Chrome on Android (which offers to install by itself)',
      { userAgent: ANDROID_CHROME, platform: 'Linux armv81' },
    ],
    ['Chorus opened from the home screen', { standalone: true }],
    ['an installed app window', { displayModeStandalone: true }],
  ])('is not offered to %s', (_who, overrides: Partial<InstallHintBrowser>) => {
    expect(offersIosInstallHint(browser(overrides))).toBe(false);
  });

  it('is not offered again once dismissed', () => {
    window.localStorage.setItem(IOS_INSTALL_HINT_KEY, '2026-12-07T09:00:00.000Z');
    expect(offersIosInstallHint(browser({}))).toBe(false);
  });
});
