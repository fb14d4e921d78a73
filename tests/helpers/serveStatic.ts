// A minimal static host for the built site, the way a plain file host serves dist/: directory
// index files, the base path, and 404.html with status 404 for anything missing.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { BUILDS, type BuildName } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticSite {
  /** Origin plus base, ending in "/". */
  url: string;
  close: () => Promise<void>;
}

function resolveFile(root: string, sitePath: string): string | undefined {
  const target = normalize(join(root, sitePath));
  if (!target.startsWith(root)) return undefined;
  for (const candidate of [target, join(target, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

export async function serveBuild(build: BuildName): Promise<StaticSite> {
  const { base, outDir } = BUILDS[build];
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = pathname.startsWith(base) ? resolveFile(outDir, pathname.slice(base.length)) : undefined;
    if (pathname.startsWith(base) && !pathname.endsWith('/') && file?.endsWith('index.html')) {
      response.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    const served = file ?? join(outDir, '404.html');
    response.writeHead(file ? 200 : 404, { 'content-type': TYPES[extname(served)] ?? 'application/octet-stream' });
    createReadStream(served).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
