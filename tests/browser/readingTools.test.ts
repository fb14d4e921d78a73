// The reading tools: re-weighting the ranking (weights in the address, ties, results in view while
// sliding), the Progress page (bars, destructive actions that ask first, errors as alerts) and the
// home page's "start here" links.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useBrowserSuite } from '../helpers/browserSuite';

const suite = useBrowserSuite('sub');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const GUIDE_ORDER = ['pretraining', 'data', 'applications', 'alignment', 'inference', 'fine-tuning'];
const CRITERIA = ['scarcity', 'barrier', 'demand', 'hardware', 'tob', 'toc'];

async function openPage(options: { width?: number; javaScript?: boolean } = {}) {
  const { width = 1440, javaScript = true } = options;
  const context = await suite.browser.newContext({
    viewport: { width, height: width < 600 ? 844 : 900 },
    javaScriptEnabled: javaScript,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

const rankingOrder = (page: Page) =>
  page.$$eval('[data-ranked-list] li', (items) => items.map((item) => item.getAttribute('data-slug')));
const shownPositions = (page: Page) =>
  page.$$eval('[data-ranked-list] [data-position]', (spans) => spans.map((span) => span.textContent?.trim()));
const sliderValues = (page: Page) =>
  page.$$eval('[data-reweigh-form] input[type="range"]', (inputs) => (inputs as HTMLInputElement[]).map((input) => input.value));
const search = (page: Page) => new URL(page.url()).search;
/** A computed colour as [red, green, blue], whatever notation the stylesheet used (Tailwind writes oklch). */
const colourOf = (locator: Locator, property: string) =>
  locator.evaluate((element, name) => {
    const context = document.createElement('canvas').getContext('2d')!;
    context.fillStyle = getComputedStyle(element).getPropertyValue(name);
    context.fillRect(0, 0, 1, 1);
    return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  }, property);

async function axeViolations(page: Page, selector = 'main'): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(
    `axe.run(document.querySelector(${JSON.stringify(selector)}), { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} }, resultTypes: ['violations'] }).then((result) => result.violations.map((violation) => violation.id + ': ' + violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')))`,
  )) as string[];
  return violations;
}

describe('re-weighting the ranking', () => {
  it('keeps the weights in ?w=, restores them on reload and in a fresh browser, and carries them across languages', async () => {
    const { context, page, errors } = await openPage();
    await page.goto(`${suite.site.url}en/ranking/`);
    await expect.poll(() => page.locator('[data-reweigh-form]').isVisible()).toBe(true);
    expect(search(page)).toBe('');
    await page.locator('#weight-scarcity').fill('-2');
    await page.locator('#weight-hardware').fill('-1.5');
    await expect.poll(() => search(page)).toBe('?w=-2,1,2,-1.5,1.5,0.5');
    const reordered = await rankingOrder(page);
    expect(reordered).not.toEqual(GUIDE_ORDER);
    expect(await page.getAttribute('a[data-language-switch]', 'href')).toMatch(/\/guide\/ranking\/\?w=-2,1,2,-1\.5,1\.5,0\.5$/);

    await page.reload();
    await expect.poll(() => sliderValues(page)).toEqual(['-2', '1', '2', '-1.5', '1.5', '0.5']);
    expect(await rankingOrder(page)).toEqual(reordered);
    expect(await page.inputValue('#reweigh-context')).toBe('custom');
    const shared = page.url();
    await context.close();

    const fresh = await openPage({ width: 390 });
    await fresh.page.goto(shared);
    await expect.poll(() => rankingOrder(fresh.page)).toEqual(reordered);
    await fresh.page.click('a[data-language-switch]');
    await fresh.page.waitForURL(/\/guide\/ranking\/\?w=/);
    await expect.poll(() => rankingOrder(fresh.page)).toEqual(reordered);
    await fresh.context.close();
    expect(errors.concat(fresh.errors)).toEqual([]);
  });

  it('names the preset a shared address matches, and drops ?w= for the guide weights', async () => {
    const { context, page } = await openPage();
    await page.goto(`${suite.site.url}ranking/?w=1,0,3,-2,2,2`);
    await expect.poll(() => page.inputValue('#reweigh-context')).toBe('startup');
    await page.click('button[data-reset]');
    await expect.poll(() => search(page)).toBe('');
    expect(await rankingOrder(page)).toEqual(GUIDE_ORDER);
    await context.close();
  });

  it.each([
    ['numbers far out of range and text', '?w=999,abc,-1e9', ['5', '1', '-3', '0', '1.5', '0.5']],
    ['markup', `?w=${encodeURIComponent('<img src=x onerror=alert(1)>')}`, ['3', '1', '2', '0', '1.5', '0.5']],
    ['an empty value', '?w=', ['3', '1', '2', '0', '1.5', '0.5']],
    ['too many entries', '?w=1,1,1,1,1,1,1,1,1,1', ['1', '1', '1', '1', '1', '1']],
  ])('turns a hostile ?w= (%s) into a sane ranking', async (_, query, expected) => {
    const { context, page, errors } = await openPage();
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto(`${suite.site.url}en/ranking/${query}`);
    await expect.poll(() => sliderValues(page)).toEqual(expected);
    const order = await rankingOrder(page);
    expect([...order].sort()).toEqual([...GUIDE_ORDER].sort());
    for (const position of await shownPositions(page)) expect(position).toMatch(/^=?[1-6]$/);
    for (const score of await page.$$eval('[data-score]', (spans) => spans.map((span) => span.textContent ?? ''))) {
      expect(Number.isFinite(Number(score))).toBe(true);
    }
    // The address is rewritten to what the sliders show.
    const canonical = expected.join(',') === '3,1,2,0,1.5,0.5' ? '' : `?w=${expected.join(',')}`;
    await expect.poll(() => search(page)).toBe(canonical);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows equal scores as ties ("=1") and explains the sign', async () => {
    const { context, page } = await openPage();
    // Job demand alone: data and applications score 5, inference and fine-tuning 4, pretraining and alignment 3.
    await page.goto(`${suite.site.url}en/ranking/?w=0,0,1,0,0,0`);
    await expect.poll(() => shownPositions(page)).toEqual(['=1', '=1', '=3', '=3', '=5', '=5']);
    expect(await rankingOrder(page)).toEqual(['data', 'applications', 'inference', 'fine-tuning', 'pretraining', 'alignment']);
    expect(await page.locator('[data-ranked-list] li').first().locator('[data-position-label]').textContent()).toBe(
      'Tied at position 1',
    );
    expect(await page.locator('[data-tie-note]').isVisible()).toBe(true);
    await page.locator('#weight-hardware').fill('-1');
    await expect.poll(() => page.locator('[data-tie-note]').isVisible()).toBe(false);
    expect(await shownPositions(page)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(await rankingOrder(page)).toEqual(['applications', 'data', 'fine-tuning', 'inference', 'alignment', 'pretraining']);
    await context.close();
  });

  it('marks where zero is on every slider', async () => {
    const { context, page } = await openPage();
    await page.goto(`${suite.site.url}en/ranking/?w=0,0,0,0,0,0`);
    await expect.poll(() => page.locator('[data-reweigh-form]').isVisible()).toBe(true);
    for (const criterion of CRITERIA) {
      const slider = page.locator(`#weight-${criterion}`);
      const zero = slider.locator('xpath=following-sibling::div[1]').getByText('0', { exact: true });
      const [sliderBox, zeroBox] = [await slider.boundingBox(), await zero.boundingBox()];
      // At weight 0 the thumb sits over the zero mark: its centre, 8 px in from the track's ends, at 3/8 of the travel.
      const thumbCentre = sliderBox!.x + 8 + (sliderBox!.width - 16) * (3 / 8);
      expect(Math.abs(zeroBox!.x + zeroBox!.width / 2 - thumbCentre)).toBeLessThan(3);
    }
    await context.close();
  });

  it.each([390, 1440])('keeps every result in view while a slider is focused (%i px)', async (width) => {
    const { context, page } = await openPage({ width });
    await page.goto(`${suite.site.url}ranking/`);
    await expect.poll(() => page.locator('[data-reweigh-form]').isVisible()).toBe(true);
    for (const criterion of ['scarcity', 'toc']) {
      const slider = page.locator(`#weight-${criterion}`);
      await slider.focus();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => search(page)).toContain('?w=');
      const inView = await page.evaluate((id) => {
        const visible = (element: Element) => {
          const box = element.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return box.top >= 0 && box.bottom <= innerHeight && hit !== null && element.contains(hit);
        };
        return {
          slider: visible(document.getElementById(id)!),
          results: [...document.querySelectorAll('[data-ranked-list] li')].map(visible),
        };
      }, `weight-${criterion}`);
      expect(inView).toEqual({ slider: true, results: Array(6).fill(true) });
    }
    await context.close();
  });

  it('shows the editorial ranking and table without JavaScript, whatever ?w= says', async () => {
    const { context, page } = await openPage({ javaScript: false });
    await page.goto(`${suite.site.url}en/ranking/?w=0,0,1,0,0,0`);
    expect(await rankingOrder(page)).toEqual(GUIDE_ORDER);
    expect(await shownPositions(page)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(await page.locator('[data-reweigh-form]').isVisible()).toBe(false);
    expect(await page.locator('main table tbody tr').count()).toBe(6);
    await context.close();
  });
});

describe('the Progress page', () => {
  const storedProgress = (page: Page) => page.evaluate(() => localStorage.getItem('guide-progress:v2'));
  const bar = (page: Page, stage: string) => page.locator(`li:has(> a#progress-${stage}) [data-progress-bar]`);
  const dialog = (page: Page) => page.locator('progress-manager dialog');
  const dialogOpen = (page: Page) => dialog(page).evaluate((element: HTMLDialogElement) => element.open);

  async function tickTwoRagItems(page: Page): Promise<string[]> {
    await page.goto(`${suite.site.url}en/roadmap/rag/`);
    const boxes = page.locator('progress-checklist input[type="checkbox"]');
    await expect.poll(() => boxes.first().isEnabled()).toBe(true);
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    await expect.poll(async () => JSON.parse((await storedProgress(page)) ?? '{}').completed?.length).toBe(2);
    return [(await boxes.nth(0).getAttribute('data-item-id'))!, (await boxes.nth(2).getAttribute('data-item-id'))!];
  }

  it('draws a bar per stage and marks the items that are done', async () => {
    const { context, page, errors } = await openPage();
    const ticked = await tickTwoRagItems(page);
    await page.goto(`${suite.site.url}en/progress/`);
    const rag = bar(page, 'rag');
    await expect.poll(() => rag.locator('progress').evaluate((element: HTMLProgressElement) => element.value)).toBe(2);
    const total = await rag.locator('progress').evaluate((element: HTMLProgressElement) => element.max);
    expect(await rag.locator('[data-progress-count]').textContent()).toBe(`2/${total}`);
    expect(await rag.locator('progress').getAttribute('aria-valuetext')).toBe(`2 of ${total} done`);
    const named = page.getByRole('progressbar', { name: /Knowledge-base and RAG/ });
    expect(await named.count()).toBe(1);
    expect(
      await bar(page, 'fundamentals')
        .locator('progress')
        .evaluate((element: HTMLProgressElement) => element.value),
    ).toBe(0);
    const overall = page.getByRole('progressbar', { name: 'Overall progress' });
    expect(await overall.evaluate((element: HTMLProgressElement) => [element.value, element.max])).toEqual([2, 49]);

    const done = await page.$$eval('li[data-item][data-done]', (items) => items.map((item) => item.getAttribute('data-item')));
    expect(done.sort()).toEqual([...ticked].sort());
    expect(await page.locator(`li[data-item="${ticked[0]}"] [data-item-state]`).textContent()).toBe(' (done)');
    expect(await page.locator('li[data-item]:not([data-done]) [data-item-state]').first().textContent()).toBe(' (not done)');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reserves the bars before the script runs, so the page does not jump', async () => {
    const noScript = await openPage({ javaScript: false });
    await noScript.page.goto(`${suite.site.url}en/progress/`);
    // Without JavaScript a <noscript> note sits above the bars, so compare their size, not their place.
    const size = async (page: Page) => {
      const box = await page.locator('progress-overview').boundingBox();
      return { width: box?.width, height: box?.height };
    };
    const before = await size(noScript.page);
    expect(await noScript.page.getByRole('progressbar').count()).toBe(8);
    await noScript.context.close();
    const { context, page } = await openPage();
    await tickTwoRagItems(page);
    await page.goto(`${suite.site.url}en/progress/`);
    await expect.poll(() => bar(page, 'rag').locator('[data-progress-count]').textContent()).toMatch(/^2\//);
    expect(await size(page)).toEqual(before);
    await context.close();
  });

  it('styles clearing as destructive, asks in a dialog first, and cancelling loses nothing', async () => {
    const { context, page } = await openPage();
    await tickTwoRagItems(page);
    const before = await storedProgress(page);
    await page.goto(`${suite.site.url}en/progress/`);
    const clear = page.locator('button[data-action="clear"]');
    const [red, green, blue] = await colourOf(clear, 'color');
    expect(red).toBeGreaterThan(green! + 60);
    expect(red).toBeGreaterThan(blue! + 60);
    expect(await colourOf(page.locator('button[data-action="export"]'), 'color')).not.toEqual([red, green, blue]);

    await clear.click();
    await expect.poll(() => dialogOpen(page)).toBe(true);
    expect(await dialog(page).textContent()).toContain('Clear all 2 completed items');
    // Cancel is the default: it has focus, so Enter keeps the progress.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('value'))).toBe('cancel');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialogOpen(page)).toBe(false);
    await expect.poll(() => page.textContent('[data-progress-status]')).toContain('unchanged');
    expect(await storedProgress(page)).toBe(before);
    expect(await bar(page, 'rag').locator('[data-progress-count]').textContent()).toMatch(/^2\//);

    await clear.click();
    await expect.poll(() => dialogOpen(page)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialogOpen(page)).toBe(false);
    expect(await storedProgress(page)).toBe(before);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('clear');

    await clear.click();
    await dialog(page).locator('button[value="confirm"]').click();
    await expect.poll(() => storedProgress(page)).toBeNull();
    await expect.poll(() => bar(page, 'rag').locator('[data-progress-count]').textContent()).toMatch(/^0\//);
    await context.close();
  });

  it('shows a corrupted import as an alert and keeps the current progress', async () => {
    const { context, page } = await openPage();
    await tickTwoRagItems(page);
    const before = await storedProgress(page);
    await page.goto(`${suite.site.url}en/progress/`);
    await expect.poll(() => bar(page, 'rag').locator('[data-progress-count]').textContent()).toMatch(/^2\//);
    await page.setInputFiles('input[data-action="import"]', {
      name: 'progress.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"version": 2, "completed": ["rag-'),
    });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/^Import failed: That is not valid JSON.*unchanged\.$/);
    expect(await alert.isVisible()).toBe(true);
    const [red, green] = await colourOf(alert, 'border-left-color');
    expect(red).toBeGreaterThan(green! + 60);
    expect(await alert.evaluate((element) => parseFloat(getComputedStyle(element).borderLeftWidth))).toBeGreaterThanOrEqual(3);
    expect(await dialogOpen(page)).toBe(false);
    expect(await storedProgress(page)).toBe(before);
    expect(await bar(page, 'rag').locator('[data-progress-count]').textContent()).toMatch(/^2\//);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('asks before an import replaces progress; a confirmed import clears the old alert', async () => {
    const { context, page } = await openPage();
    await page.goto(`${suite.site.url}en/progress/`);
    await page.setInputFiles('input[data-action="import"]', {
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('['),
    });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('not valid JSON');
    const good = JSON.stringify({ version: 2, completed: ['rag-eval-set'], updatedAt: '2026-01-01T00:00:00Z' });
    await page.setInputFiles('input[data-action="import"]', {
      name: 'good.json',
      mimeType: 'application/json',
      buffer: Buffer.from(good),
    });
    await expect.poll(() => dialogOpen(page)).toBe(true);
    expect(await dialog(page).locator('button[value="confirm"]').textContent()).toContain('Replace my progress');
    expect(await axeViolations(page, 'progress-manager dialog')).toEqual([]);
    await dialog(page).locator('button[value="confirm"]').click();
    await expect.poll(() => page.textContent('[data-progress-status]')).toContain('Restored 1');
    expect(await page.getByRole('alert').textContent()).toBe('');
    await expect.poll(() => bar(page, 'rag').locator('[data-progress-count]').textContent()).toMatch(/^1\//);
    await context.close();
  });
});

describe('the home page', () => {
  it.each(['', 'en/'])('/%s links each starting profile to its path on the roadmap page', async (prefix) => {
    const { context, page } = await openPage();
    await page.goto(`${suite.site.url}${prefix}`);
    const links = await page.$$eval('[data-starting-paths] a', (anchors) =>
      anchors.map((anchor) => ({ href: (anchor as HTMLAnchorElement).href, text: anchor.textContent?.trim() })),
    );
    expect(links).toHaveLength(3);
    for (const [index, { href, text }] of links.entries()) {
      expect(href.startsWith(`${suite.site.url}${prefix}roadmap/#`)).toBe(true);
      await page.goto(`${suite.site.url}${prefix}`);
      await page.locator('[data-starting-paths] a').nth(index).click();
      await page.waitForURL(href);
      const heading = page.locator(`[id="${decodeURIComponent(new URL(href).hash.slice(1))}"]`);
      expect(await heading.evaluate((element) => element.tagName)).toBe('H3');
      expect((await heading.textContent())?.trim()).toBe(text);
      // The browser scrolled to the path (the last one sits near the end, so it cannot reach the top).
      await expect
        .poll(() =>
          heading.evaluate(
            (element) => element.getBoundingClientRect().top >= 0 && element.getBoundingClientRect().bottom <= innerHeight,
          ),
        )
        .toBe(true);
    }
    await context.close();
  });

  it('opens with the title on a phone: no contents box above it', async () => {
    const { context, page } = await openPage({ width: 390 });
    await page.goto(suite.site.url);
    const [header, title] = await Promise.all([page.locator('header').boundingBox(), page.locator('main h1').boundingBox()]);
    expect(title!.y - (header!.y + header!.height)).toBeLessThan(48);
    await context.close();
  });
});
