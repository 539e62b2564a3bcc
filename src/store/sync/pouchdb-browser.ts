// PouchDB as the app uses it: the core, IndexedDB for the replica, HTTP for the server, and replication. Only the
// sync chunk imports this file (sync-runner.ts, loaded when sync is on): none of it is in the first page.
import PouchDB from 'pouchdb-core';
import idbAdapter from 'pouchdb-adapter-idb';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import type { PouchConstructor } from './sync-replication';

export const BrowserPouchDB = PouchDB.plugin(idbAdapter).plugin(httpAdapter).plugin(replication) as unknown as PouchConstructor;
