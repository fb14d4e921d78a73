// One Chromium and one static server per browser test file, started before its tests and closed after.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import type { BuildName } from './paths';
import { serveBuild, type StaticSite } from './serveStatic';

export interface BrowserSuite {
  browser: Browser;
  site: StaticSite;
}

export function useBrowserSuite(build: BuildName): BrowserSuite {
  const suite = {} as BrowserSuite;
  beforeAll(async () => {
    suite.browser = await launchBrowser();
    suite.site = await serveBuild(build);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.site?.close();
  });
  return suite;
}
