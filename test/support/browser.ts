/// <reference lib="dom" />
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { TestApp } from './test-app';

/**
 * Browser tests drive Debian's Chromium (package `chromium`) headless through playwright-core.
 * CHROMIUM_PATH names another build. Without a Chromium the browser suites are skipped on a
 * developer's machine and fail in CI (`.ci/run` installs it).
 */
export const CHROMIUM_PATH =
  process.env.CHROMIUM_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

if (!CHROMIUM_PATH && process.env.CI) {
  throw new Error('No Chromium for the browser tests: apt-get install chromium (or set CHROMIUM_PATH).');
}

/** `describe` when a Chromium is here; otherwise the suite is reported as skipped. */
export const describeInBrowser: jest.Describe = CHROMIUM_PATH ? describe : describe.skip;

export const SCREENSHOTS = join(__dirname, '..', 'screenshots');

/** A phone: 390 × 844, touch, dark, in London. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  colorScheme: 'dark' as const,
  locale: 'en-GB',
  timezoneId: 'Europe/London',
};

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-extensions',
      '--no-first-run',
      '--mute-audio',
    ],
  });
}

/** A new phone-sized browser session (its own sessionStorage) on the service. */
export async function phone(browser: Browser, baseURL: string, options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext({ ...PHONE, baseURL, ...options });
  const page = await context.newPage();
  return { context, page };
}

/** Signs in through the page's own form and waits for the signed-in frame. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** Writes test/screenshots/<name>.png (the whole page, phone-sized). */
/**
 * The id of the element that has the focus once it has moved to `id`, or after waiting 5 s for
 * it: the page moves the focus in an animation frame after it renders an error, not at once.
 */
export async function focusedId(page: Page, id: string): Promise<string | undefined> {
  await page
    .waitForFunction((expected) => document.activeElement?.id === expected, id, { timeout: 5_000 })
    .catch(() => {});
  return page.evaluate(() => document.activeElement?.id);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** WCAG 2.2 A and AA rules of axe-core on the page as it stands; returns the violations, described. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (window as any).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations as AxeViolation[];
  });
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

export async function closeAll(...things: (BrowserContext | Browser | undefined)[]): Promise<void> {
  for (const thing of things) await thing?.close();
}

export interface BrowserSuite {
  t: TestApp;
  baseURL: string;
  browser: Browser;
}

/** What every browser suite starts with: the service on its own database, listening, and a Chromium. */
export async function startBrowserSuite(): Promise<BrowserSuite> {
  const t = await TestApp.start();
  try {
    const baseURL = await t.listen();
    return { t, baseURL, browser: await launchBrowser() };
  } catch (error) {
    await t.close();
    throw error;
  }
}

export async function stopBrowserSuite(suite: Partial<BrowserSuite>): Promise<void> {
  await closeAll(suite.browser);
  await suite.t?.close();
}
