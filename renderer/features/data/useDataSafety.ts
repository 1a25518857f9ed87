/** Backups, the missing-data report and the undoable restore, for screens, as { data, isLoading }. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, useSyncExternalStore } from 'react';
import {
  currentMissingReport,
  dataSafetyVersion,
  getLastRestore,
  subscribeDataSafety,
  type LastRestore,
  type MissingDataReport,
} from '../../data/backup';
import { platform } from '../../platform';
import type { BackupInfo } from '../../platform/types';

export interface BackupList {
  data: BackupInfo[];
  isLoading: boolean;
  error?: string;
}

/** The rolling set, newest first; refreshed whenever a backup is written. */
export function useBackups(): BackupList {
  const version = useSyncExternalStore(subscribeDataSafety, dataSafetyVersion);
  const [state, setState] = useState<BackupList & { version: number }>({
    data: [],
    isLoading: true,
    version: -1,
  });
  useEffect(() => {
    let live = true;
    platform()
      .listBackups()
      .then((list) => {
        if (live)
          setState({
            data: [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
            isLoading: false,
            version,
          });
      })
      .catch((e: unknown) => {
        if (live)
          setState({
            data: [],
            isLoading: false,
            version,
            error: e instanceof Error ? e.message : String(e),
          });
      });
    return () => {
      live = false;
    };
  }, [version]);
  return state;
}

export function useMissingReport(): MissingDataReport | null {
  return useSyncExternalStore(subscribeDataSafety, currentMissingReport);
}

export function useLastRestore(): { data: LastRestore | null; isLoading: boolean } {
  const data = useLiveQuery(getLastRestore, []);
  return { data: data ?? null, isLoading: data === undefined };
}
