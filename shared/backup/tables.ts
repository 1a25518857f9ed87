/**
 * The tables a backup holds, the schema each record must pass, and how to name a record in a
 * message a person can act on ("Client #12 (id c-12, Anna Müller)").
 *
 * The list mirrors the Dexie tables in renderer/data/db.ts; shared/ cannot import the renderer,
 * so the renderer checks that the two lists agree (a test there), not this file.
 */
import { z } from 'zod';
import {
  callSchema,
  cardHistorySchema,
  cardTemplateSchema,
  clientSchema,
  giftSchema,
  referralSchema,
  testimonialCheckSchema,
  touchpointSchema,
} from '../domain/schemas';
import { rewardGivenSchema, settingsSchema } from '../domain/settings';

export const BACKUP_TABLES = [
  'clients',
  'touchpoints',
  'referrals',
  'calls',
  'testimonials',
  'gifts',
  'templates',
  'cardHistory',
  'rewardsGiven',
  'settings',
  'meta',
] as const;
export type BackupTableName = (typeof BACKUP_TABLES)[number];

/** Every table's records, as stored. */
export type BackupTables = Record<BackupTableName, unknown[]>;

/** The settings table holds exactly one row, keyed 'app'. */
export const settingsRowSchema = settingsSchema.extend({ id: z.literal('app') });

/** meta holds small key/value bookkeeping (remembered import mappings, recorded counts, …). */
export const metaRowSchema = z.object({
  key: z.string().min(1, 'Missing key').max(200),
  value: z.unknown(),
});

export const TABLE_SCHEMAS: Record<BackupTableName, z.ZodType> = {
  clients: clientSchema,
  touchpoints: touchpointSchema,
  referrals: referralSchema,
  calls: callSchema,
  testimonials: testimonialCheckSchema,
  gifts: giftSchema,
  templates: cardTemplateSchema,
  cardHistory: cardHistorySchema,
  rewardsGiven: rewardGivenSchema,
  settings: settingsRowSchema,
  meta: metaRowSchema,
};

/** What one record of each table is called in messages. */
export const RECORD_LABELS: Record<BackupTableName, { one: string; many: string }> = {
  clients: { one: 'Client', many: 'clients' },
  touchpoints: { one: 'Touchpoint', many: 'touchpoints' },
  referrals: { one: 'Referral', many: 'referrals' },
  calls: { one: 'Call', many: 'calls' },
  testimonials: { one: 'Testimonial check', many: 'testimonial checks' },
  gifts: { one: 'Gift', many: 'gifts' },
  templates: { one: 'Card template', many: 'card templates' },
  cardHistory: { one: 'Card history entry', many: 'card history entries' },
  rewardsGiven: { one: 'Reward given', many: 'rewards given' },
  settings: { one: 'Settings record', many: 'settings records' },
  meta: { one: 'Bookkeeping entry', many: 'bookkeeping entries' },
};

/** The primary key field of each table (as in the Dexie schema). */
export function keyField(table: BackupTableName): 'id' | 'key' {
  return table === 'meta' ? 'key' : 'id';
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The record's primary key, if it has a usable one. */
export function recordKey(table: BackupTableName, record: unknown): string | undefined {
  if (!isObject(record)) return undefined;
  const k = record[keyField(table)];
  return typeof k === 'string' && k !== '' ? k : undefined;
}

/** A short human hint beside the id, e.g. the client's name or a touchpoint's title. */
function recordHint(table: BackupTableName, record: Record<string, unknown>): string | undefined {
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  switch (table) {
    case 'clients':
      return [str(record.firstName), str(record.lastName)].filter(Boolean).join(' ') || undefined;
    case 'touchpoints':
      return str(record.title);
    case 'referrals':
      return isObject(record.lead) ? str(record.lead.name) : undefined;
    case 'gifts':
      return str(record.what);
    case 'templates':
      return str(record.name);
    default:
      return undefined;
  }
}

/** "Client #12 (id c-12, Anna Müller)": the 1-based position, so it matches what a person counts. */
export function describeRecord(table: BackupTableName, index: number, record: unknown): string {
  const label = `${RECORD_LABELS[table].one} #${index + 1}`;
  if (!isObject(record)) return label;
  const parts: string[] = [];
  const key = recordKey(table, record);
  if (key) parts.push(`${keyField(table)} ${key}`);
  const hint = recordHint(table, record);
  if (hint) parts.push(hint);
  return parts.length ? `${label} (${parts.join(', ')})` : label;
}
