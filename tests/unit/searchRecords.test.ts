import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { splitSearchRecords } from '../../src/lib/searchRecords';

const page = (body: string) => `<!doctype html><html lang="zh-CN"><head><title>术语表</title></head><body>
<nav>site navigation</nav>
<main>${body}</main></body></html>`;

const GLOSSARY = page(`<div data-search-split>
  <span hidden data-pagefind-filter="unit:page"></span>
  <span hidden data-pagefind-filter="kind:术语表"></span>
  <h1 data-pagefind-weight="10">术语表</h1>
  <p>大模型术语中英对照。</p>
  <div data-search-record="kv-cache">
    <h3 id="kv-cache"><dfn data-search-title>KV 缓存</dfn><span data-search-title lang="en">KV cache</span></h3>
    <p>缓存已算过的 key 和 value。<a href="#prefill" id="link">预填充</a></p>
  </div>
  <div data-search-record="lora">
    <h3 id="lora"><span data-pagefind-ignore>难</span><dfn data-search-title>LoRA &lt;低秩&gt;</dfn></h3>
  </div>
</div>`);

/** What Pagefind would see of a record: its title, its filters, its text. */
function read(content: string) {
  const doc = fromHtml(content);
  const title = select('[data-pagefind-meta="title"]', doc);
  return {
    lang: select('html', doc)?.properties.lang,
    title: title && toString(title),
    filters: selectAll('[data-pagefind-filter]', doc).map((element) => element.properties.dataPagefindFilter),
    ids: selectAll('[id]', doc).map((element) => element.properties.id),
    text: toString(select('[data-pagefind-body]', doc)!).replace(/\s+/g, ' ').trim(),
  };
}

describe('splitSearchRecords', () => {
  const records = splitSearchRecords(GLOSSARY, '/glossary/');

  it('gives the page without its entries, then one record per entry at its anchor', () => {
    expect(records.map((record) => record.url)).toEqual(['/glossary/', '/glossary/#kv-cache', '/glossary/#lora']);
    const intro = read(records[0].content);
    expect(intro.title).toBe('术语表');
    expect(intro.text).toContain('大模型术语中英对照。');
    expect(intro.text).not.toContain('KV 缓存');
    expect(intro.filters).toEqual(['unit:page', 'kind:术语表']);
  });

  it('titles an entry "entry — page", from its title parts without ignored text', () => {
    expect(read(records[1].content).title).toBe('KV 缓存 KV cache — 术语表');
    expect(read(records[2].content).title).toBe('LoRA <低秩> — 术语表');
  });

  it('keeps the page language and filters, as an entry, and drops ids so no sub-results repeat the anchor', () => {
    const entry = read(records[1].content);
    expect(entry.lang).toBe('zh-CN');
    expect(entry.filters).toEqual(['unit:entry', 'kind:术语表']);
    expect(entry.ids).toEqual([]);
    expect(entry.text).toContain('缓存已算过的 key 和 value。');
    expect(entry.text).not.toContain('site navigation');
  });

  it('leaves pages that are not split to Pagefind', () => {
    expect(splitSearchRecords(page('<div data-pagefind-body><h1>推理</h1></div>'), '/areas/inference/')).toEqual([]);
  });

  it('names the page when an entry has no anchor or no title', () => {
    const untitled = page('<div data-search-split><h1>面试题</h1><article data-search-record="q-1"><h3>?</h3></article></div>');
    expect(() => splitSearchRecords(untitled, '/interview/data/')).toThrow(/\/interview\/data\/: a search record needs/);
    const anchorless = page(
      '<div data-search-split><h1>面试题</h1><article data-search-record=""><h3 data-search-title>?</h3></article></div>',
    );
    expect(() => splitSearchRecords(anchorless, '/interview/data/')).toThrow(/\/interview\/data\//);
  });
});

const CHAPTER = page(`<div data-search-split="sections">
  <span hidden data-pagefind-filter="unit:page"></span>
  <span hidden data-pagefind-filter="direction:推理"></span>
  <article>
    <header><h1>推理</h1><p>把模型跑得又快又省。</p></header>
    <div class="prose-guide">
      <div class="heading-wrapper heading-wrapper-h2"><h2 id="kv-cache">KV cache</h2><a class="heading-anchor" data-pagefind-ignore href="#kv-cache" aria-label="本节链接"></a></div>
      <p>每个 token 都要存 K 和 V。</p>
      <div class="heading-wrapper heading-wrapper-h3"><h3 id="gqa">GQA</h3></div>
      <p>几个 query 头共用一组 KV。</p>
      <ul><li id="note">分组越少越省。</li></ul>
      <div class="heading-wrapper heading-wrapper-h2"><h2 id="batching">连续批处理</h2></div>
      <p>请求随到随进。</p>
    </div>
  </article>
</div>`);

describe('splitSearchRecords by sections', () => {
  const records = splitSearchRecords(CHAPTER, '/areas/inference/');

  it('gives the page with its opening only, then each h2 and h3 with what follows it, at its anchor', () => {
    expect(records.map((record) => record.url)).toEqual([
      '/areas/inference/',
      '/areas/inference/#kv-cache',
      '/areas/inference/#gqa',
      '/areas/inference/#batching',
    ]);
    // Each text starts with the record's title, which Pagefind reads as metadata only.
    const texts = records.map((record) => read(record.content).text.replace(/^.*? — 推理|^推理 /, ''));
    expect(texts).toEqual([
      '推理把模型跑得又快又省。',
      'KV cache 每个 token 都要存 K 和 V。',
      'GQA 几个 query 头共用一组 KV。 分组越少越省。',
      '连续批处理 请求随到随进。',
    ]);
  });

  it('titles a section "heading — page" and files it with the page, as reading rather than an entry, without ids', () => {
    const section = read(records[1].content);
    expect(section.title).toBe('KV cache — 推理');
    expect(section.filters).toEqual(['unit:page', 'direction:推理']);
    expect(section.ids).toEqual([]);
  });

  it('gives the same records when each part is in its own .deferred-section, as on the built chapters', () => {
    const deferred = CHAPTER.replace(
      /(<div class="heading-wrapper[^]*?)(?=\s*<div class="heading-wrapper|\s*<\/div>\s*<\/article>)/g,
      '<div class="deferred-section">$1</div>',
    );
    expect(deferred.match(/deferred-section/g)).toHaveLength(3);
    const texts = (list: typeof records) => list.map((record) => [record.url, read(record.content).text]);
    expect(texts(splitSearchRecords(deferred, '/areas/inference/'))).toEqual(texts(records));
  });

  it('names the page when a heading wrapper holds no heading with an id', () => {
    const broken = page(
      '<div data-search-split="sections"><h1>推理</h1><div class="heading-wrapper"><h2>无锚点</h2></div></div>',
    );
    expect(() => splitSearchRecords(broken, '/areas/inference/')).toThrow(/\/areas\/inference\/: a \.heading-wrapper/);
  });
});
