// How the client build cuts its JavaScript into files, for the few hundred bytes every page loads.
//
// Vite wraps every dynamic import() in a preload helper (0.9 KB gzip on every page) that fetches the
// imported module's own imports in parallel. The site's lazily loaded modules (search, term previews)
// have one or two small imports, so preloading is off and the helper is replaced by a call of the
// import itself. A helper that had CSS to load would still be needed: the build fails if any dynamic
// import is left with dependencies to preload.
//
// Every page loads the site script (BaseLayout's), so what it shares with page scripts (the progress
// keys, the helper) goes into its file rather than into small shared files of their own: one request
// and one gzip stream fewer on every page.
import type { Plugin } from 'vite';

const HELPER = '\0vite/preload-helper.js';
const SITE_SCRIPT = /[\\/]BaseLayout\.astro\?astro&type=script/;

export function clientChunks(): Plugin {
  return {
    name: 'client-chunks',
    enforce: 'pre',
    // Astro sets the client build's modulePreload itself, so this is set where that environment is configured.
    configEnvironment: (name) =>
      name === 'client'
        ? {
            build: {
              modulePreload: false,
              rolldownOptions: {
                output: {
                  codeSplitting: { groups: [{ name: 'site', test: SITE_SCRIPT, includeDependenciesRecursively: true }] },
                },
              },
            },
          }
        : undefined,
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
