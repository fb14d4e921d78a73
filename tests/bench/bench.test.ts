// `npm run bench`: the figures that depend on the machine (build time, search latency, Lighthouse),
// with the byte and DOM figures beside them, in one table beside the previous run's; also written to
// bench/results.json, which the next run compares with.
// It rebuilds the root test build (tests/.tmp/dist-root) and serves it gzip-compressed like a host.
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import lighthouse from 'lighthouse';
import { astroBuild } from '../helpers/astroBuild';
import { formatBenchTable, readPreviousRows, type BenchRow } from '../helpers/benchTable';
import { CHROMIUM_ARGS, chromiumPath, launchBrowser } from '../helpers/browser';
import { measurePage } from '../helpers/pageWeight';
import { BUILDS, ROOT, TMP } from '../helpers/paths';
import { serveBuild, type StaticSite } from '../helpers/serveStatic';

const rows: BenchRow[] = [];
const record = (figure: string, value: string, target = '') => rows.push({ figure, value, target });
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timedBuild(env: Record<string, string>, cwd = ROOT): Promise<number> {
  const started = performance.now();
  const result = await astroBuild(env, cwd);
  if (result.code !== 0) throw new Error(`astro build failed:\n${result.output.slice(-3000)}`);
  return (performance.now() - started) / 1000;
}

let site: StaticSite;
let browser: Browser;
let buildSeconds = 0;

beforeAll(async () => {
  const { outDir, env } = BUILDS.root;
  await rm(outDir, { recursive: true, force: true });
  await rm(env.SITE_CACHE_DIR, { recursive: true, force: true });
  buildSeconds = await timedBuild({ SITE_BASE: '/', SITE_OUT_DIR: outDir, ...env });
  site = await serveBuild('root', { compress: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  const resultsFile = join(ROOT, 'bench/results.json');
  const previous = readPreviousRows(await readFile(resultsFile, 'utf8').catch(() => undefined));
  console.log(['', ...(previous.problem ? [previous.problem] : []), formatBenchTable(rows, previous.rows)].join('\n'));
  await mkdir(join(ROOT, 'bench'), { recursive: true });
  await writeFile(resultsFile, JSON.stringify(rows, null, 2));
});

describe('build', () => {
  it('builds the whole site, and 10× the chapter and stage text in at most 10× the time', async () => {
    record('build, whole site', `${buildSeconds.toFixed(1)} s`, '≤ 60 s');
    // A copy of the project inside tests/.tmp (so it finds node_modules), with every chapter and stage
    // body followed by nine more copies of its prose (headings and imports left out, so the fixed
    // sections and heading ids stay valid).
    const copy = join(TMP, 'bench-synthetic');
    await rm(copy, { recursive: true, force: true });
    await mkdir(copy, { recursive: true });
    for (const entry of await readdir(ROOT)) {
      if (['node_modules', 'dist', 'tests', 'bench', '.git', '.astro'].includes(entry)) continue;
      await cp(join(ROOT, entry), join(copy, entry), { recursive: true });
    }
    let before = 0;
    let after = 0;
    for (const locale of ['zh', 'en']) {
      for (const kind of ['areas', 'stages']) {
        const dir = join(copy, 'content', locale, kind);
        for (const name of (await readdir(dir)).filter((file) => file.endsWith('.mdx'))) {
          const source = await readFile(join(dir, name), 'utf8');
          const [, frontmatter, body] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(source)!;
          const prose = body
            .split('\n')
            .filter((line) => !/^(#{1,6} |import )/.test(line))
            .join('\n');
          const grown = `${frontmatter}${body}\n\n${Array.from({ length: 9 }, () => prose).join('\n\n')}\n`;
          before += source.length;
          after += grown.length;
          await writeFile(join(dir, name), grown);
        }
      }
    }
    const syntheticSeconds = await timedBuild(
      { SITE_OUT_DIR: join(copy, 'dist'), SITE_CACHE_DIR: join(copy, '.cache') },
      copy,
    );
    await rm(copy, { recursive: true, force: true });
    record(`build, chapter and stage text ×${(after / before).toFixed(1)}`, `${syntheticSeconds.toFixed(1)} s`, '≤ 10× the whole-site build');
    record('build time ratio', `${(syntheticSeconds / buildSeconds).toFixed(2)}×`, `≤ ${(after / before).toFixed(1)}×`);
    expect(syntheticSeconds).toBeGreaterThan(0);
  });
});

describe('pages', () => {
  const PAGES: [kind: string, path: string][] = [
    ['home', '/'],
    ['chapter (zh inference)', '/areas/inference/'],
    ['chapter (zh pretraining)', '/areas/pretraining/'],
    ['chapter (en pretraining)', '/en/areas/pretraining/'],
    ['stage (en multimodal)', '/en/roadmap/multimodal/'],
    ['ranking', '/ranking/'],
    ['roadmap', '/roadmap/'],
    ['interview direction', '/interview/pretraining/'],
    ['glossary', '/glossary/'],
    ['search', '/search/'],
  ];

  it('weigh what they load before interaction, and the DOM they build', async () => {
    const page = await browser.newPage();
    for (const [kind, path] of PAGES) {
      const weight = measurePage('root', path);
      const total = weight.html + weight.css + weight.js;
      const isChapterOrStage = /chapter|stage/.test(kind);
      record(`${kind}: HTML + CSS + JS`, kb(total), isChapterOrStage ? '≤ 50 KB' : '');
      record(`${kind}: JS`, kb(weight.js), kind.startsWith('chapter') ? '≤ 2 KB' : kind.startsWith('stage') ? '≤ 4 KB' : '');
      await page.goto(`${site.url}${path.slice(1)}`, { waitUntil: 'networkidle' });
      const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
      record(`${kind}: DOM elements`, String(elements), kind === 'chapter (zh pretraining)' ? '≤ 3,181 (half of 6,363)' : '');
      expect(elements).toBeGreaterThan(0);
    }
    await page.close();
  });
});

async function firstSearch(page: Page, locale: 'zh' | 'en', query: string) {
  await page.goto(`${site.url}${locale === 'zh' ? '' : 'en/'}areas/inference/`, { waitUntil: 'networkidle' });
  let bytes = 0;
  const pending = new Set<Promise<void>>();
  page.on('requestfinished', (request) => {
    const measured = request.sizes().then((sizes) => {
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    });
    pending.add(measured);
  });
  await page.keyboard.press('Control+K');
  await page.keyboard.type(query);
  const results = page.locator('#search-dialog [data-search-results] > li');
  await expect.poll(() => results.count(), { timeout: 30_000 }).toBeGreaterThan(0);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  return bytes;
}

describe('search', () => {
  it.each([
    ['zh', 'KV cache', 'LoRA'],
    ['en', 'KV cache', 'LoRA'],
  ] as const)('a first search through the dialog (%s) and a warm one', async (locale, first, second) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bytes = await firstSearch(page, locale, first);
    record(`first search (${locale}), everything downloaded`, kb(bytes), '≤ 150 KB');
    const latencies: number[] = [];
    for (let run = 0; run < 5; run++) {
      const input = page.locator('#search-dialog input[type="search"]');
      await input.fill('');
      await page.evaluate(() => {
        const state = window as unknown as { lastInput: number; rendered: number };
        state.rendered = 0;
        document.querySelector('#search-dialog input')!.addEventListener('input', () => (state.lastInput = performance.now()));
        new MutationObserver(() => (state.rendered = performance.now())).observe(
          document.querySelector('#search-dialog [data-search-results]')!,
          { childList: true },
        );
      });
      await input.pressSequentially(`${second}${run % 2 ? '' : ' '}`);
      await expect.poll(() => page.locator('#search-dialog [data-search-status]').textContent()).toContain(second);
      latencies.push(
        await page.evaluate(() => {
          const state = window as unknown as { lastInput: number; rendered: number };
          return state.rendered - state.lastInput;
        }),
      );
    }
    record(`warm search (${locale}), last keystroke to results, median of 5`, `${median(latencies).toFixed(0)} ms`, '≤ 300 ms');
    await context.close();
  });
});

describe('Lighthouse (mobile, median of 3)', () => {
  const PAGES: [kind: string, path: string][] = [
    ['home', ''],
    ['chapter', 'areas/inference/'],
    ['chapter (en)', 'en/areas/pretraining/'],
    ['stage', 'roadmap/rag/'],
    ['ranking', 'ranking/'],
    ['roadmap', 'roadmap/'],
    ['interview', 'interview/pretraining/'],
    ['glossary', 'glossary/'],
    ['search', 'search/'],
  ];
  const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
  let lighthouseBrowser: Browser;
  const port = 9300 + Math.floor(Math.random() * 500);
  beforeAll(async () => {
    lighthouseBrowser = await chromium.launch({
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
    });
  });
  afterAll(async () => {
    await lighthouseBrowser?.close();
  });

  it.each(PAGES)('%s', async (kind, path) => {
    const scores: Record<string, number[]> = Object.fromEntries(CATEGORIES.map((category) => [category, []]));
    for (let run = 0; run < 3; run++) {
      const result = await lighthouse(`${site.url}${path}`, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      for (const category of CATEGORIES) scores[category]!.push(Math.round((result?.lhr.categories[category]?.score ?? 0) * 100));
    }
    record(
      `Lighthouse ${kind}: perf / a11y / best practices / SEO`,
      CATEGORIES.map((category) => median(scores[category]!)).join(' / '),
      '≥ 98 / 100 / 100 / 100',
    );
    expect(scores.performance!.every((score) => score > 0)).toBe(true);
  });
});
