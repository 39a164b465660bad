#!/usr/bin/env node
/**
 * A minimal static server for dist/ (used by the browser tests and the benchmark): no dependencies, no child
 * processes, exits cleanly on SIGTERM. Usage: node scripts/serve-dist.mjs [--port 4173] [--dir dist] [--host 127.0.0.1] [--mount /prefix=folder] [--gzip]
 * --gzip (or startServer({ gzip: true }), as the benchmark does) compresses text as a real host would
 * (Content-Encoding: gzip, level 9, kept in memory per file), so the bytes the browser counts are gzip bytes.
 */
import { createServer } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const root = resolve(opt('dir', 'dist'));
// --mount /vendor=node_modules/pym.js/dist serves a second folder under a URL prefix (test host pages).
const mounts = args
  .flatMap((a, i) => (a === '--mount' ? [args[i + 1]] : []))
  .map((m) => {
    const [prefix, dir] = m.split('=');
    return { prefix, dir: resolve(dir) };
  });
const port = Number(opt('port', process.env.PORT ?? 4173));
const host = opt('host', '127.0.0.1');
const gzipFlag = args.includes('--gzip');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Compressed bodies by path and modification time. */
const gzipped = new Map();
const compressible = (type) => /^(text\/|application\/json|image\/svg)/.test(type);

export function startServer({ dir = root, port: p = port, host: h = host, gzip = gzipFlag } = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const mount = mounts.find((m) => url.pathname.startsWith(m.prefix + '/'));
    const base = mount ? mount.dir : dir;
    const rest = mount ? url.pathname.slice(mount.prefix.length) : url.pathname;
    let path = normalize(join(base, decodeURIComponent(rest)));
    if (!path.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      const { size, mtimeMs } = statSync(path);
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      if (gzip && compressible(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        const key = `${path}:${mtimeMs}`;
        if (!gzipped.has(key)) gzipped.set(key, gzipSync(readFileSync(path), { level: 9 }));
        const body = gzipped.get(key);
        res.writeHead(200, {
          'content-type': type,
          'content-encoding': 'gzip',
          'content-length': body.length,
          'cache-control': 'no-store',
          vary: 'accept-encoding',
        });
        res.end(body);
        return;
      }
      res.writeHead(200, { 'content-type': type, 'content-length': size, 'cache-control': 'no-store' });
      createReadStream(path).pipe(res);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(p, h, () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer();
  console.log(`serving ${root} at http://${host}:${port}/`);
  for (const sig of ['SIGTERM', 'SIGINT']) process.on(sig, () => server.close(() => process.exit(0)));
}
