// An Expressive Code plugin that makes its markup pass html-validate: code lines as spans (a div may
// not sit in <code>), and a copy button with a type, a name and a span for its hover layer.
import type { ExpressiveCodePlugin } from 'astro-expressive-code';

interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

function visit(node: Node, inside: { code: boolean; button: boolean }) {
  for (const child of node.children ?? []) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'div' && (inside.code || inside.button)) child.tagName = 'span';
    if (child.tagName === 'button' && child.properties) {
      child.properties.type = 'button';
      child.properties.ariaLabel = child.properties.title;
    }
    visit(child, { code: inside.code || child.tagName === 'code', button: inside.button || child.tagName === 'button' });
  }
}

export function pluginValidHtml(): ExpressiveCodePlugin {
  return {
    name: 'Valid HTML',
    // The frames plugin styles the copy button's hover layer as `button div`; the same for a span.
    baseStyles: `
      .copy button span {
        position: absolute;
        inset: 0;
        border-radius: inherit;
        background: var(--ec-frm-inlBtnBg);
        opacity: var(--ec-frm-inlBtnBgIdleOpa);
        transition-property: inherit;
        transition-duration: inherit;
        transition-timing-function: inherit;
      }
      .copy button:hover span,
      .copy button:focus:focus-visible span {
        opacity: var(--ec-frm-inlBtnBgHoverOrFocusOpa);
      }
      .copy button:active span {
        opacity: var(--ec-frm-inlBtnBgActOpa);
      }
    `,
    hooks: {
      postprocessRenderedBlock: ({ renderData }) => {
        visit({ type: 'root', children: [renderData.blockAst as Node] }, { code: false, button: false });
      },
    },
  };
}
