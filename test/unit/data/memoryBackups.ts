/** A backup store in memory, shaped like the platform's, with the same rolling naming. */
import type { BackupInfo } from '../../../renderer/platform/types';
import type { BackupStore } from '../../../renderer/data/backup';

export interface MemoryBackups extends BackupStore {
  files: Map<string, { info: BackupInfo; json: string }>;
  /** Make the next write fail, as a full disk would. */
  failNextWrite?: string;
}

export function memoryBackups(): MemoryBackups {
  const files = new Map<string, { info: BackupInfo; json: string }>();
  let n = 0;
  const store: MemoryBackups = {
    files,
    async writeBackup(json, reason) {
      if (store.failNextWrite) {
        const msg = store.failNextWrite;
        store.failNextWrite = undefined;
        throw new Error(msg);
      }
      const createdAt = new Date().toISOString();
      // A counter keeps names unique when the clock is frozen in a test.
      const name = `touchpoint-${createdAt.replace(/[:.]/g, '-')}-${String(n++).padStart(3, '0')}-${reason}.json`;
      const info: BackupInfo = { name, createdAt, reason, sizeBytes: json.length };
      files.set(name, { info, json });
      return info;
    },
    async listBackups() {
      return [...files.values()].map((f) => f.info).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
    async readBackup(name) {
      const f = files.get(name);
      if (!f) throw new Error(`The backup ${name} is no longer there.`);
      return f.json;
    },
  };
  return store;
}

/** localStorage for Node, which has none (the count copy outside the database lives there). */
export function memoryLocalStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}
