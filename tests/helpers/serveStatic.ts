// A minimal static host for the built site, the way a plain file host serves dist/: directory
// index files, the base path, and 404.html with status 404 for anything missing.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
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

// Pagefind's index, fragments and WebAssembly are compressed already; a host sends them as they are.
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

/** Serves a build; `compress` gzips text the way a production host does (for the bench's byte and Lighthouse figures). */
export async function serveBuild(
  build: BuildName,
  { compress = false, outDir = BUILDS[build].outDir }: { compress?: boolean; outDir?: string } = {},
): Promise<StaticSite> {
  const { base } = BUILDS[build];
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = pathname.startsWith(base) ? resolveFile(outDir, pathname.slice(base.length)) : undefined;
    if (pathname.startsWith(base) && !pathname.endsWith('/') && file?.endsWith('index.html')) {
      response.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    const served = file ?? join(outDir, '404.html');
    const headers: Record<string, string> = { 'content-type': TYPES[extname(served)] ?? 'application/octet-stream' };
    if (compress && COMPRESSIBLE.has(extname(served)) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      response.writeHead(file ? 200 : 404, { ...headers, 'content-encoding': 'gzip' });
      createReadStream(served)
        .pipe(createGzip({ level: 9 }))
        .pipe(response);
      return;
    }
    response.writeHead(file ? 200 : 404, headers);
    createReadStream(served).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
