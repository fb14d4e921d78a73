// The roadmap diagram: the drawing that fits the screen, stage links with names, lines brought out on
// hover and focus, and progress from this browser's store that moves nothing.
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { useBrowserSuite } from '../helpers/browserSuite';

const suite = useBrowserSuite('root');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

async function openRoadmap(path: string, options: BrowserContextOptions = {}, storedProgress?: string) {
  const context = await suite.browser.newContext(options);
  if (storedProgress) await context.addInitScript((value) => localStorage.setItem('guide-progress:v2', value), storedProgress);
  const page = await context.newPage();
  await page.goto(`${suite.site.url}${path}`);
  return { context, page };
}

/** Label, note and count texts that stick out of their link's box, or overlap each other by more than
    the 2px that tall CJK font metrics add to a line's box. */
function textsOutOfPlace(drawing: Locator): Promise<string[]> {
  return drawing.evaluate((svg) =>
    [...svg.querySelectorAll('a')].flatMap((link) => {
      const box = link.querySelector('rect')!.getBBox();
      const texts = [...link.querySelectorAll('text')].filter((text) => text.textContent!.trim() !== '');
      const bounds = texts.map((text) => text.getBBox());
      return texts.flatMap((text, index) => {
        const own = bounds[index]!;
        const outside =
          own.x < box.x || own.y < box.y || own.x + own.width > box.x + box.width || own.y + own.height > box.y + box.height;
        const overlapping = bounds.some(
          (other, otherIndex) =>
            otherIndex !== index &&
            Math.min(own.x + own.width, other.x + other.width) - Math.max(own.x, other.x) > 2 &&
            Math.min(own.y + own.height, other.y + other.height) - Math.max(own.y, other.y) > 2,
        );
        return outside || overlapping ? [`${link.getAttribute('href')}: ${text.textContent}`] : [];
      });
    }),
  );
}

/** Where every stage box and the section after the diagram sit on the page. */
function geometry(page: Page) {
  return page.evaluate(() => ({
    boxes: [...document.querySelectorAll('svg:is(.roadmap-wide, .roadmap-narrow) a > rect')].map((rect) => {
      const { x, y, width, height } = rect.getBoundingClientRect();
      return [x, y, width, height].map(Math.round);
    }),
    after: Math.round(document.querySelector('#stages')!.getBoundingClientRect().top),
  }));
}

const lineStyle = (line: Locator) =>
  line.evaluate((element) => {
    const style = getComputedStyle(element);
    return { stroke: style.stroke, width: style.strokeWidth, opacity: style.opacity, visibility: style.visibility };
  });

describe('roadmap diagram', () => {
  it.each(['roadmap/', 'en/roadmap/'])('%s fits a phone: the narrow drawing, every label inside its box', async (path) => {
    const { context, page } = await openRoadmap(path, { viewport: PHONE });
    const narrow = page.locator('svg.roadmap-narrow');
    await expect.poll(() => narrow.isVisible()).toBe(true);
    expect(await page.locator('svg.roadmap-wide').isVisible()).toBe(false);
    await expect.poll(() => narrow.locator('[data-progress-scope="fundamentals"]').textContent()).toMatch(/^0\/\d+$/);
    const box = (await narrow.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await textsOutOfPlace(narrow)).toEqual([]);
    // The stages run top to bottom, each a full-width row.
    const stageBoxes = await narrow
      .locator('a[data-stage] > rect')
      .evaluateAll((rects) => rects.map((rect) => rect.getBoundingClientRect().toJSON()));
    expect(stageBoxes).toHaveLength(7);
    for (const [index, stage] of stageBoxes.entries()) {
      expect(stage.width).toBeGreaterThan(box.width * 0.75);
      if (index > 0) expect(stage.top).toBeGreaterThan(stageBoxes[index - 1]!.bottom);
    }
    await context.close();
  });

  it.each(['roadmap/', 'en/roadmap/'])('%s shows the wide drawing on a desktop at its natural size', async (path) => {
    const { context, page } = await openRoadmap(path, { viewport: DESKTOP });
    const wide = page.locator('svg.roadmap-wide');
    await expect.poll(() => wide.isVisible()).toBe(true);
    expect(await page.locator('svg.roadmap-narrow').isVisible()).toBe(false);
    expect(Math.round((await wide.boundingBox())!.width)).toBe(720);
    expect(await wide.locator('path[data-to="applications"]').count()).toBeGreaterThan(2);
    expect(await textsOutOfPlace(wide)).toEqual([]);
    await context.close();
  });

  it('names the drawing and each stage and direction link', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const { context, page } = await openRoadmap('en/roadmap/', { viewport });
      const drawing = page.getByRole('group', { name: 'Seven stages, six directions' });
      await expect.poll(() => drawing.count()).toBe(1);
      expect(await drawing.getAttribute('aria-describedby')).toMatch(/caption$/);
      const description = await page.locator(`[id="${await drawing.getAttribute('aria-describedby')}"]`).textContent();
      expect(description).toContain('seven stages');
      const rag = drawing.getByRole('link', { name: '4. Knowledge-base and RAG applications', exact: true });
      expect(await rag.getAttribute('href')).toBe('/en/roadmap/rag/');
      expect(await drawing.getByRole('link', { name: '#1 Pretraining', exact: true }).getAttribute('href')).toBe(
        '/en/areas/pretraining/',
      );
      expect(await drawing.getByRole('link').count()).toBe(13);
      await context.close();
    }
  });

  it('brings out a stage’s lines and prerequisites on hover, and fades the rest', async () => {
    const { context, page } = await openRoadmap('roadmap/', { viewport: DESKTOP });
    const wide = page.locator('svg.roadmap-wide');
    const ownLine = wide.locator('path[data-from="industry-apps"][data-to="applications"]');
    const impliedArc = wide.locator('path[data-from="prompting"][data-to="industry-apps"]');
    const otherLine = wide.locator('path[data-from="fundamentals"][data-to="pretraining"]');
    expect(await impliedArc.getAttribute('data-implied')).toBe('');
    const resting = await lineStyle(ownLine);
    expect(resting.width).toBe('1.5px');
    expect((await lineStyle(impliedArc)).visibility).toBe('hidden');

    const stage = wide.locator('a[data-stage="industry-apps"]');
    const accent = await stage.locator('rect.roadmap-box').evaluate((rect) => getComputedStyle(rect).stroke);
    await stage.hover();
    await expect.poll(async () => (await lineStyle(ownLine)).width).toBe('2.5px');
    expect((await lineStyle(ownLine)).stroke).toBe(accent);
    expect((await lineStyle(impliedArc)).visibility).toBe('visible');
    await expect.poll(async () => (await lineStyle(otherLine)).opacity).toBe('0.25');

    await page.mouse.move(0, 0);
    await expect.poll(async () => (await lineStyle(ownLine)).width).toBe('1.5px');
    expect((await lineStyle(otherLine)).opacity).toBe('1');
    await context.close();
  });

  it.each(['light', 'dark'] as const)('brings out a stage’s lines when it gets keyboard focus (%s)', async (theme) => {
    const { context, page } = await openRoadmap('roadmap/', { viewport: DESKTOP, colorScheme: theme });
    const wide = page.locator('svg.roadmap-wide');
    const line = wide.locator('path[data-from="rag"][data-to="data"]');
    const ring = wide
      .locator('a[data-stage="rag"]')
      .locator('xpath=preceding-sibling::*[contains(@class, "roadmap-ring")]')
      .first();
    await wide.locator('a[data-stage="prompting"]').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-stage'))).toBe('rag');
    await expect.poll(async () => (await lineStyle(line)).width).toBe('2.5px');
    // The accent is the stage boxes' own outline colour in each theme.
    const accent = await wide.locator('a[data-stage="rag"] > rect').evaluate((rect) => getComputedStyle(rect).stroke);
    expect(accent).not.toBe((await lineStyle(wide.locator('path[data-from="fundamentals"]').first())).stroke);
    expect((await lineStyle(line)).stroke).toBe(accent);
    expect(await ring.evaluate((element) => getComputedStyle(element).stroke)).toBe(accent);
    await context.close();
  });

  it('shows each stage’s stored progress as a count and a bar, and moves nothing doing it', async () => {
    const withoutScripts = await openRoadmap('roadmap/', { viewport: DESKTOP, javaScriptEnabled: false });
    // The stage's own checklist names its items.
    const stage = parse(await (await fetch(`${suite.site.url}roadmap/rag/`)).text());
    const ids = stage.querySelectorAll('[data-item-id]').map((item) => item.getAttribute('data-item-id')!);
    expect(ids.length).toBeGreaterThan(3);
    const before = await geometry(withoutScripts.page);
    expect(await withoutScripts.page.locator('.roadmap-wide [data-progress-scope="rag"]').textContent()).toBe('');
    expect(
      await withoutScripts.page
        .locator('.roadmap-wide .roadmap-progress')
        .first()
        .evaluate((bar) => getComputedStyle(bar).visibility),
    ).toBe('hidden');
    await withoutScripts.context.close();

    const stored = JSON.stringify({ version: 2, completed: ids.slice(0, 2), updatedAt: '2026-01-01T00:00:00Z' });
    for (const viewport of [DESKTOP, PHONE]) {
      const { context, page } = await openRoadmap('roadmap/', { viewport }, stored);
      const drawing = page.locator(viewport === PHONE ? 'svg.roadmap-narrow' : 'svg.roadmap-wide');
      await expect.poll(() => drawing.locator('[data-progress-scope="rag"]').textContent()).toBe(`2/${ids.length}`);
      expect(await drawing.locator('[data-progress-scope="prompting"]').textContent()).toMatch(/^0\/\d+$/);
      const bar = drawing.locator('a[data-stage="rag"] [data-progress-bar]');
      const track = Number(await bar.getAttribute('data-progress-bar'));
      await expect.poll(async () => Number(await bar.getAttribute('width'))).toBeCloseTo((track * 2) / ids.length, 3);
      expect(Number(await drawing.locator('a[data-stage="prompting"] [data-progress-bar]').getAttribute('width'))).toBe(0);
      expect(
        await drawing
          .locator('.roadmap-progress')
          .first()
          .evaluate((group) => getComputedStyle(group).visibility),
      ).toBe('visible');
      if (viewport === DESKTOP) expect(await geometry(page)).toEqual(before);

      // Ticking an item elsewhere in the same page's store updates the bar without a reload.
      await page.evaluate(
        (value) => {
          localStorage.setItem('guide-progress:v2', value);
          document.dispatchEvent(new CustomEvent('guide-progress-change'));
        },
        JSON.stringify({ version: 2, completed: ids, updatedAt: '2026-01-02T00:00:00Z' }),
      );
      await expect.poll(async () => Number(await bar.getAttribute('width'))).toBeCloseTo(track, 3);
      expect(await textsOutOfPlace(drawing)).toEqual([]);
      await context.close();
    }
  });

  it('reads fully without JavaScript, in both drawings', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const { context, page } = await openRoadmap('en/roadmap/', { viewport, javaScriptEnabled: false });
      const drawing = page.locator(viewport === PHONE ? 'svg.roadmap-narrow' : 'svg.roadmap-wide');
      expect(await drawing.isVisible()).toBe(true);
      expect(await drawing.locator('a:visible').count()).toBe(13);
      const text = await drawing.evaluate((svg) => svg.textContent);
      expect(text).toContain('7. Industry applications');
      expect(text).toContain('#6 Fine-tuning');
      expect(await textsOutOfPlace(drawing)).toEqual([]);
      await context.close();
    }
  });
});
