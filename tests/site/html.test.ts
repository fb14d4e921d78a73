import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { BUILDS, ROOT } from '../helpers/paths';
import { fileForPath, listPages } from '../helpers/site';

// The project's .htmlvalidate.json (the recommended preset, with its exceptions explained in README).
const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8'));
const validator = new HtmlValidate(new StaticConfigLoader({ ...config, root: true }));

describe('HTML validity', () => {
  it.each(listPages('root'))('%s has no html-validate errors', async (page) => {
    const report = await validator.validateFile(fileForPath('root', page)!);
    const messages = report.results.flatMap((result) =>
      result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
    );
    expect(messages).toEqual([]);
  });

  it('checked the pages of the build it was given', () => {
    expect(BUILDS.root.outDir).toContain('dist-root');
    expect(listPages('root').length).toBeGreaterThan(30);
  });
});
