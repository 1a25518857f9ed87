/**
 * Writing a whole book through the app's data layer (renderer/data), as the app itself writes
 * large amounts of data: the planner's diff writer for the touchpoints, the settings repository
 * for the settings. Returns which path each table took, printed next to the figure.
 */
import type Dexie from 'dexie';
import { getDb } from '../../renderer/data/db';
import { saveSettings } from '../../renderer/data/settings';
import { applyTouchpointDiff } from '../../renderer/data/touchpoints';
import type { BookJson } from './main';

export async function writeBookThroughDataLayer(b: BookJson): Promise<string> {
  const db = getDb();
  const saved = await saveSettings(b.settings);
  if (!saved.ok) throw new Error('settings rejected');
  const paths: string[] = ['settings: saveSettings'];
  await applyTouchpointDiff({ put: b.touchpoints, remove: [] });
  paths.push('touchpoints: applyTouchpointDiff');
  // No bulk repository for these yet: written raw, so they weigh the same on both sides.
  for (const t of ['clients', 'referrals', 'calls'] as const) await (db[t] as Dexie.Table).bulkPut(b[t]);
  paths.push('clients, referrals, calls: raw bulkPut (no bulk repository yet)');
  return paths.join('; ');
}
