import { describe, expect, it } from 'vitest';
import { englishTwinPath, englishTwinSource } from '../../src/lib/englishTwinSource';

describe('englishTwinPath', () => {
  it('maps chapters, stages and prose pages in either language to the English file', () => {
    expect(englishTwinPath('content/zh/pages/roadmap.mdx')).toBe('content/en/pages/roadmap.mdx');
    expect(englishTwinPath('/repo/content/zh/areas/inference.mdx')).toBe('/repo/content/en/areas/inference.mdx');
    expect(englishTwinPath('content/zh/stages/rag.mdx')).toBe('content/en/stages/rag.mdx');
    expect(englishTwinPath('C:\\repo\\content\\en\\areas\\data.mdx')).toBe('C:\\repo\\content\\en\\areas\\data.mdx');
  });

  it('leaves other files alone', () => {
    expect(englishTwinPath('content/zh/pages/ranking.md')).toBeUndefined();
    expect(englishTwinPath('content/zh/questions/inf-kv.md')).toBeUndefined();
  });
});

describe('englishTwinSource', () => {
  it('reads the twin of a real chapter', () => {
    expect(englishTwinSource('content/zh/areas/data.mdx')).toMatch(/^---\ntitle: Data/);
  });
});
