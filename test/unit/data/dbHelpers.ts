/** A fresh, empty IndexedDB for each test (fake-indexeddb), and the app pointed at it. */
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { openDb, setDb, type TouchpointDb } from '../../../renderer/data/db';

export function freshDb(name = 'touchpoint'): TouchpointDb {
  Dexie.dependencies.indexedDB = new IDBFactory();
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  const db = openDb(name);
  setDb(db);
  return db;
}
