// Reads the stored text: parse, check the version and shape, decode. Pure; the storage adapter decides what to do
// with a problem (back the text up, report it).
import * as v from 'valibot';
import { CodecError, decodeStudyData, type PersistedStudyData } from './persisted-codec';
import { CURRENT_STORE_VERSION, OLDEST_STORE_VERSION, StoreVersions } from './persisted-migrations';
import {
  describeIssues,
  PersistedEnvelopeSchema,
  PersistedStudyDataV1Schema,
  PersistedStudyDataV2Schema,
} from './persisted-schemas';
import type { StudyData } from '../data/study-data';

export type StoredProblem = 'corrupt-json' | 'foreign-shape' | 'newer-version';

export type ReadResult =
  | { ok: true; version: number; state: unknown }
  | { ok: false; problem: StoredProblem; detail: string };

const schemasByVersion: Record<number, v.GenericSchema> = {
  [StoreVersions.PlainJson]: PersistedStudyDataV1Schema,
  [StoreVersions.CompactCodec]: PersistedStudyDataV2Schema,
};

// Decoding is checked when the text is read; merge then reuses the result instead of decoding twice.
const decoded = new WeakMap<object, StudyData>();

/** The study data of a valid current-version state (decoded once, then remembered). */
export function decodePersisted(state: PersistedStudyData): StudyData {
  let data = decoded.get(state);
  if (!data) {
    data = decodeStudyData(state);
    decoded.set(state, data);
  }
  return data;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function readPersistedText(text: string): ReadResult {
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
    return { ok: false, problem: 'newer-version', detail: `stored by a newer version of the app (schema ${version}, this one reads up to ${CURRENT_STORE_VERSION})` };
  }
  if (version < OLDEST_STORE_VERSION) return { ok: false, problem: 'foreign-shape', detail: `unknown schema version ${version}` };
  const checked = v.safeParse(schemasByVersion[version], state);
  if (!checked.success) return { ok: false, problem: 'foreign-shape', detail: `schema ${version}: ${describeIssues(checked.issues)}` };
  if (version === CURRENT_STORE_VERSION) {
    try {
      decodePersisted(checked.output as PersistedStudyData);
    } catch (error) {
      if (!(error instanceof CodecError)) throw error;
      return { ok: false, problem: 'foreign-shape', detail: `schema ${version}: ${error.message}` };
    }
  }
  return { ok: true, version, state: checked.output };
}
