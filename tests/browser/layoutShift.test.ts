// Nothing a script adds or reveals may move what is already on screen: every page kind, loaded at
// phone and desktop width, has a cumulative layout shift of 0.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { useBrowserSuite } from '../helpers/browserSuite';

const suite = useBrowserSuite('root');

const PAGES = [
  '',
  'en/',
  'areas/alignment/',
  'en/areas/pretraining/',
  'roadmap/rag/',
  'en/roadmap/fundamentals/',
  'ranking/',
  'en/ranking/',
  'roadmap/',
  'interview/',
  'en/interview/inference/',
  'interview/mock/',
  'glossary/',
  'en/search/',
  'search/?q=KV',
  'progress/',
  'en/assessment/',
  'about/',
  'en/no-such-page/',
];

const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };

interface Shift {
  value: number;
  sources: string[];
}

describe.each(Object.entries(WIDTHS))('layout shift at %s width', (_, viewport) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await suite.browser.newContext({ viewport, isMobile: viewport.width < 500 });
    await context.addInitScript(() => {
      const shifts: Shift[] = [];
      (window as unknown as { layoutShifts: Shift[] }).layoutShifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {
          value: number;
          hadRecentInput: boolean;
          sources: { node?: Node }[];
        }[]) {
          if (entry.hadRecentInput) continue;
          const describe = (node?: Node) =>
            node instanceof Element
              ? `${node.tagName.toLowerCase()}.${[...node.classList].slice(0, 3).join('.')} < ${node.parentElement?.tagName.toLowerCase()}.${[...(node.parentElement?.classList ?? [])].slice(0, 2).join('.')} '${node.textContent?.slice(0, 30)}'`
              : String(node?.nodeName);
          shifts.push({ value: entry.value, sources: entry.sources.map((source) => describe(source.node)) });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(PAGES)('/%s does not move once it has rendered', async (path) => {
    const page = await context.newPage();
    await page.goto(`${suite.site.url}${path}`);
    // The page's modules have run by the load event (the search page's fetches its results after it:
    // wait for them); two frames later every change they make is laid out.
    if (path.includes('?q=')) await page.locator('[data-search-results] > li').first().waitFor();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: Shift[] }).layoutShifts);
    expect(shifts).toEqual([]);
    await page.close();
  });
});
