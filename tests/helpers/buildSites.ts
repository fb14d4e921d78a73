// Vitest global setup: builds the site once at the root path and once under /guide/ with production settings.
// GUIDE_TEST_PREBUILT=1 reuses the builds already in place (for re-running the site tests against the
// same build, e.g. repeated runs on a busy machine); it refuses when a build is missing.
// The builds run in a copy of the project: `npm test` type-checks the project itself at the same time,
// and both `astro check` and `astro build` write the `.astro` directory of the project they run in.
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { astroBuild } from './astroBuild';
import { BUILDS, TMP } from './paths';
import { copyProject } from './projectCopy';

export default async function buildSites(): Promise<void> {
  if (process.env.GUIDE_TEST_PREBUILT === '1') {
    for (const { outDir } of Object.values(BUILDS)) {
      if (!existsSync(join(outDir, 'index.html'))) throw new Error(`GUIDE_TEST_PREBUILT=1 but ${outDir} has no build`);
    }
    return;
  }
  const project = copyProject(join(TMP, 'project'));
  for (const { base, outDir, env } of Object.values(BUILDS)) {
    // A fresh cache too: Astro keeps rendered entries across builds even when a Markdown plugin changed.
    await rm(outDir, { recursive: true, force: true });
    await rm(env.SITE_CACHE_DIR, { recursive: true, force: true });
    const result = await astroBuild({ SITE_BASE: base, SITE_OUT_DIR: outDir, ...env }, project);
    if (result.code !== 0) {
      throw new Error(`astro build (base ${base}) failed:\n${result.output.slice(-4000)}`);
    }
  }
}
