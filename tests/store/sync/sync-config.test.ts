// The sync server and credentials are this device's own: under a key of their own, never in the study data, so
// never in an exported progress file; and saved settings that cannot be read are ignored, not half-used.
import { describe, expect, it } from 'vitest';
import { exportStoreProgress } from '../../../src/store/progress-transfer/progress-transfer-store';
import { readSyncConfig, SYNC_CONFIG_KEY, writeSyncConfig, type SyncConfig } from '../../../src/store/sync/sync-config';
import { createMemoryStorage } from '../../../src/store/persist/memory-storage';
import { DECK, KUBELET, makeStore, T0 } from '../store-test-kit';

const config: SyncConfig = {
  url: 'https://couch.example.org/study-deck',
  username: 'learner',
  password: 'pa55-w0rd-secret',
  enabled: true,
  device: 'laptop-1',
};

describe('sync settings', () => {
  it('are kept under their own key, beside the study data, and never exported with it', () => {
    const storage = createMemoryStorage();
    expect(writeSyncConfig(config, storage)).toBe(true);
    const store = makeStore(storage);
    store.getState().gradeCard(DECK, KUBELET, 3, T0, 4000);
    expect(readSyncConfig(storage)).toEqual(config);
    const exported = exportStoreProgress(store, T0, 'test');
    expect(exported).toContain(KUBELET);
    for (const secret of [config.password, config.username, config.url]) expect(exported).not.toContain(secret);
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index)!;
      if (key !== SYNC_CONFIG_KEY) expect(storage.getItem(key)).not.toContain(config.password);
    }
  });

  it('that cannot be read count as none', () => {
    const storage = createMemoryStorage({ [SYNC_CONFIG_KEY]: '{"url":5}' });
    expect(readSyncConfig(storage)).toBeNull();
    storage.setItem(SYNC_CONFIG_KEY, 'not json');
    expect(readSyncConfig(storage)).toBeNull();
    expect(readSyncConfig(createMemoryStorage())).toBeNull();
  });
});
