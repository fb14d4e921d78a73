import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowserSuite } from '../helpers/browserSuite';

const suite = useBrowserSuite('sub');

async function freshPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await suite.browser.newContext({ acceptDownloads: true });
  return { context, page: await context.newPage() };
}

const storedPractice = (page: Page) =>
  page.evaluate(
    () =>
      (
        JSON.parse(localStorage.getItem('guide-progress:v2') ?? '{}') as {
          practice?: Record<string, { last: string; box: number }>;
        }
      ).practice ?? {},
  );

/** Opens a direction's questions and waits until the practice controls are live. */
async function openBank(page: Page, path = 'interview/inference/'): Promise<void> {
  await page.goto(`${suite.site.url}${path}`);
  await expect.poll(() => page.locator('[data-practice-controls]').first().isVisible()).toBe(true);
}

describe('the question bank', () => {
  it('keeps answers collapsed until asked, one by one or all at once', async () => {
    const { context, page } = await freshPage();
    await openBank(page);
    const answers = page.locator('article[data-question] details');
    expect(await answers.count()).toBeGreaterThanOrEqual(40);
    await expect
      .poll(() => answers.evaluateAll((all) => all.filter((details) => (details as HTMLDetailsElement).open).length))
      .toBe(0);
    const first = page.locator('article[data-question]').first();
    await first.locator('summary').click();
    await expect.poll(() => first.locator('details').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(() => first.locator('details p').first().isVisible()).toBe(true);
    await page.click('[data-toggle-answers]');
    await expect
      .poll(() => answers.evaluateAll((all) => all.every((details) => (details as HTMLDetailsElement).open)))
      .toBe(true);
    await context.close();
  });

  it('links each question by its stable anchor and level', async () => {
    const { context, page } = await freshPage();
    await openBank(page);
    const id = await page.locator('article[data-question]').first().getAttribute('data-question');
    const heading = page.locator(`#q-${id}`);
    expect(await heading.getAttribute('data-level')).toMatch(/^(easy|medium|hard)$/);
    await context.close();
  });

  it('remembers a question marked known after a reload and on the English twin', async () => {
    const { context, page } = await freshPage();
    await openBank(page);
    const card = page.locator('article[data-question]').nth(1);
    const id = (await card.getAttribute('data-question'))!;
    await card.locator('button[data-grade="known"]').click();
    await expect.poll(() => card.getAttribute('data-practice')).toBe('known');
    await page.reload();
    await expect.poll(() => page.locator(`article[data-question="${id}"]`).getAttribute('data-practice')).toBe('known');
    await openBank(page, 'en/interview/inference/');
    const twin = page.locator(`article[data-question="${id}"]`);
    await expect.poll(() => twin.getAttribute('data-practice')).toBe('known');
    await expect
      .poll(() => twin.locator('[data-practice-status]').textContent())
      .toMatch(/^Known; review again on \d{4}-\d{2}-\d{2}$/);
    await context.close();
  });

  it('filters by level and by practice status', async () => {
    const { context, page } = await freshPage();
    await openBank(page);
    const visible = () => page.locator('article[data-question]:visible').count();
    const total = await visible();
    await page.locator('question-filters input[value="easy"]').uncheck();
    await page.locator('question-filters input[value="medium"]').uncheck();
    await expect.poll(() => page.locator('article[data-question]:visible[data-level="hard"]').count()).toBe(await visible());
    await expect.poll(visible).toBeLessThan(total);
    await page.locator('question-filters input[value="easy"]').check();
    await page.locator('question-filters input[value="medium"]').check();
    await page.locator('article[data-question]').first().locator('button[data-grade="again"]').click();
    await page.selectOption('question-filters select[name="status"]', 'due');
    await expect.poll(visible).toBe(1);
    await context.close();
  });

  it('shows what is due and known on the bank front page', async () => {
    const { context, page } = await freshPage();
    await openBank(page, 'en/interview/data/');
    await page.locator('article[data-question]').nth(0).locator('button[data-grade="again"]').click();
    await page.locator('article[data-question]').nth(1).locator('button[data-grade="known"]').click();
    await expect.poll(async () => Object.keys(await storedPractice(page)).length).toBe(2);
    await page.goto(`${suite.site.url}en/interview/`);
    await expect.poll(() => page.textContent('[data-dashboard-due]')).toBe('Due today: 1');
    await expect.poll(() => page.textContent('[data-dashboard-known]')).toMatch(/^Known: 1 of \d+$/);
    await expect.poll(() => page.locator('[data-due-area="data"]').isVisible()).toBe(true);
    await context.close();
  });
});

describe('the mock interview', () => {
  it('runs five questions to the end, one at a time, and feeds what is due', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${suite.site.url}interview/mock/`);
    await expect.poll(() => page.locator('[data-mock-setup]').isVisible()).toBe(true);
    await page.fill('[data-mock-setup] input[name="count"]', '5');
    await page.click('[data-mock-setup] button[type="submit"]');
    for (let index = 1; index <= 5; index++) {
      await expect.poll(() => page.textContent('[data-mock-position]')).toBe(`第 ${index} / 5 题`);
      await expect
        .poll(() =>
          page
            .locator('[data-mock-card] article[data-question] details')
            .evaluate((details) => (details as HTMLDetailsElement).open),
        )
        .toBe(false);
      await page.click('[data-mock-reveal]');
      await expect
        .poll(() => page.locator('[data-mock-card] details').evaluate((details) => (details as HTMLDetailsElement).open))
        .toBe(true);
      await page.click(index % 2 === 1 ? '[data-mock-grade="again"]' : '[data-mock-grade="known"]');
    }
    await expect.poll(() => page.textContent('[data-mock-message]')).toBe('模拟面试结束：2 道会了，3 道需要再复习。');
    const practice = await storedPractice(page);
    expect(
      Object.values(practice)
        .map((entry) => entry.last)
        .sort(),
    ).toEqual(['again', 'again', 'again', 'known', 'known']);
    await page.goto(`${suite.site.url}interview/`);
    await expect.poll(() => page.textContent('[data-dashboard-due]')).toBe('今天到期：3 道');
    await context.close();
  });

  it('says so when nothing matches the selection', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${suite.site.url}en/interview/mock/`);
    await expect.poll(() => page.locator('[data-mock-setup]').isVisible()).toBe(true);
    for (const box of await page.locator('[data-mock-setup] input[name="level"]').all()) await box.uncheck();
    await page.click('[data-mock-setup] button[type="submit"]');
    await expect.poll(() => page.textContent('[data-mock-message]')).toContain('No questions match');
    await context.close();
  });
});

describe('practice in export, import and storage', () => {
  it('restores checklist and practice state in a fresh profile', async () => {
    const first = await freshPage();
    await first.page.goto(`${suite.site.url}roadmap/rag/`);
    const box = first.page.locator('progress-checklist input[type="checkbox"]').first();
    await expect.poll(() => box.isEnabled()).toBe(true);
    await box.check();
    await openBank(first.page);
    await first.page.locator('article[data-question]').first().locator('button[data-grade="known"]').click();
    await expect.poll(async () => Object.keys(await storedPractice(first.page)).length).toBe(1);
    await first.page.goto(`${suite.site.url}progress/`);
    const [download] = await Promise.all([first.page.waitForEvent('download'), first.page.click('button[data-action="export"]')]);
    const exported = await readFile((await download.path())!, 'utf8');
    await first.context.close();

    const second = await freshPage();
    await second.page.goto(`${suite.site.url}en/progress/`);
    await second.page.setInputFiles('input[data-action="import"]', {
      name: 'progress.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await second.page.locator('progress-manager dialog[open] button[value="confirm"]').click();
    await expect
      .poll(() => second.page.textContent('[data-progress-status]'))
      .toBe('Restored 1 completed items and practice on 1 questions.');
    await openBank(second.page, 'en/interview/inference/');
    await expect.poll(() => second.page.locator('article[data-question]').first().getAttribute('data-practice')).toBe('known');
    await second.context.close();
  });

  it('reports a corrupted practice entry on import and changes nothing', async () => {
    const { context, page } = await freshPage();
    await openBank(page, 'en/interview/inference/');
    await page.locator('article[data-question]').first().locator('button[data-grade="known"]').click();
    await expect.poll(async () => Object.keys(await storedPractice(page)).length).toBe(1);
    const before = await page.evaluate(() => localStorage.getItem('guide-progress:v2'));
    await page.goto(`${suite.site.url}en/progress/`);
    const bad = JSON.stringify({
      version: 3,
      completed: [],
      practice: { 'inf-x': { box: 'nine', due: 'soon', last: 'known', revision: 1 } },
      updatedAt: '2026-12-01T00:00:00Z',
    });
    await page.setInputFiles('input[data-action="import"]', {
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(bad),
    });
    await expect.poll(() => page.textContent('[data-progress-error]')).toContain('(practice.inf-x)');
    expect(await page.evaluate(() => localStorage.getItem('guide-progress:v2'))).toBe(before);
    await context.close();
  });

  it('keeps a damaged stored practice entry as a backup and says so', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${suite.site.url}interview/inference/`);
    const damaged = JSON.stringify({
      version: 3,
      completed: [],
      practice: { 'inf-x': { box: 0 } },
      updatedAt: '2026-12-01T00:00:00Z',
    });
    await page.evaluate((value) => localStorage.setItem('guide-progress:v2', value), damaged);
    await openBank(page);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('guide-progress:damaged-backup'))).toBe(damaged);
    await page.goto(`${suite.site.url}progress/`);
    await expect.poll(() => page.locator('[data-damaged]').isVisible()).toBe(true);
    await context.close();
  });
});
