import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { useBrowserSuite } from '../helpers/browserSuite';

const suite = useBrowserSuite('root');
let context: BrowserContext;

beforeAll(async () => {
  context = await suite.browser.newContext();
  await context.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
});

async function visit(path: string, interact?: (page: Awaited<ReturnType<BrowserContext['newPage']>>) => Promise<void>) {
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto(`${suite.site.url}${path}`);
  const policy = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
  await interact?.(page);
  await page.waitForTimeout(300);
  const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  await page.close();
  return { policy, violations, consoleErrors };
}

describe('Content-Security-Policy', () => {
  it('is strict: no unsafe-inline or unsafe-eval for scripts', async () => {
    const { policy } = await visit('');
    const scriptSrc = policy?.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toMatch(/'unsafe-eval'/);
    expect(policy).toContain("object-src 'none'");
  });

  it.each([
    ['home', '', undefined],
    ['a chapter with formulas', 'areas/alignment/', undefined],
    [
      'the ranking page while re-weighting',
      'en/ranking/',
      async (page: Awaited<ReturnType<BrowserContext['newPage']>>) => {
        await page.selectOption('#reweigh-context', 'toc');
      },
    ],
    [
      'search with a query',
      'search/?q=%E5%A5%96%E5%8A%B1%E6%A8%A1%E5%9E%8B',
      async (page: Awaited<ReturnType<BrowserContext['newPage']>>) => {
        await page.locator('[data-search-page] [data-search-results] a').first().waitFor();
      },
    ],
    [
      'the search dialog',
      'en/areas/data/',
      async (page: Awaited<ReturnType<BrowserContext['newPage']>>) => {
        await page.keyboard.press('Control+K');
        await page.locator('#search-dialog input[type="search"]').waitFor();
        await page.keyboard.type('MinHash');
        await page.locator('#search-dialog [data-search-results] a').first().waitFor();
      },
    ],
    [
      'the progress page and a checklist',
      'roadmap/rag/',
      async (page: Awaited<ReturnType<BrowserContext['newPage']>>) => {
        await page.locator('progress-checklist input').first().check();
        await page.goto(`${suite.site.url}progress/`);
        await page.click('button[data-action="share"]');
      },
    ],
  ] as const)('reports no violation on %s', async (_, path, interact) => {
    const { violations, consoleErrors } = await visit(path, interact);
    expect(violations).toEqual([]);
    expect(consoleErrors.filter((error) => /Content Security Policy/i.test(error))).toEqual([]);
  });
});
