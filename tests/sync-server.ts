// A real CouchDB-protocol server for tests and the bench: pouchdb-server (a devDependency), in memory, on a free
// port, started from a temporary folder (it writes its config and log where it runs), with CORS on for the app's
// pages and one admin. `stop` and `start` again on the same port simulate a server that goes away and comes back
// (in memory, so it comes back empty: a harsher case than a real CouchDB, which keeps its databases).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoPath } from './paths';

export const SYNC_ADMIN = { username: 'study', password: 'correct horse battery' } as const;

export interface SyncServer {
  /** http://127.0.0.1:<port> (no trailing slash). */
  origin: string;
  port: number;
  /** Basic auth header value for the admin. */
  adminAuth: string;
  start: () => Promise<void>;
  stop: () => Promise<void>;
  /** Creates a database as the admin. */
  createDatabase: (name: string) => Promise<void>;
  /** Adds a user who is not an admin (cannot create databases). */
  createUser: (name: string, password: string) => Promise<void>;
  /** Stops the server and removes its folder. */
  dispose: () => Promise<void>;
}

export interface SyncServerOptions {
  port?: number;
  /** CORS headers for any origin (on by default); off shows what a browser meets on a server without CORS. */
  cors?: boolean;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startSyncServer(options: SyncServerOptions = {}): Promise<SyncServer> {
  const port = options.port ?? (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  const folder = mkdtempSync(path.join(tmpdir(), 'study-deck-sync-'));
  const cors = options.cors ?? true;
  const config = {
    httpd: { enable_cors: cors },
    cors: { origins: '*', credentials: true, methods: 'GET, PUT, POST, HEAD, DELETE', headers: 'accept, authorization, content-type, origin, referer' },
    admins: { [SYNC_ADMIN.username]: SYNC_ADMIN.password },
    log: { level: 'warning' },
  };
  const adminAuth = `Basic ${Buffer.from(`${SYNC_ADMIN.username}:${SYNC_ADMIN.password}`).toString('base64')}`;
  let child: ChildProcess | null = null;

  const start = async () => {
    // The config file is rewritten each time: the server replaces the admin's password with its hash.
    writeFileSync(path.join(folder, 'config.json'), JSON.stringify(config));
    const bin = repoPath('node_modules/pouchdb-server/bin/pouchdb-server');
    child = spawn(process.execPath, [bin, '--in-memory', '--port', String(port), '--no-stdout-logs'], { cwd: folder, stdio: 'ignore' });
    const started = Date.now();
    for (;;) {
      try {
        const response = await fetch(`${origin}/`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      if (child.exitCode !== null) throw new Error(`pouchdb-server exited with ${child.exitCode}`);
      if (Date.now() - started > 20_000) throw new Error('pouchdb-server did not answer within 20 s');
      await delay(100);
    }
  };

  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
    });
  };

  const asAdmin = async (method: string, url: string, body?: unknown) => {
    const response = await fetch(`${origin}${url}`, {
      method,
      headers: { authorization: adminAuth, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  };

  await start();
  return {
    origin,
    port,
    adminAuth,
    start,
    stop,
    createDatabase: (name) => asAdmin('PUT', `/${encodeURIComponent(name)}`),
    createUser: (name, password) => asAdmin('PUT', `/_users/org.couchdb.user:${encodeURIComponent(name)}`, { name, password, roles: [], type: 'user' }),
    dispose: async () => {
      await stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
