import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from '../helpers/browserSuite';

const suite = useBrowserSuite('sub');

describe('foundation in Chromium (built under /guide/)', () => {
  it('switches language to the twin page, and keeps dark mode across a reload', async () => {
    const context = await suite.browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${suite.site.url}areas/data/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');

    await page.click('a[data-language-switch]');
    await page.waitForURL(`${suite.site.url}en/areas/data/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    await page.click('theme-toggle button');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.reload();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.getAttribute('theme-toggle button', 'aria-pressed')).toBe('true');
    await context.close();
  });

  it('follows the system theme before the reader chooses one', async () => {
    const context = await suite.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(suite.site.url);
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await context.close();
  });

  it('sets the theme before any content renders', async () => {
    const context = await suite.browser.newContext({ colorScheme: 'light' });
    await context.addInitScript(() => localStorage.setItem('guide-theme', 'dark'));
    const page = await context.newPage();
    // Record the theme when the first content element (the skip link) is parsed, before any module script runs.
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('a[href="#main"]')) {
          (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme;
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(suite.site.url);
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | undefined }).themeAtBody)).toBe('dark');
    await context.close();
  });

  it('re-orders the ranking when the reader picks another context, and resets', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${suite.site.url}en/ranking/`);
    const order = () => page.$$eval('[data-ranked-list] li', (items) => items.map((item) => item.getAttribute('data-slug')));
    const before = await order();
    await page.selectOption('#reweigh-context', 'startup');
    const after = await order();
    expect(after).not.toEqual(before);
    expect(after[0]).not.toBe('pretraining');
    await expect.poll(() => page.textContent('[data-status]')).toContain('differs');
    await page.locator('#weight-hardware').fill('5');
    expect(await page.inputValue('#reweigh-context')).toBe('custom');
    await page.click('button[data-reset]');
    await expect.poll(order).toEqual(before);
    expect(await page.inputValue('#reweigh-context')).toBe('guide');
    await context.close();
  });

  it('serves a missing /en/ URL an English 404 with English chrome, keeping the address, with a way back', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${suite.site.url}en/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(() => page.locator('header nav[aria-label="Main navigation"]').count()).toBe(1);
    await expect.poll(() => page.title()).toContain('Page not found');
    expect(page.url()).toBe(`${suite.site.url}en/no-such-page/`);
    await page.locator(`main a[href="${new URL(suite.site.url).pathname}en/"]`).click();
    await page.waitForURL(`${suite.site.url}en/`);
    await context.close();
  });

  it('keeps the Chinese 404 for other missing URLs', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${suite.site.url}no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expect.poll(() => page.locator('header nav[aria-label="主导航"]').count()).toBe(1);
    await context.close();
  });
});
