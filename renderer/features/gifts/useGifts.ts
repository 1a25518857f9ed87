/** Live gift data for screens, as { data, isLoading }. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Gift } from '../../../shared/domain/schemas';
import { summarizeGiftBudget, yearOf, type GiftBudgetSummary } from '../../../shared/gifts';
import { giftsForClient, giftsGivenInYear } from '../../data/gifts';
import { useToday } from '../../ui/useToday';
import { useSettings } from '../settings/useSettings';

const NONE: Gift[] = [];

/** A client's ideas and gifts, newest first. */
export function useClientGifts(clientId: string | undefined): { data: Gift[]; isLoading: boolean } {
  const data = useLiveQuery(async () => (clientId ? giftsForClient(clientId) : NONE), [clientId]);
  return { data: data ?? NONE, isLoading: data === undefined };
}

/** This calendar year's gift budget: spent, left, by month and client. Follows the day and Settings. */
export function useGiftBudget(): { data: GiftBudgetSummary | undefined; isLoading: boolean } {
  const today = useToday();
  const year = yearOf(today);
  const { data: settings, isLoading: settingsLoading } = useSettings();
  const gifts = useLiveQuery(() => giftsGivenInYear(year), [year]);
  const data = gifts && !settingsLoading ? summarizeGiftBudget(gifts, settings.giftBudget, year) : undefined;
  return { data, isLoading: data === undefined };
}
