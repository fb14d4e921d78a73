import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// The stylesheet the site ships (integrations/vendorKatex.ts) must come from the KaTeX that renders the
// formulas (through rehype-katex): class names differ between KaTeX versions.
describe('KaTeX', () => {
  it('renders and styles formulas with one and the same version', () => {
    const require = createRequire(import.meta.url);
    const fromRehypeKatex = createRequire(require.resolve('rehype-katex'));
    const renderer = fromRehypeKatex('katex/package.json') as { version: string };
    const stylesheet = require('katex/package.json') as { version: string };
    expect(stylesheet.version).toBe(renderer.version);
  });
});
