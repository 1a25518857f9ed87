/**
 * Extra actions on a Today row, added by other features (print the card, log the call).
 * Each has one key that works on the focused row.
 */
import type { Touchpoint } from '../../../shared/domain/schemas';
import type { AgendaItem } from './useAgenda';

export interface TodayAction {
  id: string;
  label: string;
  /** A single lower-case letter not used by Today itself (d, s, z, o, j, k). */
  key: string;
  applies: (t: Touchpoint) => boolean;
  run: (item: AgendaItem) => void;
}

export const TODAY_ACTIONS: TodayAction[] = [];

export function registerTodayAction(action: TodayAction): void {
  if (!TODAY_ACTIONS.some((a) => a.id === action.id)) TODAY_ACTIONS.push(action);
}
