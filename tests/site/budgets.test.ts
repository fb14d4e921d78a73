// Byte budgets per page type, gzip. Deterministic, so they are tests; timings live in `npm run bench`.
// Each budget sits a little above what the site ships today; README "Performance" explains them.
import { describe, expect, it } from 'vitest';
import { measurePage, type PageWeight } from '../helpers/pageWeight';

const KB = 1024;
const BUDGETS: Record<string, { pages: string[]; budget: PageWeight }> = {
  chapter: {
    pages: ['/areas/pretraining/', '/en/areas/pretraining/', '/areas/data/'],
    budget: { js: 2 * KB, css: 12 * KB, html: 48 * KB },
  },
  stage: { pages: ['/roadmap/rag/', '/en/roadmap/multimodal/'], budget: { js: 4 * KB, css: 12 * KB, html: 24 * KB } },
  home: { pages: ['/', '/en/'], budget: { js: 2 * KB, css: 8.5 * KB, html: 6.5 * KB } },
  ranking: { pages: ['/ranking/', '/en/ranking/'], budget: { js: 3 * KB, css: 8.5 * KB, html: 12 * KB } },
  roadmap: { pages: ['/roadmap/', '/en/roadmap/'], budget: { js: 2 * KB, css: 8.5 * KB, html: 11 * KB } },
  search: { pages: ['/search/', '/en/search/'], budget: { js: 2.75 * KB, css: 8.5 * KB, html: 5 * KB } },
  progress: { pages: ['/progress/', '/en/progress/'], budget: { js: 4.75 * KB, css: 8.5 * KB, html: 6.5 * KB } },
};

describe.each(Object.entries(BUDGETS))('%s pages stay within their byte budget', (_, { pages, budget }) => {
  it.each(pages)('%s', (page) => {
    const weight = measurePage('root', page);
    expect(weight.js, 'JavaScript before interaction').toBeLessThanOrEqual(budget.js);
    expect(weight.css, 'CSS').toBeLessThanOrEqual(budget.css);
    expect(weight.html, 'HTML').toBeLessThanOrEqual(budget.html);
  });
});

describe('KaTeX', () => {
  it('loads its stylesheet only on pages with formulas', () => {
    expect(measurePage('root', '/areas/alignment/').css).toBeGreaterThan(measurePage('root', '/ranking/').css);
  });
});
