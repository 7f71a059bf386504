// A small static server on 127.0.0.1 that sends chosen headers (a Content-Security-Policy)
// with every response and records every path asked for, so a test can prove what the page
// loaded and nothing else.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { AddressInfo } from 'node:net';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export interface StaticServer {
  readonly origin: string;
  /** Every path requested, in order. */
  readonly requested: string[];
  close(): Promise<void>;
}

/** Serves exactly the files in `routes` (URL path → file on disk); anything else is a 404. */
export async function serveFiles(routes: Record<string, string>, headers: Record<string, string> = {}): Promise<StaticServer> {
  const requested: string[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requested.push(path);
    const file = routes[path];
    const fail = () => {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...headers });
      response.end(`Not found: ${path}`);
    };
    if (file === undefined) return fail();
    readFile(file).then((body) => {
      response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...headers });
      response.end(body);
    }, fail);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requested,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
