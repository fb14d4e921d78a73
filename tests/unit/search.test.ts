import { describe, expect, it } from 'vitest';
import { isSearchShortcut } from '../../src/lib/searchShortcut';
import { normalizeQuery, readQuery, withQuery } from '../../src/lib/searchQuery';

const key = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe('isSearchShortcut', () => {
  it('opens on Ctrl+K and ⌘K anywhere, even in a field', () => {
    expect(isSearchShortcut(key('k', { ctrlKey: true }), { tagName: 'INPUT' })).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }), null)).toBe(true);
  });
  it('opens on "/" outside fields only', () => {
    expect(isSearchShortcut(key('/'), { tagName: 'A' })).toBe(true);
    expect(isSearchShortcut(key('/'), { tagName: 'input' })).toBe(false);
    expect(isSearchShortcut(key('/'), { tagName: 'TEXTAREA' })).toBe(false);
    expect(isSearchShortcut(key('/'), { tagName: 'DIV', isContentEditable: true })).toBe(false);
  });
  it('ignores other keys and modified slashes', () => {
    expect(isSearchShortcut(key('k'), null)).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }), null)).toBe(false);
    expect(isSearchShortcut(key('/', { ctrlKey: true }), null)).toBe(false);
  });
});

describe('search query in the URL', () => {
  it('reads, trims and caps ?q=', () => {
    expect(readQuery('?q=%20DPO%20')).toBe('DPO');
    expect(readQuery('?q=' + 'x'.repeat(500))).toHaveLength(200);
    expect(readQuery('')).toBe('');
    expect(readQuery('?q=%3Cimg%20src%3Dx%3E')).toBe('<img src=x>');
  });
  it('writes the query, keeps the path, and drops an empty one', () => {
    expect(withQuery('https://x.test/guide/search/', '数据 去重')).toBe('/guide/search/?q=%E6%95%B0%E6%8D%AE+%E5%8E%BB%E9%87%8D');
    expect(withQuery('https://x.test/search/?q=old', '  ')).toBe('/search/');
  });
});

describe('normalizeQuery', () => {
  it('drops the words that shape a question but name no topic', () => {
    expect(normalizeQuery('DPO vs PPO')).toBe('DPO PPO');
    expect(normalizeQuery('how much VRAM to fine-tune a 7B model?')).toBe('VRAM fine-tune 7B model');
    expect(normalizeQuery('RLHF 和 DPO 有什么区别')).toBe('RLHF DPO');
    expect(normalizeQuery('显存不够怎么微调')).toBe('显存不够 微调');
    expect(normalizeQuery('AWQ 和 GPTQ 哪个好')).toBe('AWQ GPTQ');
  });

  it('keeps topic words, casing and abbreviations as typed', () => {
    expect(normalizeQuery('KV cache')).toBe('KV cache');
    expect(normalizeQuery('  PagedAttention ')).toBe('PagedAttention');
  });

  it('keeps a query made only of filler rather than searching for nothing', () => {
    expect(normalizeQuery('what is')).toBe('what is');
    expect(normalizeQuery('')).toBe('');
  });
});
