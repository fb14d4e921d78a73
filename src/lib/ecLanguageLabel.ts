// An Expressive Code plugin that names a code block's language ("Python", "Bash") at the end of its
// frame's header; Expressive Code itself shows only a title or a terminal bar.
import type { ExpressiveCodePlugin } from 'astro-expressive-code';
import type { Element } from 'hast';

const LANGUAGE_NAMES: Record<string, string> = {
  bash: 'Bash',
  sh: 'Shell',
  shell: 'Shell',
  zsh: 'Zsh',
  console: 'Console',
  python: 'Python',
  py: 'Python',
  yaml: 'YAML',
  yml: 'YAML',
  json: 'JSON',
  jsonc: 'JSON',
  toml: 'TOML',
  js: 'JavaScript',
  javascript: 'JavaScript',
  ts: 'TypeScript',
  typescript: 'TypeScript',
  dockerfile: 'Dockerfile',
  sql: 'SQL',
  jinja: 'Jinja',
};
/** Blocks in these "languages" are plain text, so a label would say nothing. */
const UNLABELLED = new Set(['', 'text', 'txt', 'plaintext', 'plain', 'ansi']);

/** The name to show for a code block's language id, or undefined when the block is plain text. */
export function languageLabel(language: string): string | undefined {
  const id = language.trim().toLowerCase();
  if (UNLABELLED.has(id)) return undefined;
  return LANGUAGE_NAMES[id] ?? id;
}

const isElement = (node: unknown, tagName: string): node is Element =>
  (node as Element).type === 'element' && (node as Element).tagName === tagName;

const classList = (element: Element): string[] => {
  const value: unknown = element.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(' ') : [];
};

export function pluginLanguageLabel(): ExpressiveCodePlugin {
  return {
    name: 'Language label',
    // Untitled editor frames hide their header; a labelled one shows it as a slim bar in the tab bar's
    // colours, and the copy button moves down by its height.
    baseStyles: `
      .frame .header .language {
        position: absolute;
        inset-inline-end: var(--ec-uiPadInl);
        top: 50%;
        transform: translateY(-50%);
        font-size: 0.75rem;
        line-height: 1;
        font-weight: 500;
        letter-spacing: 0.025ch;
        color: var(--ec-frm-edActTabFg);
      }
      .frame.has-language:not(.has-title, .is-terminal) {
        --button-spacing: calc(1.75rem + 0.4rem);
      }
      .frame.has-language:not(.has-title, .is-terminal) .header {
        display: block;
        height: 1.75rem;
        background: var(--ec-frm-edTabBarBg);
        border: var(--ec-brdWd) solid var(--ec-frm-edTabBarBrdCol);
        border-bottom-color: var(--ec-frm-edTabBarBrdBtmCol);
      }
      .frame.has-language:not(.has-title, .is-terminal) pre {
        border-top: none;
        border-top-left-radius: 0;
        border-top-right-radius: 0;
      }
    `,
    hooks: {
      postprocessRenderedBlock: ({ codeBlock, renderData }) => {
        const label = languageLabel(codeBlock.language);
        const frame = renderData.blockAst;
        const header = frame.children.find((child) => isElement(child, 'figcaption'));
        if (!label || !isElement(frame, 'figure') || !header) return;
        frame.properties.className = [...classList(frame), 'has-language'];
        header.children.push({
          type: 'element',
          tagName: 'span',
          properties: { className: ['language'] },
          children: [{ type: 'text', value: label }],
        });
      },
    },
  };
}
