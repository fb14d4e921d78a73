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
