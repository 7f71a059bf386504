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

/** What a route serves: a file on disk, or text made by the test (a bundle built in memory). */
export type Route = { file: string } | { text: string; type: string };

/** Serves exactly the `routes` (URL path → file or text); anything else is a 404. */
export async function serveFiles(routes: Record<string, Route>, headers: Record<string, string> = {}): Promise<StaticServer> {
  const requested: string[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requested.push(path);
    const route = routes[path];
    const fail = () => {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...headers });
      response.end(`Not found: ${path}`);
    };
    const send = (body: string | Buffer, type: string) => {
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      response.end(body);
    };
    if (route === undefined) return fail();
    if ('text' in route) return send(route.text, route.type);
    readFile(route.file).then((body) => send(body, contentTypes[extname(route.file)] ?? 'application/octet-stream'), fail);
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
