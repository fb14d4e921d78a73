// Launches the system Chromium through playwright-core; never downloads a browser.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function chromiumPath(): string {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `Browser tests need Chromium at ${executablePath}. Install Debian's package (apt-get install chromium) or set CHROME_PATH.`,
    );
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** An init script that makes CSS.supports() answer no for one feature, as a browser without it would. */
export function withoutCssFeature(feature: string): string {
  return `{
    const supports = CSS.supports.bind(CSS);
    CSS.supports = (...args) => (args.length === 1 && args[0] === ${JSON.stringify(feature)} ? false : supports(...args));
  }`;
}

/** Whether the page has fetched a script whose file name starts with `name`. */
export function hasLoadedScript(page: Page, name: string): Promise<boolean> {
  return page.evaluate(
    (prefix) =>
      performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.split('/').pop()!.startsWith(prefix)),
    name,
  );
}
