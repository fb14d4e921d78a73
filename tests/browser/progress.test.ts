import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowserSuite } from '../helpers/browserSuite';

const suite = useBrowserSuite('sub');

const checked = (page: Page) =>
  page.$$eval('progress-checklist input[type="checkbox"]:checked', (boxes) =>
    boxes.map((box) => box.getAttribute('data-item-id')),
  );
const storedProgress = (page: Page) => page.evaluate(() => localStorage.getItem('guide-progress:v2'));
/** Answers the Progress page's confirmation dialog once it is open. */
const answer = (page: Page, choice: 'confirm' | 'cancel') =>
  page.locator(`progress-manager dialog[open] button[value="${choice}"]`).click();

async function freshPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await suite.browser.newContext({ acceptDownloads: true });
  return { context, page: await context.newPage() };
}

async function tickFirstTwo(page: Page): Promise<string[]> {
  await page.goto(`${suite.site.url}roadmap/rag/`);
  const boxes = page.locator('progress-checklist input[type="checkbox"]');
  await expect.poll(() => boxes.first().isEnabled()).toBe(true);
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  return (await checked(page)) as string[];
}

describe('checklist progress', () => {
  it('survives a reload, shows on the English page and in the sidebar counts', async () => {
    const { context, page } = await freshPage();
    const ticked = await tickFirstTwo(page);
    expect(ticked).toHaveLength(2);
    await page.reload();
    await expect.poll(() => checked(page)).toEqual(ticked);
    await page.goto(`${suite.site.url}en/roadmap/rag/`);
    await expect.poll(() => checked(page)).toEqual(ticked);
    const badge = page.locator('nav [data-progress-scope="rag"]:visible').first();
    await expect.poll(() => badge.textContent()).toMatch(/^2\/\d+$/);
    await page.goto(`${suite.site.url}en/roadmap/`);
    await expect.poll(() => page.locator('main [data-progress-scope="overall"]').textContent()).toMatch(/^2\/\d+$/);
    await context.close();
  });

  it('exports to JSON and imports into a fresh profile', async () => {
    const first = await freshPage();
    const ticked = await tickFirstTwo(first.page);
    await first.page.goto(`${suite.site.url}progress/`);
    const [download] = await Promise.all([first.page.waitForEvent('download'), first.page.click('button[data-action="export"]')]);
    const exported = await readFile((await download.path())!, 'utf8');
    expect(JSON.parse(exported).completed).toEqual([...ticked].sort());
    await first.context.close();

    const second = await freshPage();
    await second.page.goto(`${suite.site.url}en/progress/`);
    await second.page.setInputFiles('input[data-action="import"]', {
      name: 'progress.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await answer(second.page, 'confirm');
    await expect.poll(() => second.page.textContent('[data-progress-status]')).toContain('Restored 2');
    await second.page.goto(`${suite.site.url}roadmap/rag/`);
    await expect.poll(() => checked(second.page)).toEqual(ticked);
    await second.context.close();
  });

  it('restores a share link in a fresh profile only after confirmation', async () => {
    const first = await freshPage();
    const ticked = await tickFirstTwo(first.page);
    await first.page.goto(`${suite.site.url}progress/`);
    await first.page.click('button[data-action="share"]');
    const link = await first.page.inputValue('[data-share-output] input');
    expect(new URL(link).hash).toMatch(/^#progress=/);
    await first.context.close();

    const declined = await freshPage();
    await declined.page.goto(link);
    await answer(declined.page, 'cancel');
    await expect.poll(() => declined.page.textContent('[data-progress-status]')).toContain('当前进度保持不变');
    expect(await storedProgress(declined.page)).toBeNull();
    await declined.context.close();

    const accepted = await freshPage();
    await accepted.page.goto(link);
    await answer(accepted.page, 'confirm');
    await expect.poll(() => accepted.page.textContent('[data-progress-status]')).toContain('已恢复 2');
    expect(new URL(accepted.page.url()).hash).toBe('');
    await accepted.page.goto(`${suite.site.url}roadmap/rag/`);
    await expect.poll(() => checked(accepted.page)).toEqual(ticked);
    await accepted.context.close();
  });

  const badFiles: [string, string | Buffer, RegExp][] = [
    ['invalid JSON', '{"version": 2, "completed": [', /not valid JSON/],
    ['the wrong shape', '{"version": 2, "completed": "all"}', /does not have the shape/],
    [
      'unknown item ids',
      '{"version":2,"completed":["rag-does-not-exist"],"updatedAt":"2026-01-01T00:00:00Z"}',
      /items this site does not have \(rag-does-not-exist\)/,
    ],
    ['a file over the size limit', Buffer.alloc(70 * 1024, 32), /over the 64 KB limit/],
    [
      'a __proto__ key',
      '{"version":2,"completed":[],"updatedAt":"2026-01-01T00:00:00Z","__proto__":{"x":1}}',
      /not allowed \(__proto__\)/,
    ],
    ['a constructor key', '{"version":1,"done":{"constructor":{"prototype":{"x":1}}}}', /not allowed \(constructor, prototype\)/],
  ];

  it.each(badFiles)('rejects %s with a clear message and keeps the current progress', async (_, content, message) => {
    const { context, page } = await freshPage();
    await tickFirstTwo(page);
    const before = await storedProgress(page);
    await page.goto(`${suite.site.url}en/progress/`);
    await page.setInputFiles('input[data-action="import"]', {
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(content),
    });
    await expect.poll(() => page.textContent('[data-progress-error]')).toMatch(message);
    expect(await page.locator('progress-manager dialog').evaluate((dialog: HTMLDialogElement) => dialog.open)).toBe(false);
    expect(await storedProgress(page)).toBe(before);
    expect(await page.evaluate(() => ({}) as Record<string, unknown>).then((object) => object.x)).toBeUndefined();
    await context.close();
  });

  it('asks before clearing, and keeps progress when the reader declines', async () => {
    const { context, page } = await freshPage();
    await tickFirstTwo(page);
    const before = await storedProgress(page);
    await page.goto(`${suite.site.url}en/progress/`);
    await page.click('button[data-action="clear"]');
    await answer(page, 'cancel');
    await expect.poll(() => page.textContent('[data-progress-status]')).toContain('unchanged');
    expect(await storedProgress(page)).toBe(before);
    await page.click('button[data-action="clear"]');
    await answer(page, 'confirm');
    await expect.poll(() => storedProgress(page)).toBeNull();
    await context.close();
  });

  it('reports a corrupt stored value, keeps it as a backup, and still works', async () => {
    const { context, page } = await freshPage();
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('guide-progress:v2', '{"version": 2, "completed": [oops');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${suite.site.url}en/roadmap/rag/`);
    await expect.poll(() => page.textContent('[data-checklist-notice]')).toContain('could not be read');
    const boxes = page.locator('progress-checklist input[type="checkbox"]');
    await boxes.first().check();
    expect(JSON.parse((await storedProgress(page))!).completed).toHaveLength(1);
    await page.goto(`${suite.site.url}en/progress/`);
    expect(await page.locator('[data-damaged]').isVisible()).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('guide-progress:damaged-backup'))).toContain('oops');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('migrates progress stored under the version 1 key', async () => {
    const { context, page } = await freshPage();
    await context.addInitScript(() => {
      if (!localStorage.getItem('guide-progress:v2'))
        localStorage.setItem('guide-progress:v1', '{"version":1,"done":{"rag-eval-set":true}}');
    });
    await page.goto(`${suite.site.url}roadmap/rag/`);
    await expect.poll(() => checked(page)).toEqual(['rag-eval-set']);
    expect(JSON.parse((await storedProgress(page))!).completed).toEqual(['rag-eval-set']);
    await context.close();
  });
});
