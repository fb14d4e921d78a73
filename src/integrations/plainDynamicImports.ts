// Vite wraps every dynamic import() of the client build in a preload helper (0.9 KB gzip on every
// page) that fetches the imported module's own imports in parallel. The site's lazily loaded modules
// (search, term previews) have one or two small imports, so it turns preloading off and replaces the
// helper by a call of the import itself. A helper that had CSS to load would still be needed: the
// build fails if any dynamic import is left with dependencies to preload.
import type { Plugin } from 'vite';

const HELPER = '\0vite/preload-helper.js';

export function plainDynamicImports(): Plugin {
  return {
    name: 'plain-dynamic-imports',
    enforce: 'pre',
    // Astro sets the client build's modulePreload itself, so this is set where that environment is configured.
    configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
    resolveId: (id) => (id === HELPER ? id : undefined),
    load: (id) => (id === HELPER ? 'export const __vitePreload = (load) => load();' : undefined),
    generateBundle(_, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk' && output.code.includes('__vite__mapDeps')) {
          this.error(
            `${output.fileName}: a dynamic import() has dependencies to preload (CSS?), which the plain helper does not load`,
          );
        }
      }
    },
  };
}
