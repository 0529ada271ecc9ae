// A small static file server for the built app, on 127.0.0.1: used by the browser tests, the
// benchmark and screenshots. Optional gzip and production cache headers (as a real host would
// serve), and optional extra headers (the tests use it to try a Content-Security-Policy).

import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cacheControlFor } from './security-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

export interface StaticServerOptions {
  root: string;
  port?: number;
  gzip?: boolean;
  /** Cache-Control as recommended for a host (hashed assets immutable); default: no-cache. */
  cache?: boolean;
  headers?: Record<string, string>;
  /** Paths (beginning with /) answered with this status instead of the file, for failure tests. */
  overrides?: Map<string, { status: number; body: string; type?: string }>;
}

export interface RunningServer {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

export async function startStaticServer(options: StaticServerOptions): Promise<RunningServer> {
  const root = resolve(options.root);
  const server = createServer((req, res) => {
    void (async () => {
      let path: string;
      try {
        path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      } catch {
        res.writeHead(400, { 'Content-Type': 'text/plain' }).end('bad request');
        return;
      }
      const override = options.overrides?.get(path);
      const headers = {
        'Cache-Control': options.cache ? cacheControlFor(path) : 'no-cache',
        ...options.headers,
      };
      if (override) {
        res.writeHead(override.status, {
          'Content-Type': override.type ?? 'text/plain',
          ...headers,
        });
        res.end(override.body);
        return;
      }
      let file = normalize(join(root, path));
      if (!file.startsWith(root + sep) && file !== root) {
        res.writeHead(403).end('forbidden');
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        let body = await readFile(file);
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        const out: Record<string, string> = { 'Content-Type': type, ...headers };
        if (
          options.gzip &&
          /gzip/.test(String(req.headers['accept-encoding'])) &&
          !type.startsWith('image/png')
        ) {
          body = gzipSync(body);
          out['Content-Encoding'] = 'gzip';
        }
        out['Content-Length'] = String(body.length);
        res.writeHead(200, out);
        res.end(req.method === 'HEAD' ? undefined : body);
      } catch {
        res.writeHead(404, { 'Content-Type': 'text/plain', ...headers }).end(`not found: ${path}`);
      }
    })();
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    server,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
