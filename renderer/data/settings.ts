/** The one settings record, validated on the way in and filled with defaults on the way out. */
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../shared/domain/settings';
import { validate, type Validated } from '../../shared/domain/errors';
import { getDb } from './db';

export async function getSettings(): Promise<Settings> {
  const row = await getDb().settings.get('app');
  if (!row) return DEFAULT_SETTINGS;
  const { id: _id, ...rest } = row;
  const parsed = settingsSchema.safeParse(rest);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function saveSettings(next: unknown): Promise<Validated<Settings>> {
  const v = validate(settingsSchema, next);
  if (!v.ok) return v;
  await getDb().settings.put({ ...v.value, id: 'app' });
  return v;
}

/**
 * Saves some settings on top of the latest stored ones, so one section of the Settings screen
 * never reverts what another section saved meanwhile.
 */
export async function updateSettings(patch: Partial<Settings>): Promise<Validated<Settings>> {
  return saveSettings({ ...(await getSettings()), ...patch });
}

export async function getMeta<T>(key: string): Promise<T | undefined> {
  const row = await getDb().meta.get(key);
  return row?.value as T | undefined;
}

export async function setMeta(key: string, value: unknown): Promise<void> {
  await getDb().meta.put({ key, value });
}
