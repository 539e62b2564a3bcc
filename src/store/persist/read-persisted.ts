// Reads what a store left in a storage: the root, then (schemas 3 to 5) every key it lists, or (schemas 1 and 2) the one
// value that held everything. Checks version and shape and reads record by record, so a damaged record is listed
// and everything else kept. No side effects: the guarded storage decides what to back up and report, and importing a
// backup reads it the same way from a copy of its keys.
import * as v from 'valibot';
import { decodePersisted, type DamagedRecord } from './persisted-codec';
import { decodeStudyDataV2Lenient, type PersistedStudyDataV2 } from './persisted-codec-v2';
import { decodeStudyDataV4, type PersistedStudyDataV4 } from './persisted-chunk-v4';
import { CURRENT_STORE_VERSION, OLDEST_STORE_VERSION, StoreVersions } from './persisted-migrations';
import {
  describeIssues,
  PersistedEnvelopeSchema,
  PersistedStudyDataV1Schema,
  PersistedStudyDataV2Schema,
  StoredRootV3Schema,
  StoredRootV4Schema,
  type StoredRoot,
} from './persisted-schemas';
import { chunkKey, chunkVersionOf, readLayout, rootFromKeys } from './stored-layout';
import type { RawStorage } from './guarded-storage';

/** Why stored data was set aside (whole), or that some of its records were. */
export type StoredProblem = 'corrupt-json' | 'foreign-shape' | 'newer-version' | 'damaged-records';

export type WholeProblem = Exclude<StoredProblem, 'damaged-records'>;

/** A damaged record, with the key that holds it. */
export type DamagedStoredRecord = DamagedRecord & { key: string };

export type StoredRead =
  | { ok: false; problem: WholeProblem; detail: string }
  | {
      ok: true;
      version: number;
      /** Valid for `version`: v1 or v2 data, or the schema-3 or -4 data read from every key. */
      state: unknown;
      /** The text of every key read. */
      texts: Map<string, string>;
      /** Each chunk, quiz month and quiz in progress read (schemas 3 and 4), with the text it was read from. */
      sources: Map<object, string>;
      /** The root's fingerprint (schemas 3 and 4); '' before. */
      fingerprint: string;
      damaged: DamagedStoredRecord[];
    };

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

type Envelope = { ok: true; version: number; state: Record<string, unknown> } | { ok: false; problem: WholeProblem; detail: string };

/** The `{ state, version }` a value holds, with its version checked. */
export function readEnvelope(text: string): Envelope {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'corrupt-json', detail: errorMessage(error) };
  }
  const envelope = v.safeParse(PersistedEnvelopeSchema, json);
  if (!envelope.success) return { ok: false, problem: 'foreign-shape', detail: `not study data (${describeIssues(envelope.issues)})` };
  const { version, state } = envelope.output;
  if (version > CURRENT_STORE_VERSION) {
    return {
      ok: false,
      problem: 'newer-version',
      detail: `stored by a newer version of the app (schema ${version}, this one reads up to ${CURRENT_STORE_VERSION})`,
    };
  }
  if (version < OLDEST_STORE_VERSION) return { ok: false, problem: 'foreign-shape', detail: `unknown schema version ${version}` };
  return { ok: true, version, state };
}

/** Reads the store `name` from `area`; null when nothing is stored. Storage errors are thrown to the caller. */
export function readStored(area: RawStorage, name: string): StoredRead | null {
  const rootText = area.getItem(name);
  if (rootText === null) return null;
  const envelope = readEnvelope(rootText);
  if (!envelope.ok) return envelope.problem === 'newer-version' ? envelope : (recovered(area, name, rootText, envelope.detail) ?? envelope);
  const { version, state } = envelope;
  const texts = new Map([[name, rootText]]);
  if (version === StoreVersions.PlainJson) {
    const checked = v.safeParse(PersistedStudyDataV1Schema, state);
    if (!checked.success) return { ok: false, problem: 'foreign-shape', detail: `schema ${version}: ${describeIssues(checked.issues)}` };
    return { ok: true, version, state: checked.output, texts, sources: new Map(), fingerprint: '', damaged: [] };
  }
  if (version === StoreVersions.CompactCodec) {
    const checked = v.safeParse(PersistedStudyDataV2Schema, state);
    if (!checked.success) return { ok: false, problem: 'foreign-shape', detail: `schema ${version}: ${describeIssues(checked.issues)}` };
    const { damaged } = decodeStudyDataV2Lenient(checked.output as PersistedStudyDataV2);
    return {
      ok: true,
      version,
      state: checked.output,
      texts,
      sources: new Map(),
      fingerprint: '',
      damaged: damaged.map((record) => ({ ...record, key: name })),
    };
  }
  const root = v.safeParse(version === StoreVersions.ChunkedKeys ? StoredRootV3Schema : StoredRootV4Schema, state);
  // Schema 5's root is schema 4's: only its chunks differ.
  if (!root.success) {
    const detail = `schema ${version}: ${describeIssues(root.issues)}`;
    return recovered(area, name, rootText, detail) ?? { ok: false, problem: 'foreign-shape', detail };
  }
  return readFromRoot(area, name, root.output, rootText, version, []);
}

/**
 * When the root cannot be read but chunks of progress can, only the root is lost (settings, times): it counts as
 * one damaged record and the chunks are read as the root would have listed them.
 */
function recovered(area: RawStorage, name: string, rootText: string, detail: string): StoredRead | null {
  const root = rootFromKeys(area, name);
  if (!root) return null;
  const damagedRoot: DamagedStoredRecord = { key: name, where: 'the root (settings and the list of keys)', reason: detail, text: rootText };
  return readFromRoot(area, name, root, rootText, chunkVersionOf(area, name, root, CURRENT_STORE_VERSION), [damagedRoot]);
}

function readFromRoot(area: RawStorage, name: string, root: StoredRoot, rootText: string, version: number, damagedBefore: DamagedStoredRecord[]): StoredRead {
  const layout = readLayout(area, name, root, rootText, version);
  const keyOf = (record: DamagedRecord) =>
    record.deckId !== undefined && record.chunk !== undefined
      ? chunkKey(name, record.deckId, layout.persisted.decks[record.deckId].buckets, record.chunk)
      : name;
  const decoded =
    version >= StoreVersions.MonthlyReviews ? decodePersisted(layout.persisted) : decodeStudyDataV4(layout.persisted as unknown as PersistedStudyDataV4);
  const inRecords = decoded.damaged.map((record) => ({ ...record, key: keyOf(record) }));
  return {
    ok: true,
    version,
    state: layout.persisted,
    texts: layout.texts,
    sources: layout.sources,
    fingerprint: root.fingerprint,
    damaged: [...damagedBefore, ...layout.damaged, ...inRecords],
  };
}
