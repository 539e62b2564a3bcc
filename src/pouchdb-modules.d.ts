// PouchDB's plugins ship no types; the sync engine describes the few calls it makes itself (sync-replication.ts).
declare module 'pouchdb-core';
declare module 'pouchdb-adapter-idb';
declare module 'pouchdb-adapter-http';
declare module 'pouchdb-adapter-memory';
declare module 'pouchdb-replication';
