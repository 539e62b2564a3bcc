// "Test connection": what is wrong with a sync server, in words the learner can act on. Plain fetch, no PouchDB, so
// the Data screen can check a server before sync (and its chunk) is turned on.
//
// A browser reports an unreachable server and a server without CORS the same way (a TypeError, no response). A
// second request in `no-cors` mode tells them apart: it gets an (opaque) answer from a server that is there.
// Databases are created only by a CouchDB admin: a database that is missing is created when the user is one (as
// `_session` says), and otherwise reported, without trying (a server may refuse it in any way, or none).

export interface SyncTarget {
  /** The database URL, e.g. https://couch.example.org/study-deck. */
  url: string;
  username: string;
  password: string;
}

export type ConnectionProblem = 'invalid-url' | 'unreachable' | 'cors' | 'unauthorized' | 'forbidden' | 'missing' | 'not-couchdb';

export type ConnectionResult = { ok: true; created: boolean } | { ok: false; problem: ConnectionProblem; message: string };

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** The server's root and the database name of a database URL, or null when it is not one. */
export function splitDatabaseUrl(url: string): { server: string; database: string } | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username || parsed.password || parsed.search || parsed.hash) return null;
  const parts = parsed.pathname.split('/').filter(Boolean);
  const database = parts.pop();
  if (!database || !/^[a-z][a-z0-9_$()+/-]*$/.test(decodeURIComponent(database))) return null;
  return { server: `${parsed.origin}${parts.length ? `/${parts.join('/')}` : ''}`, database };
}

/** Headers with Basic auth; none for an empty user name (a server with no admin set lets everyone in as admin). */
export function authHeaders(target: Pick<SyncTarget, 'username' | 'password'>): Record<string, string> {
  return target.username === '' ? { accept: 'application/json' } : { accept: 'application/json', authorization: basicAuth(target.username, target.password) };
}

export function basicAuth(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

const messages: Record<ConnectionProblem, (target: { server: string; database: string }) => string> = {
  'invalid-url': () => 'The address is not a database URL: it should look like https://couch.example.org/study-deck (no user or password in it).',
  unreachable: ({ server }) => `No server answers at ${server}. Check the address, and that the server is running and this device is online.`,
  cors: ({ server }) =>
    `The server at ${server} answers, but does not let this page talk to it: CORS is not enabled. Enable CORS on the server for this site (see the README).`,
  unauthorized: () => 'The server refused the user name or password (401). Check them and try again.',
  forbidden: ({ database }) => `This user may not read or write the database “${decodeURIComponent(database)}” (403).`,
  missing: ({ database }) =>
    `The database “${decodeURIComponent(database)}” does not exist, and this user may not create it. Create it on the server (or use an admin), then try again.`,
  'not-couchdb': ({ server }) => `The server at ${server} does not answer as a CouchDB server.`,
};

const failed = (problem: ConnectionProblem, target: { server: string; database: string }): ConnectionResult => ({
  ok: false,
  problem,
  message: messages[problem](target),
});

/** Checks the server and database; creates the database when it is missing and the user is an admin. */
export async function testSyncConnection(target: SyncTarget, fetchImpl: FetchLike = fetch): Promise<ConnectionResult> {
  const split = splitDatabaseUrl(target.url);
  if (!split) return failed('invalid-url', { server: target.url, database: '' });
  const { server, database } = split;
  const headers = authHeaders(target);
  let session: Response;
  try {
    session = await fetchImpl(`${server}/_session`, { headers, credentials: 'omit' });
  } catch {
    try {
      await fetchImpl(`${server}/`, { mode: 'no-cors', credentials: 'omit' });
      return failed('cors', split);
    } catch {
      return failed('unreachable', split);
    }
  }
  if (session.status === 401) return failed('unauthorized', split);
  const sessionBody = (await session.json().catch(() => null)) as { userCtx?: { name?: string | null; roles?: unknown } } | null;
  if (!session.ok || !sessionBody?.userCtx) return failed('not-couchdb', split);
  // With basic auth, a wrong password is a 401; a name CouchDB does not know at all may come back as no user.
  if (target.username && sessionBody.userCtx.name !== target.username) return failed('unauthorized', split);
  const isAdmin = Array.isArray(sessionBody.userCtx.roles) && sessionBody.userCtx.roles.includes('_admin');

  const db = await fetchImpl(`${server}/${database}`, { headers, credentials: 'omit' });
  if (db.ok) return { ok: true, created: false };
  if (db.status === 401) return failed('unauthorized', split);
  if (db.status === 403) return failed('forbidden', split);
  if (db.status !== 404) return failed('not-couchdb', split);
  if (!isAdmin) return failed('missing', split);
  const created = await fetchImpl(`${server}/${database}`, { method: 'PUT', headers, credentials: 'omit' });
  if (created.ok || created.status === 412) return { ok: true, created: created.ok };
  return failed('missing', split);
}

/** Every study document on the server, checked (for the preview before sync is turned on); null when it cannot be read. */
export async function fetchServerDocs(
  target: SyncTarget,
  check: (raw: unknown) => { ok: true; doc: unknown } | { ok: false },
  fetchImpl: FetchLike = fetch,
): Promise<{ docs: unknown[]; refused: number } | null> {
  const split = splitDatabaseUrl(target.url);
  if (!split) return null;
  try {
    const response = await fetchImpl(`${split.server}/${split.database}/_all_docs?include_docs=true`, {
      headers: authHeaders(target),
      credentials: 'omit',
    });
    if (!response.ok) return null;
    const body = (await response.json()) as { rows?: Array<{ id?: unknown; doc?: unknown }> };
    const docs: unknown[] = [];
    let refused = 0;
    for (const row of body.rows ?? []) {
      if (typeof row.id === 'string' && row.id.startsWith('_')) continue;
      const checked = check(row.doc);
      if (checked.ok) docs.push(checked.doc);
      else refused += 1;
    }
    return { docs, refused };
  } catch {
    return null;
  }
}
