/**
 * Every schema version: a database written by that version (fixture) opens with the current
 * code and every record is intact. Add a fixture per new version: test/fixtures/db/v<N>.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, openDb, TABLE_NAMES, type TouchpointDb } from '../../../renderer/data/db';
import { freshDb } from './dbHelpers';

interface Fixture {
  schema: Record<string, string>;
  data: Record<string, unknown[]>;
}

const dir = 'test/fixtures/db';
const versions = readdirSync(dir)
  .map((f) => /^v(\d+)\.json$/.exec(f)?.[1])
  .filter((v): v is string => !!v)
  .map(Number)
  .sort((a, b) => a - b);

let opened: TouchpointDb | undefined;
afterEach(() => opened?.close());

describe('schema migrations', () => {
  it('has a fixture for every schema version up to the current one', () => {
    expect(versions).toEqual(Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => i + 1));
  });

  for (const v of versions) {
    it(`opens a database written by version ${v} with every record intact`, async () => {
      const fixture = JSON.parse(readFileSync(`${dir}/v${v}.json`, 'utf8')) as Fixture;
      freshDb('scratch').close();
      // Write the fixture exactly as version v did: its schema, raw rows.
      const old = new Dexie('touchpoint');
      old.version(v).stores(fixture.schema);
      await old.open();
      for (const [table, rows] of Object.entries(fixture.data)) await old.table(table).bulkAdd(rows);
      old.close();

      opened = openDb('touchpoint');
      await opened.open();
      expect(opened.verno).toBe(CURRENT_SCHEMA_VERSION);
      for (const table of TABLE_NAMES) {
        const expected = fixture.data[table] ?? [];
        const actual = await opened.table(table).toArray();
        const key = table === 'meta' ? 'key' : 'id';
        const byKey = (a: unknown, b: unknown) =>
          String((a as Record<string, unknown>)[key]).localeCompare(String((b as Record<string, unknown>)[key]));
        expect([...actual].sort(byKey), `table ${table}`).toEqual([...expected].sort(byKey));
      }
    });
  }
});
