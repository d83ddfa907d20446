/** Remembers that the "Add to Home Screen" hint was dismissed on this device. */
export const IOS_INSTALL_HINT_KEY = 'chorus.iosInstallHintDismissed';

/** What the hint's decision reads of the browser (`navigator`, `matchMedia`, localStorage). */
export interface InstallHintBrowser {
  userAgent: string;
  platform: string;
  maxTouchPoints: number;
  /** Safari's own flag: true when opened from the home screen. */
  standalone?: boolean;
  /** Whether the page runs as an installed app (`display-mode: standalone`). */
  displayModeStandalone: boolean;
  storage: Storage | undefined;
}

/** iPhone, iPod, or an iPad (which says it is a Mac with a touch screen since iPadOS 13). */
function isIos({ userAgent, platform, maxTouchPoints }: InstallHintBrowser): boolean {
  return /iPhone|iPad|iPod/.test(userAgent) || (platform === 'MacIntel' && maxTouchPoints > 1);
}

/**
 * Safari itself, not another browser's shell around it (Chrome, Firefox, Edge, Opera, Google's
 * app, or an app's own in-app browser, whose user agents lack "Safari/"): the hint names
 * Safari's menu.
 */
function isSafari({ userAgent }: InstallHintBrowser): boolean {
  return /Safari\//.test(userAgent) && !/CriOS|FxiOS|EdgiOS|OPiOS|OPT\/|GSA\//.test(userAgent);
}

/**
 * Whether to explain "Add to Home Screen": on iOS Safari (which offers no install prompt of its
 * own), not when already opened from the home screen, and only until it is dismissed once.
 */
export function offersIosInstallHint(browser: InstallHintBrowser): boolean {
  if (!isIos(browser) || !isSafari(browser)) return false;
  if (browser.standalone === true || browser.displayModeStandalone) return false;
  try {
    return browser.storage?.getItem(IOS_INSTALL_HINT_KEY) === null;
  } catch {
    return false;
  }
}

/** Remembers the dismissal (where storage works; otherwise the hint shows again next time). */
export function dismissIosInstallHint(storage: Storage | undefined): void {
  try {
    storage?.setItem(IOS_INSTALL_HINT_KEY, new Date().toISOString());
  } catch {
    // Private modes may refuse storage: nothing to remember it in.
  }
}

/** The current browser, as the hint's decision reads it. */
export function currentBrowser(storage: Storage | undefined): InstallHintBrowser {
  return {
    userAgent: navigator.userAgent,
    platform: navigator.platform,
    maxTouchPoints: navigator.maxTouchPoints,
    standalone: (navigator as Navigator & { standalone?: boolean }).standalone,
    displayModeStandalone: window.matchMedia?.('(display-mode: standalone)').matches ?? false,
    storage,
  };
}
