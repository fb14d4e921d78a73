import { spawn } from 'node:child_process';
import { ROOT } from './paths';

export interface BuildResult {
  code: number;
  output: string;
}

// Vitest puts Vite's own variables (BASE_URL, MODE, NODE_ENV=test, …) into process.env; a child
// build that inherited them would ignore its configured base.
const VITEST_VARIABLES = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/;

function cleanEnvironment(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && !VITEST_VARIABLES.test(entry[0]),
    ),
  );
}

/** Runs `astro build` with extra environment variables and collects its output. */
export function astroBuild(env: Record<string, string>, cwd = ROOT): Promise<BuildResult> {
  return astroCommand('build', env, cwd);
}

/** Runs an Astro command (`build`, or `sync`: the build's first step, which checks every entry against its schema). */
export function astroCommand(command: 'build' | 'sync', env: Record<string, string>, cwd = ROOT): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['astro', command], {
      cwd,
      env: { ...cleanEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
