// A Storage-like object in memory: for tests, benches, and places without localStorage.
import type { RawStorage } from './guarded-storage';

export interface MemoryStorage extends RawStorage {
  readonly length: number;
  key(index: number): string | null;
  clear(): void;
}

export function createMemoryStorage(initial: Record<string, string> = {}): MemoryStorage {
  const items = new Map(Object.entries(initial));
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, String(value));
    },
    removeItem: (key) => {
      items.delete(key);
    },
    clear: () => items.clear(),
  };
}
