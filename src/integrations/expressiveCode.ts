// Code blocks through Expressive Code: light and dark themes keyed on the site's data-theme, a copy
// button whose script is an external file (so the strict script-src needs no hash), the language
// as a label, and long lines wrapped or visibly scrollable, never clipped.
import type { AstroIntegration } from 'astro';
import astroExpressiveCode, { createAstroRenderer, createRenderer, pluginFramesTexts } from 'astro-expressive-code';
import { HTML_LANG } from '../config';
import { en } from '../i18n/en';
import { zh } from '../i18n/zh';
import { pluginLanguageLabel } from '../lib/ecLanguageLabel';
import { pluginLongLines } from '../lib/ecLongLines';
import { pluginValidHtml } from '../lib/ecValidHtml';
import { rehypeMdxVoidElements } from '../lib/rehypeMdxVoidElements';

const CHINESE_SOURCE = /(^|[\\/])content[\\/]zh[\\/]/;
const WRAPPED_LANGUAGES = 'bash,sh,shell,zsh,console,text,txt,plaintext';

for (const [locale, strings] of [
  [HTML_LANG.en, en],
  [HTML_LANG.zh, zh],
] as const) {
  pluginFramesTexts.addLocale(locale, {
    terminalWindowFallbackTitle: strings['code.terminal'],
    copyButtonTooltip: strings['code.copy'],
    copyButtonCopied: strings['code.copied'],
  });
}

/** Runs after Expressive Code's own rehype plugin, which it appends to the processor when set up. */
const mdxVoidElements: AstroIntegration = {
  name: 'mdx-void-elements',
  hooks: {
    'astro:config:setup': ({ config }) => {
      const processor = config.markdown.processor as { options?: { rehypePlugins?: unknown[] } } | undefined;
      if (!processor?.options?.rehypePlugins) throw new Error('mdx-void-elements needs the unified() Markdown processor');
      processor.options.rehypePlugins.push(rehypeMdxVoidElements);
    },
  },
};

export function expressiveCode(): AstroIntegration[] {
  const codeBlocks = astroExpressiveCode({
    // Light first: it is what a page shows before (or without) the theme bootstrap.
    themes: ['github-light', 'github-dark'],
    useDarkModeMediaQuery: false,
    themeCssSelector: (theme) => (theme.type === 'dark' ? "[data-theme='dark']" : false),
    defaultLocale: HTML_LANG.en,
    getBlockLocale: ({ file }) => (CHINESE_SOURCE.test(file.path) ? HTML_LANG.zh : HTML_LANG.en),
    defaultProps: {
      // Commands and plain text wrap, so a long command is seen whole (and copied whole); a wrapped line
      // keeps its indentation plus two columns, so a continuation never reads as a new line. Program code
      // keeps its line structure and scrolls sideways instead (pluginLongLines).
      overridesByLang: { [WRAPPED_LANGUAGES]: { wrap: true, hangingIndent: 2 } },
    },
    // No authored block marks lines, so the text-markers plugin would only add CSS.
    textMarkers: false,
    styleOverrides: {
      codeFontFamily: 'var(--font-mono)',
      uiFontFamily: 'var(--font-sans)',
      borderRadius: '0.375rem',
    },
    plugins: [pluginLanguageLabel(), pluginLongLines(), pluginValidHtml()],
    // No Expressive Code script on the page: pluginLongLines makes scrolling blocks focusable at build
    // time (the core module does it in the browser), and the site's own scripts/codeCopy.ts loads the
    // copy button's code on the first click (the frames module is 0.9 KB on every page with code).
    customCreateRenderer: async (options) => {
      const renderer = await createRenderer(options);
      renderer.jsModules = [];
      return renderer;
    },
    // With no modules it would still link an empty ec.js on every page with code: drop that link.
    customCreateAstroRenderer: async (options) => {
      const renderer = await createAstroRenderer(options);
      renderer.hashedScripts.splice(0);
      return renderer;
    },
  });
  return [codeBlocks, mdxVoidElements];
}
