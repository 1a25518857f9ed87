/**
 * The one Dexie database. Only renderer/data touches these tables; screens go through the
 * repositories, which return domain types.
 *
 * Every schema change is a new version appended below (never edit a released one) with its own
 * upgrade and its own migration test, from a fixture written by the previous version.
 */
import Dexie, { type EntityTable } from 'dexie';
import type {
  CallRow,
  CardHistoryRow,
  CardTemplateRow,
  ClientRow,
  GiftRow,
  MetaRow,
  ReferralRow,
  RewardGivenRow,
  SettingsRow,
  TestimonialRow,
  TouchpointRow,
} from './rows';

export const DB_NAME = 'touchpoint';

/** Version 1: the first release. Lists keys and indexes only, as Dexie expects. */
export const SCHEMA_V1 = {
  clients: 'id, updatedAt, deletedAt',
  touchpoints: 'id, clientId, [status+due], due, referralId, kind',
  referrals: 'id, referrerId, leadClientId, status, date',
  calls: 'id, clientId, at, referralId',
  testimonials: 'id, clientId, date',
  gifts: 'id, clientId, [type+date], touchpointId',
  templates: 'id, kind',
  cardHistory: 'id, clientId, date',
  rewardsGiven: 'id, clientId',
  settings: 'id',
  meta: 'key',
} as const;

export const CURRENT_SCHEMA_VERSION = 1;

export type TouchpointDb = Dexie & {
  clients: EntityTable<ClientRow, 'id'>;
  touchpoints: EntityTable<TouchpointRow, 'id'>;
  referrals: EntityTable<ReferralRow, 'id'>;
  calls: EntityTable<CallRow, 'id'>;
  testimonials: EntityTable<TestimonialRow, 'id'>;
  gifts: EntityTable<GiftRow, 'id'>;
  templates: EntityTable<CardTemplateRow, 'id'>;
  cardHistory: EntityTable<CardHistoryRow, 'id'>;
  rewardsGiven: EntityTable<RewardGivenRow, 'id'>;
  settings: EntityTable<SettingsRow, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
};

export const TABLE_NAMES = Object.keys(SCHEMA_V1) as (keyof typeof SCHEMA_V1)[];
export type TableName = (typeof TABLE_NAMES)[number];

export interface OpenDbOptions {
  /**
   * How hard Chromium works to put a committed write on disk. Restores and imports open their
   * own connection with 'strict' (on disk before the transaction completes); everyday edits keep
   * the default. (A schema upgrade's own transaction takes no durability option in IndexedDB.)
   */
  durability?: 'default' | 'strict' | 'relaxed';
}

/** Opens (or creates) the database. A name other than the default is for tests and benchmarks. */
export function openDb(name: string = DB_NAME, options: OpenDbOptions = {}): TouchpointDb {
  const db = new Dexie(name, {
    chromeTransactionDurability: options.durability ?? 'default',
  }) as TouchpointDb;
  db.version(1).stores(SCHEMA_V1);
  return db;
}

let current: TouchpointDb | null = null;

/** The app's database, opened once. */
export function getDb(): TouchpointDb {
  current ??= openDb();
  return current;
}

/** Points the app at another database (tests, benchmark). */
export function setDb(db: TouchpointDb): void {
  current = db;
}
