// Each case breaks a copy of content/ the way an author might, builds it, and expects the build
// to fail with a message that names the file and the field.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astroBuild';
import { ROOT } from '../helpers/paths';

const workspace = mkdtempSync(join(tmpdir(), 'guide-bad-content-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`The fixture edit did not change ${file}`);
  writeFileSync(path, after);
}

const CASES: [string, (dir: string) => void, RegExp[]][] = [
  [
    'a missing field',
    (dir) => edit(dir, 'en/areas/data.mdx', (text) => text.replace(/^summary: .*\n/m, '')),
    [/en\/areas\/data\.mdx/, /summary/],
  ],
  [
    'a field of the wrong type',
    (dir) => edit(dir, 'zh/areas/inference.mdx', (text) => text.replace(/^rank: 5$/m, 'rank: "five"')),
    [/zh\/areas\/inference/, /rank/],
  ],
  [
    'an unknown related area',
    (dir) => edit(dir, 'en/areas/alignment.mdx', (text) => text.replace(/^related: \[/m, 'related: [quantum, ')),
    [/en\/areas\/alignment/, /related/],
  ],
  [
    'a duplicate rank',
    (dir) => edit(dir, 'zh/areas/data.mdx', (text) => text.replace(/^rank: 2$/m, 'rank: 1')),
    [/zh\/areas\/(data|pretraining)\.mdx: field `rank`: 1 is also used by .*zh\/areas\/(data|pretraining)\.mdx/],
  ],
  [
    'a missing translation twin',
    (dir) => rmSync(join(dir, 'en/areas/fine-tuning.mdx')),
    [/zh\/areas\/fine-tuning\.mdx: missing translation twin content\/en\/areas\/fine-tuning\.mdx/],
  ],
  [
    'an unknown bibliography key',
    (dir) => edit(dir, 'en/areas/data.mdx', (text) => text.replace(/^references: \[/m, 'references: [no-such-paper, ')),
    [/en\/areas\/data/, /no-such-paper/],
  ],
  [
    'an inline citation missing from the references',
    (dir) =>
      edit(dir, 'en/areas/inference.mdx', (text) =>
        text.replace('## Core knowledge\n', '## Core knowledge\n\nSee <Cite k="made-up-2099" />.\n'),
      ),
    [/made-up-2099/, /en\/areas\/inference\.mdx/, /references/],
  ],
  [
    'a renamed chapter section',
    (dir) => edit(dir, 'zh/areas/data.mdx', (text) => text.replace('## 常见坑', '## 踩坑')),
    [/zh\/areas\/data\.mdx: chapter outline does not match/, /"踩坑", expected "常见坑"/],
  ],
  [
    'checklist ids that differ between the languages',
    (dir) => edit(dir, 'en/stages/rag.mdx', (text) => text.replace('id: rag-eval-set', 'id: rag-eval-sets')),
    [/en\/stages\/rag\.mdx: field `checklist`/],
  ],
  [
    'an interview question whose twin disagrees and whose section does not exist',
    (dir) => {
      edit(dir, 'en/questions/inf-kv-cache-basics.md', (text) => text.replace(/^level: easy$/m, 'level: hard'));
      edit(dir, 'zh/questions/inf-latency-metrics.md', (text) =>
        text.replace(/^section: .*$/m, 'section: areas/inference#no-such-section'),
      );
    },
    [
      /en\/questions\/inf-kv-cache-basics\.md: field `level` is hard but easy/,
      /zh\/questions\/inf-latency-metrics\.md: field `section`: "areas\/inference#no-such-section" is not a heading/,
    ],
  ],
  [
    'a glossary alias shared by two terms, and a related term that does not exist',
    (dir) => {
      edit(dir, 'glossary/draft-model.yaml', (text) =>
        text.replace('aliases: [draft model, 草稿 token, 草稿模块]', 'aliases: [draft model, 草稿 token, 草稿模块, 推测解码]'),
      );
      edit(dir, 'glossary/kv-cache.yaml', (text) => text.replace(/^related: \[/m, 'related: [no-such-term, '));
    },
    [
      /glossary\/(draft-model|speculative-decoding)\.yaml: field `zh\.aliases`: "推测解码" is also a name of/,
      /glossary\/kv-cache\.yaml: field `related`: no term "no-such-term"/,
    ],
  ],
];

/** A copy of the project that shares node_modules but has its own .astro state and caches. */
function copyProject(): string {
  const project = mkdtempSync(join(workspace, 'case-'));
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  return project;
}

describe('bad content fails the build, naming file and field', () => {
  it.each(CASES)('%s', async (_, breakContent, expected) => {
    const project = copyProject();
    const dir = join(project, 'content');
    breakContent(dir);
    const result = await astroBuild({ SITE_CACHE_DIR: join(project, '.cache') }, project);
    expect(result.code).not.toBe(0);
    for (const pattern of expected) expect(result.output).toMatch(pattern);
  });
});
