import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Browser, BrowserContext, CDPSession, chromium, Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './browser';
import { eventually } from './eventually';
import { ROOT } from './processes';

/** The unpacked Chromium build of apps/extension (see `npm run build:extension`). */
export const CHROMIUM_EXTENSION = path.join(ROOT, 'dist/extension/chromium');

/** Builds the browser extension (a second or two: it always rebuilds). */
export function buildExtension(): void {
  const result = spawnSync(process.execPath, ['scripts/build-extension.mjs'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`Extension build failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/** A Chromium with an unpacked extension loaded, driven over the DevTools protocol. */
export interface ChromiumWithExtension {
  readonly browser: Browser;
  /** The profile's own context, where the extension runs (not an incognito-like one). */
  readonly context: BrowserContext;
  readonly extensionId: string;
  /** The address of one of the extension's pages, e.g. `options.html`. */
  extensionUrl(file: string): string;
  /** Presses the extension's toolbar button on `page`'s tab; resolves to the tab it opens. */
  pressButton(page: Page): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Launches Chromium with the extension in a new profile. Playwright's own launch cannot be used:
 * it disables extensions, and its contexts are incognito-like, where the toolbar button cannot be
 * pressed. So Chromium is started here with the DevTools port open and Playwright connects to it;
 * `Extensions.triggerAction` presses the button as a person would (granting activeTab).
 */
export async function launchChromiumWithExtension({
  extensionDir = CHROMIUM_EXTENSION,
  language,
}: {
  extensionDir?: string;
  /** The browser's language (`nb`, `el`, …), which picks the extension's `_locales` folder. */
  language?: string;
} = {}): Promise<ChromiumWithExtension> {
  const profile = mkdtempSync(path.join(tmpdir(), 'chorus-extension-profile-'));
  const child = spawn(
    CHROMIUM,
    [
      ...CHROMIUM_ARGS,
      '--enable-unsafe-extension-debugging',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      `--load-extension=${extensionDir}`,
      ...(language ? [`--lang=${language}`] : []),
      'about:blank',
    ],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      // A process group of its own, so that stopping it stops its helper processes too.
      detached: true,
      // On Linux, Chromium takes its interface language from the environment.
      env: language ? { ...process.env, LANGUAGE: language } : process.env,
    },
  );
  let output = '';
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async (browser?: Browser) => {
    await browser?.close().catch(() => undefined);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    // Its helper processes (the group's other members) may outlive it, writing to the profile.
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // The group is gone already.
    }
    await eventually('the Chromium profile to be removed', () => {
      try {
        rmSync(profile, { recursive: true, force: true });
        return true;
      } catch {
        return false;
      }
    });
  };

  let browser: Browser | undefined;
  try {
    const port = await eventually(
      'Chromium to open its DevTools port',
      () => devToolsPort(profile, child, output),
      30_000,
    );
    browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const context = browser.contexts()[0];
    const cdp = await browser.newBrowserCDPSession();
    const extensionId = await eventually(
      'the extension to load',
      async () => {
        const { extensions } = await cdp.send('Extensions.getExtensions');
        return extensions.find((e) => path.resolve(e.path) === path.resolve(extensionDir))?.id;
      },
      30_000,
    );
    const connected = browser;
    return {
      browser: connected,
      context,
      extensionId,
      extensionUrl: (file) => `chrome-extension://${extensionId}/${file}`,
      pressButton: (page) => pressButton(cdp, context, extensionId, page),
      close: () => stop(connected),
    };
  } catch (error) {
    await stop(browser);
    throw error;
  }
}

function devToolsPort(profile: string, child: ChildProcess, output: string): string | undefined {
  if (child.exitCode !== null) throw new Error(`Chromium exited early:\n${output}`);
  try {
    return (
      readFileSync(path.join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0] || undefined
    );
  } catch {
    return undefined;
  }
}

async function pressButton(
  cdp: CDPSession,
  context: BrowserContext,
  extensionId: string,
  page: Page,
): Promise<Page> {
  // Tabs are only listed when asked for every target type (the default filter leaves them out).
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{}] });
  const tabs = targetInfos.filter((t) => t.type === 'tab' && t.url === page.url());
  if (tabs.length !== 1) {
    throw new Error(`Expected one tab showing ${page.url()}, found ${tabs.length}`);
  }
  // A person presses the button of the tab in front; activeTab is granted for that tab only.
  await page.bringToFront();
  const opened = context.waitForEvent('page');
  await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tabs[0].targetId });
  return opened;
}
