// Serves the demo page and the built bundle on localhost under the strict Content-Security-Policy
// that embedding portals use, so what you see is what a vendor gets.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8000);
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.map': 'application/json' };
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const relative = url.pathname === '/' ? 'demo/index.html' : normalize(url.pathname).replace(/^\/+/, '');
  if (relative.startsWith('..')) return void response.writeHead(403).end();
  try {
    const body = await readFile(join(root, relative));
    response.writeHead(200, { 'content-type': types[extname(relative)] ?? 'application/octet-stream', 'content-security-policy': csp });
    response.end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end(`Not found: ${url.pathname}`);
  }
}).listen(port, '127.0.0.1', () => console.log(`ISP Kit demo: http://localhost:${port}/`));
