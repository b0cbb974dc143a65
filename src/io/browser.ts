import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Page } from 'puppeteer-core';
import { InputError } from '../core/errors';

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

/**
 * Runs `work` on a page of a fresh headless Chromium (its own temporary
 * profile, every network request refused) and always closes it.
 */
export async function withBrowserPage<T>(executablePath: string, work: (page: Page) => Promise<T>): Promise<T> {
  const { launch } = await import('puppeteer-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-chromium-'));
  let browser: Awaited<ReturnType<typeof launch>> | undefined;
  try {
    try {
      browser = await launch({
        executablePath,
        headless: true,
        args: [...BROWSER_FLAGS, `--user-data-dir=${profile}`],
        userDataDir: profile,
        timeout: 60_000,
      });
    } catch (e) {
      throw new InputError(`cannot start the browser at ${executablePath}: ${String((e as Error).message).split('\n')[0]}`);
    }
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('data:') || url === 'about:blank') void request.continue();
      else void request.abort();
    });
    return await work(page);
  } finally {
    await browser?.close().catch(() => undefined);
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** Prints an HTML document to PDF bytes; the page size and margins come from its @page rules. */
export async function printPdf(html: string, executablePath: string): Promise<Uint8Array> {
  return withBrowserPage(executablePath, async (page) => {
    await page.setContent(html, { waitUntil: 'load', timeout: 60_000 });
    return await page.pdf({ preferCSSPageSize: true, printBackground: true, timeout: 120_000 });
  });
}
