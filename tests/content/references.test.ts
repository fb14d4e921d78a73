import { basename } from 'node:path';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT, listFiles, readYaml } from '../helpers/contentFiles';

interface Reference {
  title: string;
  kind: string;
  url: string;
  arxiv?: string;
  year: number;
}

const files = listFiles(join(CONTENT, 'references'), '.yaml');
const entries = files.map((file) => ({ key: basename(file, '.yaml'), ...readYaml<Reference>(file) }));

describe('bibliography', () => {
  it('has entries', () => {
    expect(entries.length).toBeGreaterThan(20);
  });

  it.each(entries)('$key has a key of the agreed form', ({ key }) => {
    expect(key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it.each(entries)('$key links a primary source of its kind', (entry) => {
    const url = new URL(entry.url);
    expect(url.protocol).toBe('https:');
    if (entry.arxiv) expect(entry.url).toBe(`https://arxiv.org/abs/${entry.arxiv}`);
    if (entry.kind === 'repository') expect(entry.url).toMatch(/^https:\/\/(github\.com|gitlab\.com|huggingface\.co)\/[^/]+\/[^/]+\/?$/);
    if (entry.kind === 'dataset') expect(url.hostname).toMatch(/huggingface\.co|github\.com|arxiv\.org|kaggle\.com|commoncrawl\.org/);
  });

  it('has no two entries for the same arXiv paper or URL', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const entry of entries) {
      for (const id of [entry.arxiv && `arxiv:${entry.arxiv}`, `url:${entry.url.replace(/\/$/, '')}`]) {
        if (!id) continue;
        const first = seen.get(id);
        if (first) duplicates.push(`${entry.key} repeats ${first} (${id})`);
        else seen.set(id, entry.key);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it('uses the year an arXiv id encodes, or later (conference versions)', () => {
    const wrong = entries
      .filter((entry) => entry.arxiv && entry.kind === 'paper')
      .filter((entry) => entry.year < 2000 + Number(entry.arxiv!.slice(0, 2)))
      .map((entry) => `${entry.key}: year ${entry.year}, arXiv ${entry.arxiv}`);
    expect(wrong).toEqual([]);
  });
});

describe('bibliography use', () => {
  it('has no entry that no chapter, stage, question or glossary term cites', async () => {
    const { readSource, readYaml } = await import('../helpers/contentFiles');
    const { readdirSync } = await import('node:fs');
    const cited = new Set<string>();
    for (const locale of ['zh', 'en']) {
      for (const collection of ['areas', 'stages', 'questions']) {
        const dir = join(CONTENT, locale, collection);
        for (const name of readdirSync(dir)) {
          for (const key of readSource<{ references: string[] }>(join(dir, name)).data.references) cited.add(key);
        }
      }
    }
    const glossary = join(CONTENT, 'glossary');
    for (const name of readdirSync(glossary)) {
      const source = readYaml<{ source?: string }>(join(glossary, name)).source;
      if (source) cited.add(source);
    }
    expect(entries.map((entry) => entry.key).filter((key) => !cited.has(key))).toEqual([]);
  });
});
