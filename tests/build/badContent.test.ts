// Each case breaks a copy of content/ the way an author might, builds it, and expects the build
// to fail with a message that names the file and the field.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { astroCommand } from '../helpers/astroBuild';
import { copyProject } from '../helpers/projectCopy';

const workspace = mkdtempSync(join(tmpdir(), 'guide-bad-content-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`The fixture edit did not change ${file}`);
  writeFileSync(path, after);
}

type Case = [name: string, breakContent: (dir: string) => void, expected: RegExp[]];

// Frontmatter that breaks a schema fails in `astro sync`, the build's first step, so these cases stop
// there (a few seconds each) instead of running a whole build.
const SCHEMA_CASES: Case[] = [
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
    'a skill with a level missing in one language',
    (dir) =>
      edit(dir, 'skills/inf-kv-cache.yaml', (text) => {
        const skill = yaml.load(text) as { en: { levels: string[] } };
        skill.en.levels.pop();
        return yaml.dump(skill);
      }),
    [/skills\/inf-kv-cache\.yaml/, /levels/],
  ],
];

// Rules across entries run together before the first page renders, so one build reports every
// broken file; each must be named with its field.
const CROSS_ENTRY_BREAKS: ((dir: string) => void)[] = [
  (dir) => rmSync(join(dir, 'en/areas/fine-tuning.mdx')),
  (dir) => edit(dir, 'zh/areas/data.mdx', (text) => text.replace('## 常见坑', '## 踩坑')),
  (dir) => edit(dir, 'en/stages/rag.mdx', (text) => text.replace(/^## (.+)$/m, '## $1, renamed')),
  (dir) => edit(dir, 'en/areas/data.mdx', (text) => text.replace(/^references: \[/m, 'references: [no-such-paper, ')),
  (dir) => edit(dir, 'zh/areas/data.mdx', (text) => text.replace(/^rank: 2$/m, 'rank: 1')),
  (dir) => edit(dir, 'en/stages/rag.mdx', (text) => text.replace('id: rag-eval-set', 'id: rag-eval-sets')),
  (dir) => edit(dir, 'en/questions/inf-kv-cache-basics.md', (text) => text.replace(/^level: easy$/m, 'level: hard')),
  (dir) =>
    edit(dir, 'zh/questions/inf-latency-metrics.md', (text) =>
      text.replace(/^section: .*$/m, 'section: areas/inference#no-such-section'),
    ),
  (dir) =>
    edit(dir, 'glossary/draft-model.yaml', (text) =>
      text.replace('aliases: [draft model, 草稿 token, 草稿模块]', 'aliases: [draft model, 草稿 token, 草稿模块, 推测解码]'),
    ),
  (dir) => edit(dir, 'glossary/kv-cache.yaml', (text) => text.replace(/^related: \[/m, 'related: [no-such-term, ')),
  (dir) =>
    edit(dir, 'skills/inf-kv-cache.yaml', (text) =>
      text
        .replace(/^section: .*$/m, 'section: areas/inference#no-such-section')
        .replace(/^questions: \[/m, 'questions: [no-such-question, ')
        .replace(/^checklist: \[/m, 'checklist: [no-such-item, '),
    ),
];
const CROSS_ENTRY_MESSAGES = [
  /zh\/areas\/data\.mdx: chapter outline does not match: .*"踩坑", expected "常见坑"/,
  /en\/stages\/rag\.mdx: stage outline does not match: h2 #1 is ".*, renamed"/,
  /zh\/areas\/fine-tuning\.mdx: missing translation twin content\/en\/areas\/fine-tuning\.mdx/,
  /en\/areas\/data.*no-such-paper|no-such-paper.*en\/areas\/data/,
  /zh\/areas\/(data|pretraining)\.mdx: field `rank`: 1 is also used by .*zh\/areas\/(data|pretraining)\.mdx/,
  /en\/stages\/rag\.mdx: field `checklist`/,
  /en\/questions\/inf-kv-cache-basics\.md: field `level` is hard but easy/,
  /zh\/questions\/inf-latency-metrics\.md: field `section`: "areas\/inference#no-such-section" is not a heading/,
  /glossary\/(draft-model|speculative-decoding)\.yaml: field `zh\.aliases`: "推测解码" is also a name of/,
  /glossary\/kv-cache\.yaml: field `related`: no term "no-such-term"/,
  /skills\/inf-kv-cache\.yaml: field `section`.*no-such-section/,
  /skills\/inf-kv-cache\.yaml: field `questions`.*no-such-question/,
  /skills\/inf-kv-cache\.yaml: field `checklist`.*no-such-item/,
];

// Rules checked while a page renders stop the build at the first page that breaks one.
const RENDER_CASES: Case[] = [
  [
    'an inline citation missing from the references',
    (dir) =>
      edit(dir, 'en/areas/inference.mdx', (text) =>
        text.replace('## Core knowledge\n', '## Core knowledge\n\nSee <Cite k="made-up-2099" />.\n'),
      ),
    [/made-up-2099/, /en\/areas\/inference\.mdx/, /references/],
  ],
];

async function failsNaming(command: 'build' | 'sync', breakContent: (dir: string) => void, expected: RegExp[]): Promise<void> {
  const project = copyProject(mkdtempSync(join(workspace, 'case-')));
  breakContent(join(project, 'content'));
  const result = await astroCommand(command, { SITE_CACHE_DIR: join(project, '.cache') }, project);
  expect(result.code).not.toBe(0);
  for (const pattern of expected) expect(result.output).toMatch(pattern);
}

describe.concurrent('bad content fails the build, naming file and field', () => {
  it.each(SCHEMA_CASES)('%s', (_, breakContent, expected) => failsNaming('sync', breakContent, expected));

  it('several entries that break rules across entries, all reported by one build', () =>
    failsNaming('build', (dir) => CROSS_ENTRY_BREAKS.forEach((breakContent) => breakContent(dir)), CROSS_ENTRY_MESSAGES));

  it.each(RENDER_CASES)('%s', (_, breakContent, expected) => failsNaming('build', breakContent, expected));
});
