// Nothing a script adds or reveals may move what is already on screen: every page kind, loaded at
// phone and desktop width, has a cumulative layout shift of 0.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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

/** Records every layout shift of the context's pages in `window.layoutShifts`, with what moved. */
async function recordShifts(context: BrowserContext): Promise<void> {
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
}

const shiftsOf = (page: import('playwright-core').Page) =>
  page.evaluate(() => (window as unknown as { layoutShifts: Shift[] }).layoutShifts);

/** A context at this viewport recording layout shifts, open for the enclosing describe block. */
function shiftRecordingContext(viewport: { width: number; height: number }): () => BrowserContext {
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    context = await suite.browser.newContext({ viewport, isMobile: viewport.width < 500 });
    await recordShifts(context);
  });
  afterAll(async () => {
    await context?.close();
  });
  return () => context!;
}

describe.each(Object.entries(WIDTHS))('layout shift at %s width', (_, viewport) => {
  const context = shiftRecordingContext(viewport);

  it.each(PAGES)('/%s does not move once it has rendered', async (path) => {
    const page = await context().newPage();
    await page.goto(`${suite.site.url}${path}`);
    // The page's modules have run by the load event (the search page's fetches its results after it:
    // wait for them); two frames later every change they make is laid out.
    if (path.includes('?q=')) await page.locator('[data-search-results] > li').first().waitFor();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(JSON.stringify(await shiftsOf(page))).toBe('[]');
    await page.close();
  });
});

// A busy browser paints whatever it has parsed so far: a row of controls painted before its last
// items arrive must not move when they do. Each page here is sent in two parts, the first ending
// inside such a row, with a pause between them that leaves time for a paint.
const CUT_PAGES: [path: string, cutAfter: string][] = [
  ['en/interview/inference/', '</fieldset>'],
  ['glossary/', '</label>'],
  ['en/ranking/', '</label>'],
  ['en/assessment/', '</fieldset>'],
  ['interview/mock/', '</label>'],
];
const PAUSE_MS = 300;

describe('layout shift while a page arrives', () => {
  let server: Server;
  let origin = '';
  beforeAll(async () => {
    // In front of the site: an HTML page is sent up to the end of the first cut marker, then the rest
    // after a pause; everything else passes through.
    server = createServer(async (request, response) => {
      const url = new URL(request.url ?? '/', suite.site.url);
      const upstream = await fetch(url, { redirect: 'manual' });
      const type = upstream.headers.get('content-type') ?? '';
      const cutAfter = CUT_PAGES.find(([path]) => url.pathname.endsWith(`/${path}`))?.[1];
      const body = Buffer.from(await upstream.arrayBuffer());
      response.writeHead(upstream.status, {
        'content-type': type,
        ...(upstream.headers.get('location') ? { location: upstream.headers.get('location')! } : {}),
      });
      const text = body.toString('utf8');
      const cut = cutAfter && type.startsWith('text/html') ? text.indexOf(cutAfter) : -1;
      if (cut < 0) {
        response.end(body);
        return;
      }
      response.write(text.slice(0, cut + cutAfter!.length));
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
      response.end(text.slice(cut + cutAfter!.length));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  describe.each(Object.entries(WIDTHS))('at %s width', (_, viewport) => {
    const context = shiftRecordingContext(viewport);

    it.each(CUT_PAGES)('/%s, paused after its first %s, does not move', async (path, cutAfter) => {
      const page = await context().newPage();
      await page.goto(`${origin}${new URL(suite.site.url).pathname}${path}`);
      expect(await page.content()).toContain(cutAfter);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      expect(await shiftsOf(page)).toEqual([]);
      await page.close();
    });
  });
});

// Chapters and stages lay out each part only near the viewport (rehypeDeferredSections), at an
// estimated height until then: the estimate must not show, neither on arriving at a section
// halfway down nor on scrolling back up through parts not yet laid out.
describe.each(Object.entries(WIDTHS))('a long page at %s width', (_, viewport) => {
  const HEADING = '11-speculative-decoding';
  const STEP = 500;
  const context = shiftRecordingContext(viewport);

  it('lays out only the parts near the screen, in a page about as tall as all of them', async () => {
    const page = await context().newPage();
    await page.goto(`${suite.site.url}areas/inference/`);
    const parts = page.locator('main .deferred-section');
    expect(await parts.count()).toBeGreaterThan(20);
    const laidOut = (part: Element) => part.firstElementChild!.checkVisibility({ contentVisibilityAuto: true });
    await expect.poll(() => parts.first().evaluate(laidOut)).toBe(true);
    expect(await parts.last().evaluate(laidOut)).toBe(false);
    const ratio = await page.evaluate(() => {
      const estimated = document.documentElement.scrollHeight;
      document.head.insertAdjacentHTML('beforeend', '<style>.deferred-section { content-visibility: visible }</style>');
      return estimated / document.documentElement.scrollHeight;
    });
    expect(ratio).toBeGreaterThan(0.85);
    expect(ratio).toBeLessThan(1.15);
    await page.close();
  });

  it('lands on a section halfway down and keeps it still while the reader scrolls back up', async () => {
    const page = await context().newPage();
    await page.goto(`${suite.site.url}areas/inference/#${HEADING}`);
    const position = () =>
      page.evaluate((id) => ({ top: document.getElementById(id)!.getBoundingClientRect().top, scrollY }), HEADING);
    await expect.poll(async () => Math.round((await position()).top)).toBe(viewport.width < 500 ? 112 : 80);
    const landed = await position();
    // Each part laid out on the way up takes its real height above the screen: the heading moves
    // by exactly what was scrolled, and nothing on screen shifts.
    for (let step = 1; step <= 10; step++) {
      await page.mouse.wheel(0, -STEP);
      // Within a few pixels: the scroll position is kept in whole pixels at each part laid out.
      await expect.poll(async () => Math.abs((await position()).top - landed.top - step * STEP)).toBeLessThanOrEqual(4);
    }
    expect((await position()).scrollY).toBeGreaterThan(0);
    expect(JSON.stringify(await shiftsOf(page))).toBe('[]');
    await page.close();
  });
});
