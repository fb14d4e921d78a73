// `npm test`: the type check and lint run beside Vitest rather than before it. Vitest's global setup
// builds the site twice, one build at a time, which leaves a core free; the checks use it. Exits
// with the first failure's code once both are done.
import { spawn } from 'node:child_process';

const run = (command, args) =>
  new Promise((resolve) => {
    spawn(command, args, { stdio: 'inherit' }).on('close', (code) => resolve(code ?? 1));
  });

const [checks, tests] = await Promise.all([
  run('npm', ['run', 'check']).then((code) => code || run('npm', ['run', 'lint'])),
  run('vitest', ['run', '--project', 'unit', '--project', 'content', '--project', 'build', '--project', 'site']),
]);
process.exit(checks || tests);
