import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { searchUrls } from '../helpers/pagefindQuery';
import { useBrowserSuite } from '../helpers/browserSuite';

const suite = useBrowserSuite('sub');
let page: Page;

beforeAll(async () => {
  page = await suite.browser.newPage();
});

// Each query, in the reader's language, must put the page that answers it in the top 3.
const QUERIES: Record<'zh' | 'en', [query: string, expected: string][]> = {
  zh: [
    ['PagedAttention', 'areas/inference/'],
    ['DPO 和 PPO 的区别', 'areas/alignment/'],
    ['数据去重', 'areas/data/'],
    ['QLoRA 显存', 'areas/fine-tuning/'],
    ['去重', 'areas/data/'],
    ['显存', 'areas/fine-tuning/'],
    ['奖励模型', 'areas/alignment/'],
    ['MinHash', 'areas/data/'],
    ['张量并行', 'areas/pretraining/'],
    ['Chinchilla', 'areas/pretraining/'],
    ['KV cache', 'areas/inference/'],
    ['检索增强', 'areas/applications/'],
    ['灾难性遗忘', 'areas/fine-tuning/'],
    ['向量检索', 'roadmap/rag/'],
    ['文生图', 'roadmap/multimodal/'],
  ],
  en: [
    ['PagedAttention', 'en/areas/inference/'],
    ['DPO PPO', 'en/areas/alignment/'],
    ['deduplication', 'en/areas/data/'],
    ['QLoRA memory', 'en/areas/fine-tuning/'],
    ['MinHash', 'en/areas/data/'],
    ['tensor parallelism', 'en/areas/pretraining/'],
    ['Chinchilla', 'en/areas/pretraining/'],
    ['KV cache', 'en/areas/inference/'],
    ['reward model', 'en/areas/alignment/'],
    ['retrieval-augmented generation', 'en/areas/applications/'],
    ['speculative decoding', 'en/areas/inference/'],
    ['catastrophic forgetting', 'en/areas/fine-tuning/'],
    ['text-to-image', 'en/roadmap/multimodal/'],
  ],
};

describe.each(['zh', 'en'] as const)('search index (%s)', (locale) => {
  beforeAll(async () => {
    await page.goto(locale === 'zh' ? suite.site.url : `${suite.site.url}en/`);
  });

  it.each(QUERIES[locale])('"%s" finds /%s in the top 3', async (query, expected) => {
    const urls = await searchUrls(page, suite.site.url, query);
    expect(urls.slice(0, 3)).toContain(`${new URL(suite.site.url).pathname}${expected}`);
  });

  it('only returns pages in the reader’s language', async () => {
    const urls = await searchUrls(page, suite.site.url, 'LoRA');
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.startsWith(`${new URL(suite.site.url).pathname}en/`)).toBe(locale === 'en');
  });

  it('narrows results with the kind-of-page filter', async () => {
    const kind = locale === 'zh' ? '学习阶段' : 'Roadmap stage';
    const all = await searchUrls(page, suite.site.url, 'LoRA');
    const stages = await searchUrls(page, suite.site.url, 'LoRA', { kind });
    expect(stages.length).toBeGreaterThan(0);
    expect(stages.length).toBeLessThan(all.length);
    for (const url of stages) expect(url).toMatch(/\/roadmap\/[a-z-]+\/$/);
  });

  it('narrows results with the direction filter', async () => {
    const direction = locale === 'zh' ? '推理' : 'Inference';
    const urls = await searchUrls(page, suite.site.url, 'KV cache', { direction });
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((url) => !url.includes('/areas/') || url.endsWith('/areas/inference/'))).toBe(true);
  });
});

describe('search UI', () => {
  it('shows results for a shared ?q= link and keeps the URL in step with the query', async () => {
    await page.goto(`${suite.site.url}en/search/?q=PagedAttention`);
    const firstResult = page.locator('[data-search-page] pagefind-results a').first();
    await firstResult.waitFor();
    expect(await page.locator(`[data-search-page] pagefind-results a[href="${new URL(suite.site.url).pathname}en/areas/inference/"]`).count()).toBeGreaterThan(0);
    expect(await page.locator('[data-search-page] pagefind-results mark').count()).toBeGreaterThan(0);
    const subResult = page.locator('[data-search-page] pagefind-results a[href*="#"]').first();
    expect(await subResult.getAttribute('href')).toMatch(/\/en\/areas\/[a-z-]+\/#.+/);

    const input = page.locator('[data-search-page] pagefind-input input');
    await input.fill('MinHash');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('MinHash');
    await page.click('a[data-language-switch]');
    await page.waitForURL(/\/search\/\?q=MinHash$/);
    expect(new URL(page.url()).pathname).toBe(new URL(suite.site.url).pathname + 'search/');
  });

  it('opens the dialog with Ctrl+K and "/", closes it with Esc, and returns focus', async () => {
    await page.goto(`${suite.site.url}areas/data/`);
    const dialog = page.locator('search-dialog dialog');
    await page.keyboard.press('Control+K');
    await expect.poll(() => dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(true);
    await page.locator('search-dialog pagefind-input input').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(false);

    await page.locator('search-dialog [data-search-open]').focus();
    await page.keyboard.press('/');
    await expect.poll(() => dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(true);
    await page.keyboard.type('奖励模型');
    await page.locator('search-dialog pagefind-results a').first().waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);
  });

  it('does not open search when "/" is typed into a field', async () => {
    await page.goto(`${suite.site.url}ranking/`);
    await page.locator('#weight-scarcity').focus();
    await page.keyboard.press('/');
    expect(await page.locator('search-dialog dialog').evaluate((element: HTMLDialogElement) => element.open)).toBe(false);
  });

  it('treats hostile, long and mixed-script queries as text', async () => {
    const alerts: string[] = [];
    page.on('dialog', (dialog) => {
      alerts.push(dialog.message());
      void dialog.dismiss();
    });
    const hostile = '<img src=x onerror=alert(1)>';
    await page.goto(`${suite.site.url}search/?q=${encodeURIComponent(hostile)}`);
    const input = page.locator('[data-search-page] pagefind-input input');
    await expect.poll(() => input.inputValue()).toBe(hostile);
    await page.waitForTimeout(500);
    expect(await page.locator('img[src="x"]').count()).toBe(0);

    for (const query of ['数据'.repeat(2000), '🚀🔥 LoRA 微调 ✨', 'KV缓存 cache キャッシュ 캐시']) {
      await input.fill(query);
      await page.waitForTimeout(300);
    }
    await input.fill('MinHash');
    await page.locator('[data-search-page] pagefind-results a').first().waitFor();
    expect(alerts).toEqual([]);
  });
});
