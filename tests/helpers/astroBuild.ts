import { spawn } from 'node:child_process';
import { ROOT } from './paths';

export interface BuildResult {
  code: number;
  output: string;
}

/** Runs `astro build` with extra environment variables and collects its output. */
export function astroBuild(env: Record<string, string>): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['astro', 'build'], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
