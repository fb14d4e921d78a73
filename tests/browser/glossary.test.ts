import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowserSuite } from '../helpers/browserSuite';

const suite = useBrowserSuite('sub');

async function freshPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await suite.browser.newContext();
  return { context, page: await context.newPage() };
}

const preview = (page: Page) => page.locator('#term-preview');

describe('term links', () => {
  it('shows a preview of the definition on hover and on keyboard focus, and hides it on Escape', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${suite.site.url}en/areas/inference/`);
    const link = page.locator('main a.term-link').first();
    const term = (await link.getAttribute('href'))!.split('#')[1];
    await link.hover();
    await expect.poll(() => preview(page).isVisible()).toBe(true);
    const definition = await preview(page).textContent();
    expect(definition?.length).toBeGreaterThan(20);
    await expect.poll(() => link.getAttribute('aria-describedby')).toBe('term-preview');
    await page.keyboard.press('Escape');
    await expect.poll(() => preview(page).isVisible()).toBe(false);
    const second = page.locator(`main a.term-link:not([href$="#${term}"])`).first();
    await second.focus();
    await expect.poll(() => preview(page).isVisible()).toBe(true);
    await expect.poll(() => preview(page).textContent()).not.toBe(definition);
    await context.close();
  });

  it('links to the glossary entry, whose anchor is the term id', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${suite.site.url}areas/inference/`);
    const link = page.locator('main a.term-link').first();
    const term = (await link.getAttribute('href'))!.split('#')[1];
    await link.click();
    await expect.poll(() => page.url()).toContain(`/guide/glossary/#${term}`);
    await expect.poll(() => page.locator(`[id="${term}"] dfn`).isVisible()).toBe(true);
    await context.close();
  });

  it('can be turned off, stays off after a reload and in the other language, and back on', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${suite.site.url}areas/data/`);
    const toggle = page.locator('[data-term-links-toggle]');
    await expect.poll(() => toggle.isVisible()).toBe(true);
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.termLinks)).toBe('off');
    await expect.poll(() => page.locator('main a.term-link').first().getAttribute('tabindex')).toBe('-1');
    await page.goto(`${suite.site.url}en/roadmap/rag/`);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.termLinks)).toBe('off');
    const style = await page
      .locator('main a.term-link')
      .first()
      .evaluate((link) => getComputedStyle(link).textDecorationLine);
    expect(style).toBe('none');
    await page.locator('main a.term-link').first().hover({ force: true });
    await expect.poll(() => preview(page).count()).toBe(0);
    await page.locator('[data-term-links-toggle]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.termLinks ?? 'on')).toBe('on');
    await page.reload();
    await expect.poll(() => page.locator('[data-term-links-toggle]').getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });
});

describe('the glossary page', () => {
  it('narrows the list as you type any name of a term, in either language', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${suite.site.url}glossary/`);
    const input = page.locator('glossary-filter input');
    await expect.poll(() => input.isVisible()).toBe(true);
    const all = await page.locator('[data-term-entry]').count();
    expect(all).toBeGreaterThanOrEqual(300);
    await input.fill('推测解码');
    await expect.poll(() => page.locator('[data-term-entry]:visible').count()).toBeGreaterThanOrEqual(1);
    await expect.poll(() => page.locator('[data-term-entry]:visible').count()).toBeLessThan(5);
    expect(await page.locator('#speculative-decoding').isVisible()).toBe(true);
    await input.fill('speculative decoding');
    await expect.poll(() => page.locator('#speculative-decoding').isVisible()).toBe(true);
    await input.fill('zzzz no such term');
    await expect.poll(() => page.locator('[data-filter-empty]').isVisible()).toBe(true);
    await input.fill('');
    await expect.poll(() => page.locator('[data-term-entry]:visible').count()).toBe(all);
    await context.close();
  });
});
