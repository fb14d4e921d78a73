import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowserSuite } from '../helpers/browserSuite';

const suite = useBrowserSuite('root');
const PHONE = { width: 390, height: 844 };
const SERVE = 'vllm serve meta-llama/Llama-3.1-8B-Instruct --max-model-len 8192 --gpu-memory-utilization 0.90';

let desktop: BrowserContext;
let phone: BrowserContext;

beforeAll(async () => {
  desktop = await suite.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  await desktop.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  phone = await suite.browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
});
afterAll(async () => {
  await desktop?.close();
  await phone?.close();
});

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${suite.site.url}${path}`);
  return page;
}

describe('code blocks', () => {
  it('copy a command with the copy button, without a CSP violation', async () => {
    const page = await open(desktop, 'en/areas/inference/');
    const block = page.locator('.expressive-code', { hasText: 'vllm serve meta-llama' });
    const button = block.locator('.copy button');
    await expect.poll(() => button.getAttribute('data-code')).toBe(SERVE);
    expect(await button.getAttribute('title')).toBe('Copy to clipboard');
    await block.hover();
    await button.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(SERVE);
    await expect.poll(() => block.locator('.copy .feedback').textContent()).toBe('Copied!');
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    await page.close();
  });

  it('name their language, and the copy button speaks the page language', async () => {
    const page = await open(desktop, 'roadmap/domain-fine-tuning/');
    const labels = await page.locator('.expressive-code .header .language').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['Bash', 'Python', 'YAML']));
    expect(await page.locator('.expressive-code .copy button').first().getAttribute('title')).toBe('复制到剪贴板');
    await page.close();
  });

  it('on a phone, wrap commands in full and let program code scroll from the keyboard', async () => {
    const page = await open(phone, 'en/roadmap/domain-fine-tuning/');
    const blocks = await page.$$eval('.expressive-code pre', (pres) =>
      pres.map((pre) => ({
        wrapped: pre.classList.contains('wrap'),
        overflows: pre.scrollWidth > pre.clientWidth,
        focusable: pre.tabIndex === 0,
      })),
    );
    expect(blocks.filter((block) => block.wrapped).length).toBeGreaterThan(0);
    expect(blocks.filter((block) => block.wrapped && block.overflows)).toEqual([]);
    expect(blocks.some((block) => !block.wrapped && block.overflows)).toBe(true);
    expect(blocks.filter((block) => block.overflows && !block.focusable)).toEqual([]);
    // On a touch screen the copy button shows without hovering.
    await expect
      .poll(() =>
        page
          .locator('.expressive-code .copy button')
          .first()
          .evaluate((button) => getComputedStyle(button).opacity),
      )
      .not.toBe('0');
    await page.close();
  });
});

describe('tables on a phone', () => {
  it.each(['en/areas/fine-tuning/', 'areas/inference/'])('%s: wide tables scroll in a focusable, named box', async (path) => {
    const page = await open(phone, path);
    const boxes = await page.$$eval('.prose-guide .table-scroll', (elements) =>
      elements.map((box) => ({
        name: box.getAttribute('aria-label'),
        scrolls: box.scrollWidth > box.clientWidth,
        focusable: (box as HTMLElement).tabIndex === 0 && box.tagName === 'SECTION',
        shadows: getComputedStyle(box).backgroundImage.includes('radial-gradient'),
      })),
    );
    expect(boxes.some((box) => box.scrolls)).toBe(true);
    expect(boxes.filter((box) => !box.focusable || !box.name || !box.shadows)).toEqual([]);
    await page.close();
  });

  it.each(['en/areas/fine-tuning/', 'areas/inference/', 'areas/pretraining/'])(
    '%s: no header cell is narrower than two characters, and short labels keep to one line',
    async (path) => {
      const page = await open(phone, path);
      const cells = await page.$$eval('.prose-guide .table-scroll th', (headers) =>
        headers.map((th) => {
          const range = document.createRange();
          range.selectNodeContents(th);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          const text = th.textContent?.trim() ?? '';
          return {
            text,
            narrow: th.getBoundingClientRect().width < 2 * parseFloat(getComputedStyle(th).fontSize),
            shortLabelWraps: text.length <= 6 && !/\s/.test(text) && lines.size > 1,
          };
        }),
      );
      expect(cells.length).toBeGreaterThan(0);
      expect(cells.filter((cell) => cell.narrow || cell.shortLabelWraps)).toEqual([]);
      await page.close();
    },
  );
});

describe('formulas', () => {
  it.each([
    ['phone', () => phone],
    ['desktop', () => desktop],
  ] as const)('inline math sits at the text size on a %s; display math keeps its size', async (_, context) => {
    const page = await open(context(), 'areas/pretraining/');
    const ratios = await page.$$eval('.prose-guide p math', (formulas) =>
      formulas.map((formula) => {
        const size = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
        return {
          display: formula.getAttribute('display') === 'block',
          ratio: size(formula) / size(formula.closest('p')!),
        };
      }),
    );
    const inline = ratios.filter((formula) => !formula.display);
    expect(inline.length).toBeGreaterThan(0);
    expect(inline.filter((formula) => formula.ratio < 0.95 || formula.ratio > 1.1)).toEqual([]);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('chapters and stages show their reading time, and code blocks hide the copy button', async () => {
    const context = await suite.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [path, pattern] of [
      ['areas/inference/', /^约 \d+ 分钟$/],
      ['en/areas/inference/', /^\d+ min read$/],
      ['roadmap/rag/', /^约 \d+ 分钟$/],
      ['en/roadmap/rag/', /^\d+ min read$/],
    ] as const) {
      await page.goto(`${suite.site.url}${path}`);
      expect((await page.locator('article header p').first().locator('span').textContent())?.trim()).toMatch(pattern);
    }
    expect(await page.locator('.expressive-code .copy').first().isVisible()).toBe(false);
    await context.close();
  });
});
