// An Expressive Code plugin for long lines. A block that scrolls sideways instead of wrapping is
// focusable from the build on (so keyboard users can scroll it, and no script has to add tabindex),
// and a shadow at an edge shows that more code lies that way. Expressive Code keeps a wrapped
// block's first line clear of the copy button; on a touch screen the button is larger, always
// shows and covers two lines, so both wrap before they reach it.
import type { ExpressiveCodePlugin } from 'astro-expressive-code';

const classes = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(' ') : [];

export function pluginLongLines(): ExpressiveCodePlugin {
  return {
    name: 'Long lines',
    // The covers scroll with the code and hide the fixed shadows once an end is reached.
    baseStyles: `
      .frame pre:not(.wrap) {
        --code-shadow: color-mix(in srgb, var(--ec-codeFg) 30%, transparent);
        background:
          linear-gradient(to right, var(--code-background) 40%, transparent) left center / 2.5rem 100% no-repeat local,
          linear-gradient(to left, var(--code-background) 40%, transparent) right center / 2.5rem 100% no-repeat local,
          radial-gradient(farthest-side at 0 50%, var(--code-shadow), transparent) left center / 0.875rem 100% no-repeat scroll,
          radial-gradient(farthest-side at 100% 50%, var(--code-shadow), transparent) right center / 0.875rem 100% no-repeat scroll,
          var(--code-background);
      }
      @media (hover: none) {
        .frame pre.wrap .ec-line:nth-child(-n + 2) .code {
          padding-inline-end: calc(var(--ec-codePadInl) + 2.5rem);
        }
      }
    `,
    hooks: {
      postprocessRenderedBlock: ({ renderData }) => {
        const visit = (node: { type: string; tagName?: string; properties?: Record<string, unknown>; children?: unknown[] }) => {
          if (node.type === 'element' && node.tagName === 'pre' && node.properties) {
            if (!classes(node.properties.className).includes('wrap')) node.properties.tabIndex = 0;
            return;
          }
          node.children?.forEach((child) => visit(child as typeof node));
        };
        visit(renderData.blockAst);
      },
    },
  };
}
