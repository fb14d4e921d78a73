import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from '../helpers/browserSuite';
import { sampledPages } from '../helpers/site';

const suite = useBrowserSuite('sub');

describe('keyboard', () => {
  it('reaches the skip link first, shows it, and moves focus to the main content', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.site.url}en/areas/data/`);
    await page.keyboard.press('Tab');
    const skip = page.locator('a[href="#main"]');
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.width > 1 && box.height > 1).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it.each(['light', 'dark'] as const)('draws a visible focus outline on links and buttons (%s)', async (theme) => {
    const context = await suite.browser.newContext({ colorScheme: theme });
    const page = await context.newPage();
    await page.goto(`${suite.site.url}ranking/`);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(outline.style).not.toBe('none');
      expect(outline.width).toBeGreaterThanOrEqual(2);
    }
    await context.close();
  });
});

describe('without JavaScript', () => {
  // One context per page, first at phone width and then at desktop width, so each page loads once.
  it.each(sampledPages('sub').filter((path) => path !== '/404.html'))(
    '%s fits a 360 px screen, reads, and has its navigation and sidebar links',
    async (path) => {
      const context = await suite.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      await page.goto(`${suite.site.url}${path.slice(1)}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await page.locator('header button[popovertarget="site-nav"]').isVisible()).toBe(true);
      await page.setViewportSize({ width: 1280, height: 800 });
      const mainText = await page.locator('main').innerText();
      expect(mainText.trim().length).toBeGreaterThan(40);
      expect(await page.locator('header nav a:visible').count()).toBeGreaterThanOrEqual(3);
      expect(await page.locator('nav a[href*="/areas/"]:visible').count()).toBeGreaterThanOrEqual(6);
      await context.close();
    },
  );

  it('opens the menu on a phone and follows a link', async () => {
    const context = await suite.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${suite.site.url}en/`);
    await page.locator('header button[popovertarget="site-nav"]', { hasText: 'Menu' }).click();
    await page.locator('nav#site-nav a', { hasText: 'Inference' }).click();
    await page.waitForURL(`${suite.site.url}en/areas/inference/`);
    expect(await page.locator('h1').innerText()).toBe('Inference');
    await context.close();
  });

  it('shows the default ranking and readable checklists', async () => {
    const context = await suite.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${suite.site.url}ranking/`);
    expect(await page.locator('[data-ranked-list] li').count()).toBe(6);
    await page.goto(`${suite.site.url}roadmap/rag/`);
    expect(await page.locator('progress-checklist li').count()).toBeGreaterThanOrEqual(5);
    await page.goto(`${suite.site.url}search/`);
    expect(await page.locator('main').innerText()).toContain('JavaScript');
    await context.close();
  });
});
