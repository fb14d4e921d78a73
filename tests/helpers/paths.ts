import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const TMP = fileURLToPath(new URL('../.tmp/', import.meta.url));

/** The site built at the root path and under a sub-path, as the tests build them. */
export const BUILDS = {
  root: { base: '/', outDir: `${TMP}dist-root` },
  sub: { base: '/guide/', outDir: `${TMP}dist-guide` },
} as const;
export type BuildName = keyof typeof BUILDS;
