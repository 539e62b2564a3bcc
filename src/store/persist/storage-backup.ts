// The backup made of stored data that could not be read, before anything is written over it: one document holding
// the text of every key it copies, exactly as it was, with why it was made. It is kept in localStorage under
// `study-deck:backup:<time>`, offered as a download, and imports through Data → Import progress.
import * as v from 'valibot';
import type { StoredProblem } from './read-persisted';

export const STORAGE_BACKUP_FORMAT = 'study-deck-backup';

export interface StorageBackup {
  format: typeof STORAGE_BACKUP_FORMAT;
  /** ISO 8601, UTC. */
  takenAt: string;
  problem: StoredProblem;
  detail: string;
  /** The store's root key: reading the copied keys starts there. */
  storageKey: string;
  /** The text of each key copied, exactly as it was. */
  keys: Record<string, string>;
  /** When some records could not be read: where each one was and why (its text is in `keys`). */
  damaged?: { where: string; reason: string }[];
}

export const StorageBackupSchema = v.object({
  format: v.literal(STORAGE_BACKUP_FORMAT),
  takenAt: v.string(),
  problem: v.picklist(['corrupt-json', 'foreign-shape', 'newer-version', 'damaged-records']),
  detail: v.string(),
  storageKey: v.pipe(v.string(), v.minLength(1)),
  keys: v.record(v.string(), v.string()),
  damaged: v.optional(v.array(v.object({ where: v.string(), reason: v.string() }))),
});

export function storageBackupText(backup: StorageBackup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}
