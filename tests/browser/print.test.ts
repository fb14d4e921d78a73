// Printing: the article without the site's chrome, collapsed answers open, external addresses spelled
// out, light colours whatever the theme, and nothing fixed repeated on every sheet.
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { hasLoadedScript, withoutCssFeature } from '../helpers/browser';
import { useBrowserSuite } from '../helpers/browserSuite';

// The /guide/ build has a repository, so its footer carries an external link that must stay bare.
const suite = useBrowserSuite('sub');

async function printPage(path: string, options: BrowserContextOptions = {}) {
  const context = await suite.browser.newContext({ viewport: { width: 1440, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(`${suite.site.url}${path}`);
  await page.emulateMedia({ media: 'print' });
  return { context, page };
}

const afterContent = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((link) => getComputedStyle(link, '::after').content);

describe('print', () => {
  it('leaves out the header, sidebar, contents column, search and theme controls, and gives the article the page', async () => {
    const { context, page } = await printPage('en/areas/inference/');
    for (const selector of [
      'body > header',
      'search-dialog',
      'theme-toggle',
      'nav[aria-label] a[href$="/areas/data/"]',
      'main nav:has(a[rel])',
    ]) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('main h1').isVisible()).toBe(true);
    const main = (await page.locator('main').boundingBox())!;
    expect(main.width).toBeGreaterThan(1440 * 0.85);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('body > header').isVisible()).toBe(true);
    await context.close();
  });

  it('prints collapsed answers and the contents box open, even without JavaScript', async () => {
    const { context, page } = await printPage('en/interview/inference/', {
      javaScriptEnabled: false,
      viewport: { width: 800, height: 900 },
    });
    const answer = page.locator('article[data-question] details.answer > div').first();
    expect(await answer.isVisible()).toBe(true);
    expect((await answer.boundingBox())!.height).toBeGreaterThan(40);
    await page.emulateMedia({ media: 'screen' });
    expect(await answer.isVisible()).toBe(false);

    await page.goto(`${suite.site.url}en/areas/inference/`);
    await page.emulateMedia({ media: 'print' });
    // The contents print before the article.
    const contents = page.locator('#page-toc a[href="#references"]');
    expect(await contents.isVisible()).toBe(true);
    const [contentsTop, articleTop] = await Promise.all([
      page.locator('#page-toc').evaluate((element) => element.getBoundingClientRect().top),
      page.locator('main h1').evaluate((element) => element.getBoundingClientRect().top),
    ]);
    expect(contentsTop).toBeLessThan(articleTop);
    await context.close();
  });

  it('shows collapsed content by CSS alone where the browser has ::details-content', async () => {
    const { context, page } = await printPage('interview/inference/');
    const answer = page.locator('article[data-question] details.answer > div').first();
    expect(await answer.isVisible()).toBe(true);
    const closedBefore = await page.locator('main details:not([open])').count();
    await page.evaluate(() =>
      window.addEventListener('beforeprint', () => {
        document.body.dataset.closedWhilePrinting = String(document.querySelectorAll('main details:not([open])').length);
      }),
    );
    await page.pdf();
    expect(await page.locator('body').getAttribute('data-closed-while-printing')).toBe(String(closedBefore));
    expect(await hasLoadedScript(page, 'printDetailsFallback')).toBe(false);
    await context.close();
  });

  it('opens closed <details> for the print and closes them after, where the browser lacks ::details-content', async () => {
    const context = await suite.browser.newContext();
    await context.addInitScript(withoutCssFeature('selector(::details-content)'));
    const page = await context.newPage();
    await page.goto(`${suite.site.url}interview/inference/`);
    await expect.poll(() => hasLoadedScript(page, 'printDetailsFallback')).toBe(true);
    const closed = () => page.locator('main details:not([open])').count();
    const closedBefore = await closed();
    expect(closedBefore).toBeGreaterThan(10);
    await page
      .locator('main details')
      .first()
      .evaluate((details: HTMLDetailsElement) => (details.open = true));
    // Listeners run in the order they were added, so this one sees the page as the site left it for printing.
    await page.evaluate(() =>
      window.addEventListener('beforeprint', () => {
        document.body.dataset.closedWhilePrinting = String(document.querySelectorAll('main details:not([open])').length);
      }),
    );
    const pdf = await page.pdf();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await page.locator('body').getAttribute('data-closed-while-printing')).toBe('0');
    await expect.poll(closed).toBe(closedBefore - 1);
    expect(
      await page
        .locator('main details')
        .first()
        .evaluate((details: HTMLDetailsElement) => details.open),
    ).toBe(true);
    await context.close();
  });

  it('follows external links with their address, but not links in code or in the footer', async () => {
    const { context, page } = await printPage('en/areas/inference/');
    const reference = page.locator('li[id^="ref-"] a[href^="http"]').first();
    const href = await reference.getAttribute('href');
    expect(await afterContent(page, 'li[id^="ref-"] a[href^="http"]')).toBe(`" (${href})"`);
    expect(await afterContent(page, 'footer a[data-repository]')).toBe('none');
    expect(await afterContent(page, 'main a[href^="/"]')).toBe('none');

    await page
      .locator('main .prose-guide')
      .first()
      .evaluate((prose) => {
        prose.insertAdjacentHTML('beforeend', '<p><code><a id="in-code" href="https://example.org/api">api</a></code></p>');
      });
    expect(await afterContent(page, '#in-code')).toBe('none');
    await page.emulateMedia({ media: 'screen' });
    expect(await afterContent(page, 'li[id^="ref-"] a[href^="http"]')).toBe('none');
    await context.close();
  });

  it('prints light when the dark theme is on, code included', async () => {
    const context = await suite.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${suite.site.url}en/roadmap/rag/`);
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    const colours = () =>
      page.evaluate(() => {
        const token = document.querySelector<HTMLElement>('.expressive-code .ec-line span[style^="--"]')!;
        return {
          background: getComputedStyle(document.body).backgroundColor,
          text: getComputedStyle(document.body).color,
          heading: getComputedStyle(document.querySelector('main h1')!).color,
          token: getComputedStyle(token).color,
          tokenLight: getComputedStyle(token).getPropertyValue('--0'),
        };
      });
    const screen = await colours();
    await page.emulateMedia({ media: 'print' });
    const print = await colours();
    expect(print.background).not.toBe(screen.background);
    expect(print.background).toMatch(/^(rgb\(255, 255, 255\)|oklch\(1 0 0\))$/);
    expect(print.text).not.toBe(screen.text);
    expect(print.heading).toBe(print.text);
    expect(print.token).not.toBe(screen.token);
    const rgb = await page.evaluate((value) => {
      const probe = document.createElement('span');
      probe.style.color = value;
      document.body.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    }, print.tokenLight.trim());
    expect(print.token).toBe(rgb);
    await context.close();
  });

  it('wraps code, keeps headings with what follows, and repeats nothing fixed on every sheet', async () => {
    const { context, page } = await printPage('en/roadmap/rag/', { viewport: { width: 700, height: 900 } });
    const layout = await page.evaluate(() => {
      const pre = [...document.querySelectorAll('main pre')];
      return {
        pres: pre.length,
        clipped: pre.filter((element) => element.scrollWidth > element.clientWidth + 1).length,
        whiteSpace: getComputedStyle(pre[0]!).whiteSpace,
        headingBreak: [...document.querySelectorAll('main h2')].map((heading) => getComputedStyle(heading).breakAfter),
        pinned: [...document.querySelectorAll('body *')]
          .filter((element) => ['fixed', 'sticky'].includes(getComputedStyle(element).position) && element.checkVisibility())
          .map((element) => element.tagName),
        pageWidth: document.documentElement.scrollWidth,
      };
    });
    expect(layout.pres).toBeGreaterThan(0);
    expect(layout.clipped).toBe(0);
    expect(layout.whiteSpace).toBe('pre-wrap');
    expect(layout.headingBreak.length).toBeGreaterThan(3);
    expect(new Set(layout.headingBreak)).toEqual(new Set(['avoid']));
    expect(layout.pinned).toEqual([]);
    expect(layout.pageWidth).toBeLessThanOrEqual(700);
    await context.close();
  });
});
