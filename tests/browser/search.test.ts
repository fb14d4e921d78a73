import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { searchUrls } from '../helpers/pagefindQuery';
import { useBrowserSuite } from '../helpers/browserSuite';

const suite = useBrowserSuite('sub');
let page: Page;

beforeAll(async () => {
  page = await suite.browser.newPage();
});

// Each query, in the reader's language, must put the page that answers it in the top 3, or one of its
// sections or entries (an expected address with an anchor names the section or entry); where another
// page has a section on exactly the query, that section answers it too. The
// first block names topics as the chapters do; the second is written the way readers type:
// other translations and abbreviations, questions, "X vs Y", and what they want to do.
const QUERIES: Record<'zh' | 'en', [query: string, expected: string | string[]][]> = {
  zh: [
    ['PagedAttention', 'areas/inference/'],
    ['DPO 和 PPO 的区别', 'areas/alignment/'],
    ['数据去重', 'areas/data/'],
    ['QLoRA 显存', ['areas/fine-tuning/', 'roadmap/domain-fine-tuning/#qlora-and-the-memory-budget']],
    ['去重', 'areas/data/'],
    ['显存', 'areas/fine-tuning/'],
    ['奖励模型', 'areas/alignment/'],
    ['MinHash', 'areas/data/'],
    ['张量并行', 'areas/pretraining/'],
    ['Chinchilla', 'areas/pretraining/'],
    ['KV cache', 'areas/inference/'],
    ['检索增强', 'areas/applications/'],
    ['灾难性遗忘', 'areas/fine-tuning/'],
    ['向量检索', 'roadmap/rag/'],
    ['文生图', 'roadmap/multimodal/'],
    // As readers type them.
    ['投机解码', 'areas/inference/'],
    ['推测解码', 'areas/inference/'],
    ['精调', 'areas/fine-tuning/'],
    ['智能体', 'areas/applications/'],
    ['显存不够怎么微调', 'areas/fine-tuning/'],
    ['VRAM', 'glossary/'],
    ['DPO vs PPO', 'areas/alignment/'],
    ['RLHF 和 DPO 有什么区别', 'areas/alignment/'],
    ['人类反馈强化学习', 'areas/alignment/'],
    ['大模型推理加速', 'areas/inference/'],
    ['AWQ 和 GPTQ 哪个好', 'areas/inference/'],
    ['连续批处理', 'areas/inference/'],
    ['首 token 延迟', 'areas/inference/'],
    ['预训练数据清洗', 'areas/data/'],
    ['数据配比', 'areas/data/'],
    ['合成数据', 'areas/data/'],
    ['混合专家', 'areas/pretraining/'],
    ['缩放定律', 'areas/pretraining/'],
    ['知识库问答', 'roadmap/rag/'],
    ['提示词怎么写', 'roadmap/prompting/'],
    ['思维链', 'roadmap/prompting/'],
    ['大模型面试题', 'interview/'],
    // The bank's front page, which lists the inference questions with a link, outranks the long direction page.
    ['推理面试题', 'interview/'],
    ['低秩适配', 'areas/fine-tuning/'],
    ['提示注入怎么防', ['areas/applications/', 'roadmap/prompting/#prompt-injection-and-defenses']],
    ['奖励黑客', 'areas/alignment/'],
    ['术语表', 'glossary/'],
    ['LoRA 的秩怎么选', 'areas/fine-tuning/'],
    ['长上下文显存', 'areas/inference/'],
    ['MoE 负载均衡', 'areas/pretraining/'],
    ['PPO 为什么要 KL 惩罚', 'areas/alignment/'],
  ],
  en: [
    ['PagedAttention', 'en/areas/inference/'],
    ['DPO PPO', 'en/areas/alignment/'],
    ['deduplication', 'en/areas/data/'],
    ['QLoRA memory', ['en/areas/fine-tuning/', 'en/roadmap/domain-fine-tuning/#qlora-and-the-memory-budget']],
    ['MinHash', 'en/areas/data/'],
    ['tensor parallelism', 'en/areas/pretraining/'],
    ['Chinchilla', 'en/areas/pretraining/'],
    ['KV cache', 'en/areas/inference/'],
    ['reward model', 'en/areas/alignment/'],
    ['retrieval-augmented generation', 'en/areas/applications/'],
    ['speculative decoding', 'en/areas/inference/'],
    ['catastrophic forgetting', 'en/areas/fine-tuning/'],
    ['text-to-image', 'en/roadmap/multimodal/'],
    // As readers type them.
    ['speculative sampling', 'en/areas/inference/'],
    ['fine-tune with limited GPU memory', 'en/areas/fine-tuning/'],
    ['how much VRAM to fine-tune a 7B model', 'en/areas/fine-tuning/'],
    ['DPO vs PPO', 'en/areas/alignment/'],
    ['RLHF vs DPO', 'en/areas/alignment/'],
    ['LoRA vs full fine-tuning', 'en/areas/fine-tuning/'],
    ['agent tool calling', 'en/areas/applications/'],
    ['prompt injection', ['en/areas/applications/', 'en/roadmap/prompting/#prompt-injection-and-defenses']],
    ['vector database', 'en/roadmap/rag/'],
    ['hybrid search BM25', 'en/areas/applications/'],
    ['continuous batching', 'en/areas/inference/'],
    // A term's name finds its glossary entry, which defines it and links to the section that explains it.
    ['time to first token', 'en/glossary/'],
    ['AWQ vs GPTQ', 'en/areas/inference/'],
    ['mixture of experts', 'en/areas/pretraining/'],
    ['scaling laws', 'en/areas/pretraining/'],
    ['data mixture', 'en/areas/data/'],
    ['synthetic data', 'en/areas/data/'],
    ['near-duplicate detection', 'en/areas/data/'],
    ['model collapse', 'en/areas/data/'],
    ['chain of thought', 'en/roadmap/prompting/'],
    ['LLM interview questions', 'en/interview/'],
    ['inference interview questions', 'en/interview/inference/'],
    ['what is MFU', 'en/areas/pretraining/'],
    ['ZeRO vs FSDP', 'en/areas/pretraining/'],
    ['reward hacking', 'en/areas/alignment/'],
    ['low-rank adaptation', 'en/areas/fine-tuning/'],
    ['glossary', 'en/glossary/'],
    // The bank answers exactly this question.
    ['how to choose LoRA rank', 'en/interview/fine-tuning/#q-ft-lora-rank-alpha-lr'],
    // A term looked up by its name lands on its glossary entry.
    ['QLoRA', 'en/glossary/#qlora'],
    ['long context memory cost', 'en/areas/inference/'],
    ['MoE load balancing', 'en/areas/pretraining/'],
    ['why a KL penalty in PPO', 'en/areas/alignment/'],
  ],
};

describe.each(['zh', 'en'] as const)('search index (%s)', (locale) => {
  beforeAll(async () => {
    await page.goto(locale === 'zh' ? suite.site.url : `${suite.site.url}en/`);
  });

  it.each(QUERIES[locale])('"%s" finds /%s in the top 3', async (query, expected) => {
    const urls = await searchUrls(page, suite.site.url, query);
    const addresses = [expected].flat().map((path) => `${new URL(suite.site.url).pathname}${path}`);
    const answers = (url: string) =>
      addresses.some((address) => url === address || (!address.includes('#') && url.startsWith(`${address}#`)));
    expect(urls.slice(0, 3).filter(answers), urls.slice(0, 3).join(' ')).not.toHaveLength(0);
  });

  it('only returns pages in the reader’s language', async () => {
    const urls = await searchUrls(page, suite.site.url, 'LoRA');
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.startsWith(`${new URL(suite.site.url).pathname}en/`)).toBe(locale === 'en');
  });

  it('narrows results with the kind-of-page filter', async () => {
    const kind = locale === 'zh' ? '学习阶段' : 'Roadmap stage';
    const all = await searchUrls(page, suite.site.url, 'LoRA');
    const stages = await searchUrls(page, suite.site.url, 'LoRA', { kind });
    expect(stages.length).toBeGreaterThan(0);
    expect(stages.length).toBeLessThan(all.length);
    for (const url of stages) expect(url).toMatch(/\/roadmap\/[a-z-]+\/(#[a-z0-9-]+)?$/);
  });

  it('narrows results with the direction filter', async () => {
    const direction = locale === 'zh' ? '推理' : 'Inference';
    const urls = await searchUrls(page, suite.site.url, 'KV cache', { direction });
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((url) => !url.includes('/areas/') || /\/areas\/inference\/(#[a-z0-9-]+)?$/.test(url))).toBe(true);
  });
});

describe('search UI', () => {
  it('shows results for a shared ?q= link and keeps the URL in step with the query', async () => {
    await page.goto(`${suite.site.url}en/search/?q=PagedAttention`);
    // Results render in steps; wait for each thing asserted, not for the first result to appear.
    // The chapter's result is its section on the query, and leads to it.
    const section = page.locator(
      `[data-search-page] [data-search-results] a[href^="${new URL(suite.site.url).pathname}en/areas/inference/#"]`,
    );
    await expect.poll(() => section.count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-search-page] [data-search-results] mark').count()).toBeGreaterThan(0);

    const input = page.locator('[data-search-page] input[type="search"]');
    await input.fill('MinHash');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('MinHash');
    await page.click('a[data-language-switch]');
    await page.waitForURL(/\/search\/\?q=MinHash$/);
    expect(new URL(page.url()).pathname).toBe(new URL(suite.site.url).pathname + 'search/');
  });

  it('understands a question as readers type it: "DPO vs PPO" finds the alignment chapter', async () => {
    await page.goto(`${suite.site.url}en/search/?q=${encodeURIComponent('DPO vs PPO')}`);
    const chapter = page.locator(
      `[data-search-page] [data-search-results] a[href^="${new URL(suite.site.url).pathname}en/areas/alignment/"]`,
    );
    await expect.poll(() => chapter.count()).toBeGreaterThan(0);
  });

  it('lands a glossary term’s and a bank question’s result on its anchor', async () => {
    await page.goto(`${suite.site.url}en/`);
    const urls = await searchUrls(page, suite.site.url, 'PagedAttention');
    const path = new URL(suite.site.url).pathname;
    expect(urls).toContain(`${path}en/glossary/#pagedattention`);
    expect(urls.some((url) => url.startsWith(`${path}en/interview/inference/#q-inf-`))).toBe(true);
  });

  it('opens the dialog with Ctrl+K and "/", closes it with Esc, and returns focus', async () => {
    await page.goto(`${suite.site.url}areas/data/`);
    const dialog = page.locator('dialog#search-dialog');
    // The dialog is not in the page until it is first opened.
    expect(await dialog.count()).toBe(0);
    await page.keyboard.press('Control+K');
    await expect.poll(() => dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(true);
    await page.locator('#search-dialog input[type="search"]').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    // Tab moves through the dialog and, past its last control, out to the browser's own UI, as a modal
    // <dialog> does; it never reaches the page behind.
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() =>
        document.activeElement === document.body || document.activeElement === null
          ? 'outside the page'
          : document.activeElement.closest('dialog')
            ? 'dialog'
            : 'page behind',
      );
      expect(focus).not.toBe('page behind');
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(false);

    await page.locator('search-dialog [data-search-open]').focus();
    await page.keyboard.press('/');
    await expect.poll(() => dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(true);
    await page.keyboard.type('奖励模型');
    await page.locator('#search-dialog [data-search-results] a').first().waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);
  });

  it('keeps what is typed while the dialog loads, and follows the search link if it cannot load', async () => {
    const context = await suite.browser.newContext();
    const slow = await context.newPage();
    // The dialog's file arrives late, as on a slow network: the reader is already typing.
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    await slow.route('**/_astro/search-dialog.*.htm', async (route) => {
      await arrived;
      await route.continue();
    });
    await slow.goto(`${suite.site.url}en/areas/data/`);
    expect(await slow.locator('template, dialog').count()).toBe(0);
    await slow.keyboard.press('Control+K');
    await slow.keyboard.type('MinHash');
    release();
    const input = slow.locator('#search-dialog input[type="search"]');
    await expect.poll(() => input.inputValue()).toBe('MinHash');
    await expect.poll(() => slow.evaluate(() => document.activeElement?.matches('#search-dialog input'))).toBe(true);
    await slow.locator('#search-dialog [data-search-results] a').first().waitFor();
    // Once open, keys reach the page as usual again.
    await slow.keyboard.press('Escape');
    await slow.keyboard.press('End');
    await expect.poll(() => slow.evaluate(() => scrollY)).toBeGreaterThan(0);

    const offline = await context.newPage();
    await offline.route('**/_astro/search-dialog.*.htm', (route) => route.abort());
    await offline.goto(`${suite.site.url}en/areas/data/`);
    await offline.locator('search-dialog [data-search-open]').click();
    await expect.poll(() => new URL(offline.url()).pathname).toBe(`${new URL(suite.site.url).pathname}en/search/`);
    await context.close();
  });

  it('does not open search when "/" is typed into a field', async () => {
    await page.goto(`${suite.site.url}ranking/`);
    await page.locator('#weight-scarcity').focus();
    await page.keyboard.press('/');
    expect(await page.locator('#weight-scarcity').evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.locator('dialog#search-dialog[open]').count()).toBe(0);
  });

  it('treats hostile, long and mixed-script queries as text', async () => {
    const alerts: string[] = [];
    page.on('dialog', (dialog) => {
      alerts.push(dialog.message());
      void dialog.dismiss();
    });
    const hostile = '<img src=x onerror=alert(1)>';
    await page.goto(`${suite.site.url}search/?q=${encodeURIComponent(hostile)}`);
    const input = page.locator('[data-search-page] input[type="search"]');
    await expect.poll(() => input.inputValue()).toBe(hostile);
    await page.waitForTimeout(500);
    expect(await page.locator('img[src="x"]').count()).toBe(0);

    for (const query of ['数据'.repeat(2000), '🚀🔥 LoRA 微调 ✨', 'KV缓存 cache キャッシュ 캐시']) {
      await input.fill(query);
      await page.waitForTimeout(300);
    }
    await input.fill('MinHash');
    await page.locator('[data-search-page] [data-search-results] a').first().waitFor();
    expect(alerts).toEqual([]);
  });
});
