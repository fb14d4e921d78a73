import { describe, expect, it } from 'vitest';
import { ExpressiveCode } from 'astro-expressive-code';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { languageLabel, pluginLanguageLabel } from '../../src/lib/ecLanguageLabel';

const engine = new ExpressiveCode({ textMarkers: false, plugins: [pluginLanguageLabel()] });
const render = async (code: string, language: string, meta = '') => {
  const { renderedGroupAst } = await engine.render({ code, language, meta });
  return unified()
    .use(rehypeStringify)
    .stringify({ type: 'root', children: [renderedGroupAst] } as never);
};

describe('languageLabel', () => {
  it('names common languages, passes unknown ids through and leaves plain text unlabelled', () => {
    expect(languageLabel('python')).toBe('Python');
    expect(languageLabel('bash')).toBe('Bash');
    expect(languageLabel('YAML')).toBe('YAML');
    expect(languageLabel('rust')).toBe('rust');
    expect(languageLabel('text')).toBeUndefined();
    expect(languageLabel('')).toBeUndefined();
  });
});

describe('pluginLanguageLabel', () => {
  it('adds the label to the frame header of editor and terminal frames, next to a title', async () => {
    const python = await render('print(1)', 'python');
    expect(python).toMatch(
      /<figure class="frame has-language"><figcaption class="header"><span class="language">Python<\/span><\/figcaption>/,
    );
    const terminal = await render('vllm serve model', 'bash', 'title="serve.sh"');
    expect(terminal).toContain('has-language');
    expect(terminal).toMatch(/<span class="title">serve\.sh<\/span>.*<span class="language">Bash<\/span><\/figcaption>/);
  });

  it('leaves plain text blocks as Expressive Code renders them', async () => {
    const plain = await render('<|im_start|>user', 'text');
    expect(plain).not.toContain('has-language');
    expect(plain).not.toContain('class="language"');
  });
});
