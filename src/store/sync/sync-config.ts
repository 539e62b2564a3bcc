// This device's sync settings: the server, the credentials, whether sync is on, and the device's own id. Kept under a
// localStorage key of their own, never in the study data: they are not exported, imported or backed up with it,
// and they never leave this device except to the server they name.
import * as v from 'valibot';

export const SYNC_CONFIG_KEY = 'study-deck-sync';

export interface SyncConfig {
  url: string;
  username: string;
  password: string;
  enabled: boolean;
  /** Names the card marks and settings this device writes (random, made once). */
  device: string;
}

const SyncConfigSchema = v.object({
  url: v.pipe(v.string(), v.maxLength(2000)),
  username: v.pipe(v.string(), v.maxLength(500)),
  password: v.pipe(v.string(), v.maxLength(2000)),
  enabled: v.boolean(),
  device: v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,64}$/)),
});

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

function defaultStorage(): KeyValueStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function newDeviceId(random: () => string = () => crypto.randomUUID()): string {
  return (
    random()
      .replace(/[^A-Za-z0-9-]/g, '')
      .slice(0, 64) || 'device'
  );
}

/** The saved settings, or null when there are none (or they cannot be read). */
export function readSyncConfig(storage: KeyValueStorage | null = defaultStorage()): SyncConfig | null {
  let text: string | null = null;
  try {
    text = storage?.getItem(SYNC_CONFIG_KEY) ?? null;
  } catch {
    return null;
  }
  if (text === null) return null;
  try {
    const parsed = v.safeParse(SyncConfigSchema, JSON.parse(text));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

/** Saves the settings; false when the storage refuses them. */
export function writeSyncConfig(config: SyncConfig, storage: KeyValueStorage | null = defaultStorage()): boolean {
  try {
    storage?.setItem(SYNC_CONFIG_KEY, JSON.stringify(config));
    return storage !== null;
  } catch {
    return false;
  }
}
