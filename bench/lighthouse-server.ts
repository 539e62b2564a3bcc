// A small static server for the built app on 127.0.0.1, behaving like an ordinary static host: gzip for text,
// long-lived caching for the hashed files under assets/, revalidation for everything else.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg\+xml)/;

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  close: () => Promise<void>;
}

/** The file a request path maps to inside `rootDir`, or undefined when it would leave that folder. */
export function fileForRequest(rootDir: string, requestUrl: string): string | undefined {
  const pathname = decodeURIComponent(new URL(requestUrl, 'http://127.0.0.1').pathname);
  const relative = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  const file = path.join(rootDir, path.normalize(relative));
  return file.startsWith(path.resolve(rootDir) + path.sep) ? file : undefined;
}

export function cacheControlFor(file: string, rootDir: string): string {
  const isHashedAsset = path.relative(rootDir, file).split(path.sep)[0] === 'assets';
  return isHashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache';
}

async function respond(rootDir: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const file = request.method === 'GET' || request.method === 'HEAD' ? fileForRequest(rootDir, request.url ?? '/') : undefined;
  const body = file === undefined ? undefined : await readFile(file).catch(() => undefined);
  if (file === undefined || body === undefined) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const contentType = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  const gzip = acceptsGzip && COMPRESSIBLE.test(contentType);
  const payload = gzip ? gzipSync(body) : body;
  response.writeHead(200, {
    'content-type': contentType,
    'content-length': payload.length,
    'cache-control': cacheControlFor(file, rootDir),
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  response.end(request.method === 'HEAD' ? undefined : payload);
}

/** Serves `rootDir` on a free port of 127.0.0.1. */
export async function startStaticServer(rootDir: string): Promise<StaticServer> {
  const root = path.resolve(rootDir);
  const server = createServer((request, response) => {
    respond(root, request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
