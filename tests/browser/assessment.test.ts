// The self-assessment page: ratings, target, hours and deadline saved in the shared progress store,
// the report and weekly plan they produce, the same state in both languages and through export and
// import, the plan's messages, printing, and axe in both themes.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowserSuite } from '../helpers/browserSuite';

const suite = useBrowserSuite('sub');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const STORAGE_KEY = 'guide-progress:v2';

/** A local calendar day some days from today, as the date field and the store write it. */
function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const RATINGS = { 'fund-tokens': 2, 'app-rag-evaluation': 1, 'app-prompting-techniques': 3 } as const;

async function freshPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await suite.browser.newContext({ acceptDownloads: true });
  return { context, page: await context.newPage() };
}

async function openAssessment(page: Page, path = 'assessment/'): Promise<void> {
  await page.goto(`${suite.site.url}${path}`);
  await expect.poll(() => page.locator('select[name="target"]').isEnabled()).toBe(true);
}

async function fillIn(page: Page, { hours = '8', deadline = dayFromToday(83) } = {}): Promise<void> {
  await page.selectOption('select[name="target"]', 'area:applications');
  await page.fill('input[name="hours"]', hours);
  await page.fill('input[name="deadline"]', deadline);
  for (const [id, level] of Object.entries(RATINGS)) await page.check(`input[name="rating-${id}"][value="${level}"]`);
}

const checkedRatings = (page: Page) =>
  page.$$eval('fieldset[data-skill] input[type="radio"]:checked', (radios) =>
    Object.fromEntries(
      radios.map((radio) => [
        (radio as HTMLInputElement).name.slice('rating-'.length),
        Number((radio as HTMLInputElement).value),
      ]),
    ),
  );
/** The report and plan as the links they list, in order: the same in both languages. */
const reportLinks = (page: Page) =>
  page.$$eval('[data-strengths] a, [data-gaps] a, [data-weeks] li.week p > a[href^="#skill-"]', (links) =>
    links.map((link) => link.getAttribute('href')),
  );
const storedProgress = async (page: Page) =>
  JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)) ?? 'null');
const weeks = (page: Page) => page.locator('[data-weeks] > li');

describe('the self-assessment', () => {
  it('rates a few skills, shows the report and plan, and keeps them after a reload and on the English page', async () => {
    const { context, page } = await freshPage();
    await openAssessment(page);
    await fillIn(page);
    await expect.poll(() => page.textContent('[data-summary]')).toMatch(/^已评 3\/\d+ 项/);
    await expect.poll(() => page.locator('[data-strengths] a[href="#skill-app-prompting-techniques"]').count()).toBe(1);
    expect(await page.locator('[data-strengths] a[href="#skill-fund-tokens"]').count()).toBe(1);
    const ragGap = page.locator('[data-report] li:has(a[href="#skill-app-rag-evaluation"])').first();
    expect(await ragGap.textContent()).toMatch(/1 → 3 级，约 \d+ 小时/);
    expect(await weeks(page).count()).toBeGreaterThan(0);
    expect(await weeks(page).first().locator('h3').textContent()).toMatch(/^第 1 周：/);
    const firstItem = weeks(page).first().locator('ul > li').first();
    for (const step of ['read', 'do'])
      expect(await firstItem.locator(`dd[data-step="${step}"] a`).getAttribute('href')).toMatch(
        /^\/guide\/(areas|roadmap)\/[a-z-]+\/#/,
      );
    expect(await page.textContent('[data-reassess]')).toMatch(/^重新评估日期：/);

    const stored = await storedProgress(page);
    expect(stored.version).toBe(4);
    expect(stored.assessment).toMatchObject({
      target: { kind: 'area', area: 'applications' },
      hoursPerWeek: 8,
      deadline: dayFromToday(83),
      ratings: RATINGS,
    });
    const report = await reportLinks(page);
    const plan = await page.innerText('[data-plan]');

    await page.reload();
    await expect.poll(() => page.innerText('[data-plan]')).toBe(plan);
    expect(await reportLinks(page)).toEqual(report);
    expect(await checkedRatings(page)).toEqual(RATINGS);

    await openAssessment(page, 'en/assessment/');
    await expect.poll(() => reportLinks(page)).toEqual(report);
    expect(await checkedRatings(page)).toEqual(RATINGS);
    expect(await page.inputValue('select[name="target"]')).toBe('area:applications');
    expect(await page.inputValue('input[name="hours"]')).toBe('8');
    expect(await page.inputValue('input[name="deadline"]')).toBe(dayFromToday(83));
    expect(await page.textContent('[data-summary]')).toMatch(/^Rated 3 of the \d+ skills/);
    expect(await weeks(page).first().locator('h3').textContent()).toMatch(/^Week 1: /);
    await context.close();
  });

  it('hides the skills the target does not need until the reader asks for all of them', async () => {
    const { context, page } = await freshPage();
    await openAssessment(page, 'en/assessment/');
    const skills = page.locator('fieldset[data-skill]');
    const total = await skills.count();
    expect(await page.locator('fieldset[data-skill]:visible').count()).toBe(total);
    await page.selectOption('select[name="target"]', 'area:pretraining');
    await expect.poll(() => page.locator('fieldset[data-skill]:visible').count()).toBeLessThan(total);
    expect(await page.locator('#skill-pre-parallelism').isVisible()).toBe(true);
    expect(await page.locator('#skill-app-guardrails').isVisible()).toBe(false);
    expect(await page.locator('[data-group-section="applications"] [data-hidden-count]').textContent()).toMatch(/\d+ skills/);
    await page.uncheck('input[data-only-needed]');
    await expect.poll(() => page.locator('fieldset[data-skill]:visible').count()).toBe(total);
    await context.close();
  });

  it('shows checklist and practice evidence, and flags a rating the quick check does not support', async () => {
    const { context, page } = await freshPage();
    await openAssessment(page, 'en/assessment/');
    const skill = page.locator('#skill-fund-tokens');
    await page.check('#skill-fund-tokens input[value="2"]');
    expect(await skill.locator('[data-unsupported]').isVisible()).toBe(false);
    await skill.locator('summary').click();
    await skill.locator('button[data-grade="again"]').first().click();
    await expect.poll(() => skill.locator('[data-unsupported]').textContent()).toMatch(/You rated this 2, but you marked 1/);
    expect(await skill.locator('[data-practice-summary]').textContent()).toContain('0 known, 1 to review');
    await page.selectOption('select[name="target"]', 'area:applications');
    await expect.poll(() => page.locator('[data-unsupported-report] a[href="#skill-fund-tokens"]').isVisible()).toBe(true);

    await page.goto(`${suite.site.url}roadmap/fundamentals/`);
    const box = page.locator('progress-checklist input[data-item-id="fundamentals-tokenizer-compare"]');
    await expect.poll(() => box.isEnabled()).toBe(true);
    await box.check();
    await openAssessment(page, 'en/assessment/');
    const item = skill.locator('[data-checklist-item="fundamentals-tokenizer-compare"]');
    await expect.poll(() => item.getAttribute('data-done')).toBe('');
    expect(await item.locator('[data-item-state]').textContent()).toBe(' (done)');
    await context.close();
  });

  it('migrates checklist progress and practice stored by version 3, losing neither', async () => {
    const { context, page } = await freshPage();
    const v3 = {
      version: 3,
      completed: ['fundamentals-tokenizer-compare'],
      practice: { 'pre-vocab-size-chinese': { box: 1, due: '2026-01-01', last: 'again', revision: 1 } },
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    await context.addInitScript(
      ([key, value]) => {
        if (!localStorage.getItem(key)) localStorage.setItem(key, value);
      },
      [STORAGE_KEY, JSON.stringify(v3)] as const,
    );
    await openAssessment(page, 'en/assessment/');
    await expect
      .poll(() =>
        page.locator('#skill-fund-tokens [data-checklist-item="fundamentals-tokenizer-compare"]').getAttribute('data-done'),
      )
      .toBe('');
    await page.check('#skill-fund-tokens input[value="3"]');
    await expect.poll(() => page.locator('#skill-fund-tokens [data-unsupported]').isVisible()).toBe(true);
    const stored = await storedProgress(page);
    expect(stored).toMatchObject({
      version: 4,
      completed: v3.completed,
      practice: v3.practice,
      assessment: { ratings: { 'fund-tokens': 3 } },
    });
    await context.close();
  });

  it('says when the stored progress cannot be read, and keeps it as a backup', async () => {
    const { context, page } = await freshPage();
    await context.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{"version": 4, "completed": [oops');
        sessionStorage.setItem('seeded', '1');
      }
    }, STORAGE_KEY);
    await openAssessment(page, 'en/assessment/');
    await expect.poll(() => page.locator('[data-damaged]').isVisible()).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('guide-progress:damaged-backup'))).toContain('oops');
    await context.close();
  });

  it('round-trips through export and import on the Progress page', async () => {
    const first = await freshPage();
    await openAssessment(first.page);
    await fillIn(first.page);
    await expect.poll(() => weeks(first.page).count()).toBeGreaterThan(0);
    const report = await reportLinks(first.page);
    await first.page.goto(`${suite.site.url}progress/`);
    const [download] = await Promise.all([first.page.waitForEvent('download'), first.page.click('button[data-action="export"]')]);
    const exported = await readFile((await download.path())!, 'utf8');
    expect(JSON.parse(exported).assessment).toMatchObject({ target: { kind: 'area', area: 'applications' }, ratings: RATINGS });
    await first.context.close();

    const second = await freshPage();
    await second.page.goto(`${suite.site.url}en/progress/`);
    await second.page.setInputFiles('input[data-action="import"]', {
      name: 'progress.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await second.page.locator('progress-manager dialog[open] button[value="confirm"]').click();
    await expect.poll(() => second.page.textContent('[data-progress-status]')).toContain('Restored');
    await openAssessment(second.page, 'en/assessment/');
    await expect.poll(() => checkedRatings(second.page)).toEqual(RATINGS);
    expect(await reportLinks(second.page)).toEqual(report);
    await second.context.close();
  });

  it('refuses an import with a bad rating and keeps the current assessment', async () => {
    const { context, page } = await freshPage();
    await openAssessment(page);
    await fillIn(page);
    await expect.poll(() => storedProgress(page).then((stored) => stored?.assessment?.ratings)).toEqual(RATINGS);
    const before = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    const bad = JSON.stringify({ ...JSON.parse(before!), assessment: { ratings: { 'fund-tokens': 7 } } });
    await page.goto(`${suite.site.url}en/progress/`);
    await page.setInputFiles('input[data-action="import"]', {
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(bad),
    });
    await expect
      .poll(() => page.textContent('[data-progress-error]'))
      .toMatch(/does not have the shape.*assessment\.ratings\.fund-tokens/);
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(before);
    await context.close();
  });

  it('says when the plan does not fit the deadline, and shows what fits', async () => {
    const { context, page } = await freshPage();
    await openAssessment(page, 'en/assessment/');
    await fillIn(page, { hours: '8', deadline: dayFromToday(13) });
    const message = page.locator('[data-plan-messages] p').first();
    await expect
      .poll(() => message.textContent())
      .toMatch(/^Not every gap fits before the deadline: \d+ h are left over\. .* \d+ h a week\./);
    expect(await message.textContent()).toMatch(/At 8 h a week, every gap is closed by /);
    // Thirteen days hold two weeks at most; the first gaps in learning order fill them.
    expect([1, 2]).toContain(await weeks(page).count());
    expect(await message.textContent()).toMatch(/Below is what fits\.$/);
    expect(await page.locator('[data-unplanned]').isVisible()).toBe(true);
    expect(await page.locator('[data-unplanned] li').count()).toBeGreaterThan(0);
    await context.close();
  });

  it.each([
    ['0 hours a week', { hours: '0' }, /^At 0 hours a week there is no plan/],
    ['a deadline that has passed', { deadline: dayFromToday(-1) }, /^The deadline has passed/],
    ['a deadline too close for even the first gap', { hours: '1', deadline: dayFromToday(6) }, /not even the first gap fits/],
  ])('says there is no plan for %s', async (_, input, text) => {
    const { context, page } = await freshPage();
    await openAssessment(page, 'en/assessment/');
    await fillIn(page, input);
    await expect.poll(() => page.locator('[data-plan-messages] p').first().textContent()).toMatch(text);
    expect(await weeks(page).count()).toBe(0);
    expect(await page.textContent('[data-reassess]')).toBe('');
    await context.close();
  });

  it('prints the report and plan without the form and the matrix', async () => {
    const { context, page } = await freshPage();
    await openAssessment(page, 'en/assessment/');
    await fillIn(page);
    await expect.poll(() => weeks(page).count()).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-assessment-matrix]').isVisible()).toBe(false);
    expect(await page.locator('select[name="target"]').isVisible()).toBe(false);
    expect(await page.locator('[data-report-summary]').isVisible()).toBe(true);
    expect(await weeks(page).first().isVisible()).toBe(true);
    await context.close();
  });

  it('reads as tables of levels without JavaScript and says the report needs it', async () => {
    const context = await suite.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${suite.site.url}en/assessment/`);
    expect(await page.locator('main noscript').first().textContent()).toContain(
      'The interactive report and plan need JavaScript',
    );
    const skills = page.locator('fieldset[data-skill]');
    expect(await skills.count()).toBeGreaterThan(90);
    expect(await page.locator('fieldset[data-skill]:visible table tr').count()).toBe((await skills.count()) * 4);
    expect(await page.locator('#skill-inf-kv-cache legend').textContent()).toBe('Sizing the KV cache');
    expect(await page.locator('#skill-inf-kv-cache th[scope="row"]').allTextContents()).toHaveLength(4);
    await context.close();
  });
});

describe.each(['light', 'dark'] as const)('axe-core on the assessment with a report, %s theme', (theme) => {
  it.each(['assessment/', 'en/assessment/'])('%s has no violations', async (path) => {
    // axe is injected by evaluation, which the page's CSP would otherwise block.
    const context = await suite.browser.newContext({ bypassCSP: true, colorScheme: theme });
    const page = await context.newPage();
    await openAssessment(page, path);
    await fillIn(page, { hours: '8', deadline: dayFromToday(20) });
    await page.check('#skill-fund-tokens input[value="3"]');
    await page.locator('#skill-fund-tokens summary').click();
    await page.locator('#skill-fund-tokens button[data-grade="again"]').first().click();
    await expect.poll(() => page.locator('[data-unplanned]').isVisible()).toBe(true);
    expect(await page.getAttribute('html', 'data-theme')).toBe(theme);
    await page.evaluate(AXE_SOURCE);
    const violations = (await page.evaluate(
      `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} }, resultTypes: ['violations'] }).then((result) => result.violations)`,
    )) as { id: string; nodes: { target: string[] }[] }[];
    await context.close();
    expect(
      violations.map(
        (violation) =>
          `${violation.id}: ${violation.nodes
            .slice(0, 3)
            .map((node) => node.target.join(' '))
            .join(' | ')}`,
      ),
    ).toEqual([]);
  });
});
