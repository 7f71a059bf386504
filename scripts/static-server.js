// A tiny static file server on 127.0.0.1 for tests that need a real origin and real response
// headers (a Content-Security-Policy, for one): the Storybook sweep and the embedding tests.
// `mounts` maps a URL prefix to a folder, e.g. { '/': 'test/embedding/pages', '/dist/': 'packages/components/dist' }.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Which file a URL path names under `mounts`, or null when it is outside every mounted folder. */
export function fileFor(mounts, pathname) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const prefix = prefixes.find((candidate) => pathname.startsWith(candidate));
  if (prefix === undefined) return null;
  const folder = resolve(mounts[prefix]);
  let relative;
  try {
    relative = decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return null;
  }
  const file = resolve(join(folder, relative));
  return file === folder || file.startsWith(folder + sep) ? file : null;
}

/**
 * Starts the server; resolves to { origin, requests, close() }. `headers` are sent with every
 * response; `requests` lists every path asked for (to prove nothing else was fetched).
 */
export function serveStatic({ mounts, headers = {}, index = 'index.html' }) {
  const requests = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    let file = fileFor(mounts, url.pathname);
    try {
      if (file && (await stat(file)).isDirectory()) file = join(file, index);
      if (!file) throw new Error('outside');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=600', ...headers });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...headers });
      response.end(`Not found: ${url.pathname}`);
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolvePromise({
        origin: `http://127.0.0.1:${port}`,
        requests,
        close: () => new Promise((done) => { server.closeAllConnections?.(); server.close(() => done()); }),
      });
    });
  });
}
