import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { useBrowserSuite } from '../helpers/browserSuite';
import { sampledPages } from '../helpers/site';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const suite = useBrowserSuite('root');

interface AxeViolation {
  id: string;
  nodes: { target: string[] }[];
}

type Theme = 'light' | 'dark';

// Each page is checked in one theme and its twin in the other language in the other theme: the twins
// share their template and content structure, so both themes cover every page kind at half the cost.
const pages = sampledPages('root').filter((page) => page !== '/404.html');
const chinesePages = pages.filter((page) => !page.startsWith('/en/'));
const themeOf = (page: string): Theme => {
  const twin = page.startsWith('/en/') ? page.slice(3) : page;
  const light = chinesePages.indexOf(twin) % 2 === 0;
  return light === !page.startsWith('/en/') ? 'light' : 'dark';
};

describe.each(['light', 'dark'] as const)('axe-core, WCAG 2.x A and AA, %s theme', (theme) => {
  let context: BrowserContext;
  beforeAll(async () => {
    // axe is injected by evaluation, which the page's CSP would otherwise block.
    context = await suite.browser.newContext({ bypassCSP: true, colorScheme: theme });
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(pages.filter((page) => themeOf(page) === theme))('%s has no violations', async (path) => {
    const page = await context.newPage();
    await page.goto(`${suite.site.url}${path.slice(1)}`);
    expect(await page.getAttribute('html', 'data-theme')).toBe(theme);
    // Long lists and glossary entries are laid out only near the viewport (content-visibility: auto);
    // axe needs every box laid out to measure targets and contrast, as a reader scrolling there gets it.
    await page.addStyleTag({ content: '* { content-visibility: visible !important }' });
    await page.evaluate(AXE_SOURCE);
    const violations = (await page.evaluate(
      `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} }, resultTypes: ['violations'] }).then((result) => result.violations)`,
    )) as AxeViolation[];
    await page.close();
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

  it('has no violations with the search dialog open on results', async () => {
    const page = await context.newPage();
    await page.goto(`${suite.site.url}en/areas/data/`);
    await page.keyboard.press('Control+K');
    await page.locator('#search-dialog input[type="search"]').waitFor();
    await page.keyboard.type('MinHash');
    await page.locator('#search-dialog [data-search-results] a').first().waitFor();
    await page.evaluate(AXE_SOURCE);
    const violations = (await page.evaluate(
      `axe.run(document.querySelector('dialog#search-dialog'), { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} }, resultTypes: ['violations'] }).then((result) => result.violations)`,
    )) as AxeViolation[];
    await page.close();
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

describe('the theme split', () => {
  it('checks every page once, and each pair of twins in both themes', () => {
    expect(pages.every((page) => ['light', 'dark'].includes(themeOf(page)))).toBe(true);
    const twins = chinesePages.filter((page) => pages.includes(`/en${page}`));
    expect(twins.length).toBeGreaterThan(20);
    for (const page of twins) expect(themeOf(`/en${page}`)).not.toBe(themeOf(page));
  });
});
