import { describe, expect, it } from 'vitest';
import { AREA_SLUGS, CRITERIA } from '../../src/config';
import {
  findDuplicateValues,
  findMissingTwins,
  splitEntryId,
  validateAreas,
  type AreaData,
  type LocalizedEntry,
} from '../../src/lib/validateContent';

// Scores under which the guide's default weights reproduce ranks 1..6 in AREA_SLUGS order.
const scoresForRank = (rank: number) =>
  Object.fromEntries(CRITERIA.map((criterion) => [criterion, criterion === 'scarcity' ? 7 - rank : 1])) as AreaData['scores'];

function areaEntries(): LocalizedEntry<AreaData>[] {
  return (['zh', 'en'] as const).flatMap((locale) =>
    AREA_SLUGS.map((slug, index) => ({
      id: `${locale}/areas/${slug}`,
      filePath: `content/${locale}/areas/${slug}.mdx`,
      data: {
        rank: index + 1,
        scores: scoresForRank(index + 1),
        related: [AREA_SLUGS[(index + 1) % AREA_SLUGS.length]!],
        references: [{ id: 'ref-a' }, { id: 'ref-b' }],
      },
    })),
  );
}

function edit(entries: LocalizedEntry<AreaData>[], id: string, change: (data: AreaData) => AreaData) {
  return entries.map((entry) => (entry.id === id ? { ...entry, data: change(entry.data) } : entry));
}

describe('splitEntryId', () => {
  it('reads locale and slug', () => {
    expect(splitEntryId('en/areas/data')).toEqual({ locale: 'en', slug: 'data' });
    expect(splitEntryId('fr/areas/data')).toBeUndefined();
  });
});

describe('validateAreas', () => {
  it('accepts consistent content', () => {
    expect(validateAreas(areaEntries())).toEqual([]);
  });

  it('names the file with no translation twin', () => {
    const errors = validateAreas(areaEntries().filter((entry) => entry.id !== 'en/areas/data'));
    expect(errors).toContain('content/zh/areas/data.mdx: missing translation twin content/en/areas/data.mdx');
  });

  it('names both files and the field when two chapters share a rank', () => {
    const errors = validateAreas(edit(areaEntries(), 'zh/areas/data', (data) => ({ ...data, rank: 1 })));
    expect(errors).toContain('content/zh/areas/data.mdx: field `rank`: 1 is also used by content/zh/areas/pretraining.mdx');
  });

  it('reports scores that differ between the languages', () => {
    const errors = validateAreas(
      edit(areaEntries(), 'en/areas/data', (data) => ({ ...data, scores: { ...data.scores, demand: 5 } })),
    );
    expect(errors.some((error) => error.startsWith('content/en/areas/data.mdx: field `scores.demand` is 5 but 1'))).toBe(true);
  });

  it('reports references that differ between the languages', () => {
    const errors = validateAreas(edit(areaEntries(), 'en/areas/data', (data) => ({ ...data, references: [{ id: 'ref-a' }] })));
    expect(errors.some((error) => error.includes('content/en/areas/data.mdx: field `references`'))).toBe(true);
  });

  it('reports a chapter that lists itself as related', () => {
    const errors = validateAreas(edit(areaEntries(), 'zh/areas/data', (data) => ({ ...data, related: ['data'] })));
    expect(errors).toContain('content/zh/areas/data.mdx: field `related` lists the chapter itself (data)');
  });

  it('reports ranks the default weights do not reproduce', () => {
    const swapped = edit(
      edit(areaEntries(), 'zh/areas/pretraining', (data) => ({ ...data, rank: 2 })),
      'zh/areas/data',
      (data) => ({ ...data, rank: 1 }),
    );
    const errors = validateAreas(swapped);
    expect(errors.some((error) => /content\/zh\/areas\/data\.mdx: field `rank` is 1, but .* #2/.test(error))).toBe(true);
  });
});

describe('generic checks', () => {
  const stage = (id: string, order: number) => ({ id, filePath: `content/${id}.mdx`, data: { order } });
  it('findMissingTwins covers any collection directory', () => {
    expect(findMissingTwins([stage('en/stages/rag', 4)], 'stages')).toEqual([
      'content/en/stages/rag.mdx: missing translation twin content/zh/stages/rag.mdx',
    ]);
  });
  it('findDuplicateValues only compares within one locale', () => {
    const entries = [stage('zh/stages/a', 1), stage('en/stages/a', 1), stage('zh/stages/b', 1)];
    expect(findDuplicateValues(entries, 'order', (data) => data.order)).toEqual([
      'content/zh/stages/b.mdx: field `order`: 1 is also used by content/zh/stages/a.mdx',
    ]);
  });
});

describe('compareSections', async () => {
  const { chapterSections, compareSections, stageSections } = await import('../../src/lib/sections');
  it('accepts the expected outline', () => {
    expect(compareSections(chapterSections('en', 3), chapterSections('en', 3))).toEqual([]);
  });
  it('names a wrong, a missing and an extra heading', () => {
    const expected = stageSections('zh');
    expect(compareSections(['为什么在这个阶段学', '概念'], expected.slice(0, 2))).toEqual([
      'h2 #2 is "概念", expected "核心概念"',
    ]);
    expect(compareSections(expected.slice(0, 4), expected)).toEqual(['h2 #5 is missing, expected "下一步"']);
    expect(compareSections([...expected, 'Extra'], expected)).toEqual(['h2 #6 is "Extra", expected no more h2 headings']);
  });
  it('puts the rank into the "why" heading', () => {
    expect(chapterSections('zh', 2)[1]).toBe('为什么排第 2');
    expect(chapterSections('en', 2)[1]).toBe('Why it ranks #2');
  });
});

describe('validateStages', async () => {
  const { validateStages } = await import('../../src/lib/validateContent');
  const stageEntry = (locale: string, slug: string, order: number, ids: string[]) => ({
    id: `${locale}/stages/${slug}`,
    filePath: `content/${locale}/stages/${slug}.mdx`,
    data: { order, prerequisites: [], feeds: ['data'], checklist: ids.map((id) => ({ id })), references: [{ id: 'r' }] },
  });
  const valid = () => [
    stageEntry('zh', 'rag', 4, ['rag-a', 'rag-b']),
    stageEntry('en', 'rag', 4, ['rag-a', 'rag-b']),
    stageEntry('zh', 'prompting', 2, ['prompting-a']),
    stageEntry('en', 'prompting', 2, ['prompting-a']),
  ];

  it('accepts consistent stages', () => {
    expect(validateStages(valid())).toEqual([]);
  });
  it('reports checklist ids that differ between the languages', () => {
    const entries = valid();
    entries[1] = stageEntry('en', 'rag', 4, ['rag-a', 'rag-c']);
    expect(validateStages(entries)).toEqual([
      'content/en/stages/rag.mdx: field `checklist` is [rag-a, rag-c] but [rag-a, rag-b] in content/zh/stages/rag.mdx',
    ]);
  });
  it('reports a checklist id used by two stages', () => {
    const entries = valid();
    entries[2] = stageEntry('zh', 'prompting', 2, ['rag-a']);
    expect(validateStages(entries)).toContain(
      'content/zh/stages/prompting.mdx: field `checklist`: id "rag-a" is also used by content/zh/stages/rag.mdx',
    );
  });
});
