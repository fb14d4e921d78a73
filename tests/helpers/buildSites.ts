// Vitest global setup: builds the site once at the root path and once under /guide/ with production settings.
import { rm } from 'node:fs/promises';
import { astroBuild } from './astroBuild';
import { BUILDS } from './paths';

export default async function buildSites(): Promise<void> {
  for (const { base, outDir, env } of Object.values(BUILDS)) {
    await rm(outDir, { recursive: true, force: true });
    const result = await astroBuild({ SITE_BASE: base, SITE_OUT_DIR: outDir, ...env });
    if (result.code !== 0) {
      throw new Error(`astro build (base ${base}) failed:\n${result.output.slice(-4000)}`);
    }
  }
}
