import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Page } from 'puppeteer-core';
import { InputError, isSlaError, UsageError } from '../core/errors';
import { onInterrupt } from './cleanup';

/** Where a Chromium is looked for when CHROME_PATH is not set, in this order. */
export const BROWSER_PATHS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/usr/local/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/**
 * Flags for a headless Chromium on a machine without network access: without
 * them it waits on background connections (updates, sync, QUIC probes).
 */
export const BROWSER_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const isFile = (p: string): boolean => {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
};

/** The Chromium to print with: CHROME_PATH, else the first of BROWSER_PATHS that exists. */
export function findBrowser(env: Record<string, string | undefined>): string {
  const chosen = env.CHROME_PATH;
  if (chosen) {
    if (isFile(chosen)) return chosen;
    throw new InputError(`CHROME_PATH is ${chosen}, but no such file exists; set it to a Chromium or Chrome executable`);
  }
  const found = BROWSER_PATHS.find(isFile);
  if (found) return found;
  throw new InputError(
    `no Chromium or Chrome found for PDF output; looked at CHROME_PATH (not set) and ${BROWSER_PATHS.join(', ')}. ` +
      'Install one (for example apt-get install chromium) or set CHROME_PATH, or render --format html',
  );
}

/** Seconds the browser may take to start, and then to print, unless SLA_BROWSER_TIMEOUT says otherwise. */
export const DEFAULT_BROWSER_TIMEOUT = 30;

/** The browser's time-out in milliseconds: SLA_BROWSER_TIMEOUT (seconds), else DEFAULT_BROWSER_TIMEOUT. */
export function browserTimeout(env: Record<string, string | undefined>): number {
  const given = env.SLA_BROWSER_TIMEOUT;
  if (given === undefined || given.trim() === '') return DEFAULT_BROWSER_TIMEOUT * 1000;
  const seconds = Number(given);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new UsageError(`SLA_BROWSER_TIMEOUT is '${given}'; set it to a number of seconds, such as ${DEFAULT_BROWSER_TIMEOUT * 2}`);
  }
  return Math.ceil(seconds * 1000);
}

const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(3))} s`;

/** `work`, or an error from `late()` if it has not settled after `ms`. */
async function within<T>(work: Promise<T>, ms: number, late: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  work.catch(() => undefined); // if it loses the race, its failure is nobody's concern
  try {
    return await Promise.race([work, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(late()), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs `work` on a page of a fresh headless Chromium (its own temporary
 * profile, every network request refused) and always closes it. The browser
 * has `timeoutMs` to start and then `timeoutMs` for the work. If the run is
 * interrupted, the browser is killed and its profile removed (cleanup.ts);
 * Puppeteer's own signal handlers stay off, as they would exit the process
 * before that (SIGINT) or not at all (SIGTERM).
 */
export async function withBrowserPage<T>(executablePath: string, work: (page: Page) => Promise<T>, timeoutMs = DEFAULT_BROWSER_TIMEOUT * 1000): Promise<T> {
  const { launch, TimeoutError } = await import('puppeteer-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-chromium-'));
  // Chromium's own temporary files (its ProcessSingleton socket folder) go
  // inside the profile too: a killed browser leaves them behind otherwise
  const tmp = path.join(profile, 't');
  fs.mkdirSync(tmp);
  // aborting kills the browser's process group at once, even while it starts
  const kill = new AbortController();
  const removeProfile = (): void => fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
  const release = onInterrupt(() => {
    kill.abort();
    removeProfile();
  });
  let browser: Awaited<ReturnType<typeof launch>> | undefined;
  try {
    const late = (): Error => new InputError(`the browser at ${executablePath} did not start within ${seconds(timeoutMs)} (SLA_BROWSER_TIMEOUT to wait longer)`);
    try {
      // Puppeteer's time-out covers the wait for the DevTools address, not the connection after it;
      // a launch that loses the race is ended by kill.abort() below
      const starting = launch({
        executablePath,
        headless: true,
        args: [...BROWSER_FLAGS, `--user-data-dir=${profile}`],
        userDataDir: profile,
        env: { ...process.env, TMPDIR: tmp },
        timeout: timeoutMs,
        // later than ours (within below), so that the message is ours
        protocolTimeout: timeoutMs + 5000,
        signal: kill.signal,
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      });
      browser = await within(starting, timeoutMs, late);
    } catch (e) {
      if (e instanceof TimeoutError) throw late();
      if (isSlaError(e)) throw e;
      throw new InputError(`cannot start the browser at ${executablePath}: ${String((e as Error).message).split('\n')[0]}`);
    }
    const started = browser;
    return await within(
      (async () => {
        const tab = await started.newPage();
        await tab.setRequestInterception(true);
        tab.on('request', (request) => {
          const url = request.url();
          if (url.startsWith('data:') || url === 'about:blank') void request.continue();
          else void request.abort();
        });
        return await work(tab);
      })(),
      timeoutMs,
      () => new InputError(`the browser at ${executablePath} did not finish printing within ${seconds(timeoutMs)} (SLA_BROWSER_TIMEOUT to wait longer)`),
    );
  } finally {
    // a browser that does not close when asked is killed
    if (browser) await within(browser.close(), 2000, () => new Error('close')).catch(() => undefined);
    kill.abort();
    removeProfile();
    release();
  }
}

/** Prints an HTML document to PDF bytes; the page size and margins come from its @page rules. */
export async function printPdf(html: string, executablePath: string, timeoutMs = DEFAULT_BROWSER_TIMEOUT * 1000): Promise<Uint8Array> {
  return withBrowserPage(
    executablePath,
    async (page) => {
      // no time-outs of their own: withBrowserPage bounds the whole print
      await page.setContent(html, { waitUntil: 'load', timeout: 0 });
      return await page.pdf({ preferCSSPageSize: true, printBackground: true, timeout: 0 });
    },
    timeoutMs,
  );
}
